package pe.gob.minem.tramite.domain.model.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** A memorándum from a unit of the ministry (ADR 0037): the unit and its signer, no DNI/RUC. */
class DocumentoInternoTest {

  static final UnidadOrganica OTI =
      new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
  static final UnidadOrganica DGM = new UnidadOrganica("DGM", "Dirección General de Minería", true);

  static DatosDeRegistro memorando(Origen origen, Remitente remitente) {
    return new DatosDeRegistro(
        "Remite informe de fiscalización",
        origen,
        remitente,
        TipoDocumento.MEMORANDO,
        "Memorando N° 045-2026-MINEM/DGM",
        2,
        Prioridad.NORMAL,
        10);
  }

  @Test
  void unaUnidadRemiteSinDniNiRucYSeDiceEnPalabras() {
    var r =
        Remitente.deUnidad("dgm", "Dirección General de Minería", "Fernando Aguilar", "Director");
    assertTrue(r.esUnidad());
    assertEquals("DGM", r.getUnidadCodigo());
    assertNull(r.getTipoDocumento());
    assertNull(r.getNumeroDocumento());
    assertEquals(
        "Dirección General de Minería (DGM) — Fernando Aguilar, Director", r.descripcion());
    var datos = memorando(Origen.ORGANO_MINISTERIO, r);
    assertEquals("DGM", datos.remitente().getUnidadCodigo());
  }

  @Test
  void elTipoUnidadSinUnidadSeRechazaEnEspanol() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> Remitente.deUnidad("  ", "Fernando Aguilar", "Director General"));
    assertEquals("remitente.unidad", e.getCampo());
    assertEquals("Elija la unidad del ministerio que remite el documento.", e.getMessage());
  }

  @Test
  void laUnidadNecesitaElNombreYElCargoDeSuFirmante() {
    assertEquals(
        "remitente.nombre",
        assertThrows(
                DatosInvalidosException.class,
                () -> Remitente.deUnidad("DGM", null, "Director General"))
            .getCampo());
    assertEquals(
        "remitente.cargo",
        assertThrows(
                DatosInvalidosException.class,
                () -> Remitente.deUnidad("DGM", "Fernando Aguilar", " "))
            .getCampo());
  }

  @Test
  void losTiposExternosSiguenExigiendoDniORuc() {
    assertThrows(
        DatosInvalidosException.class,
        () -> new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, null));
    assertThrows(
        DatosInvalidosException.class,
        () -> new Remitente("Minera S.A.", Remitente.TipoDocumentoIdentidad.RUC, ""));
    var dni = new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236");
    assertFalse(dni.esUnidad());
    assertEquals("Juan Pérez — DNI 45871236", dni.descripcion());
  }

  @Test
  void unaUnidadSoloRemiteComoOrganoDelMinisterio() {
    var r = Remitente.deUnidad("DGM", "Fernando Aguilar", "Director General");
    var e = assertThrows(DatosInvalidosException.class, () -> memorando(Origen.ADMINISTRADO, r));
    assertEquals("origen", e.getCampo());
  }

  @Test
  void laHojaDeRutaDelRegistroNombraALaUnidadRemitente() {
    var r =
        Remitente.deUnidad("DGM", "Dirección General de Minería", "Fernando Aguilar", "Director");
    var e =
        new Expediente(
            new NumeroExpediente(2026, 5),
            memorando(Origen.ORGANO_MINISTERIO, r),
            new UnidadOrganica("OGA", "Oficina General de Administración", false),
            "secretaria.oga",
            Instant.now(),
            LocalDate.of(2026, 12, 2),
            "ABCD-EFGH-JKLM");
    var m = e.anotarRegistro(new Persona("secretaria.oga", "Rosa", "Quispe", "41234567", "x"));
    assertTrue(
        m.getDescripcion()
            .endsWith(
                "remitido por Dirección General de Minería (DGM) — Fernando Aguilar, Director"),
        m.getDescripcion());
  }

  static Expediente emitidoPorLaOti() {
    var r =
        Remitente.deUnidad(
            "OTI", OTI.getNombre(), "Jorge Salazar", "Director General de Administración");
    return new Expediente(
        new NumeroExpediente(2026, 9),
        memorando(Origen.ORGANO_MINISTERIO, r),
        OTI,
        "analista.oti",
        Instant.now(),
        LocalDate.of(2026, 12, 2),
        "ABCD-EFGH-JKLN");
  }

  @Test
  void elTramiteInternoSaleDeUnaUnidadYQuedaEnLaOtra() {
    var e = emitidoPorLaOti();
    var m = e.emitirYEnviar(DGM, new Persona("analista.oti", "Andrea", "Flores", "44567890", "x"));
    assertEquals(EstadoExpediente.EN_TRAMITE, e.getEstado());
    assertEquals("DGM", e.getUnidadActual().getCodigo());
    assertEquals("DGM", e.getUnidadDestino().getCodigo());
    assertEquals(Movimiento.Accion.EMISION, m.getAccion());
    assertEquals("OTI", m.getUnidadCodigo());
    assertEquals("DGM", m.getUnidadDestinoCodigo());
    assertTrue(
        m.getDescripcion()
            .startsWith(
                "Emitido por Oficina de Tecnologías de la Información y enviado a Dirección"
                    + " General de Minería"),
        m.getDescripcion());
  }

  @Test
  void nadieEnviaUnTramiteInternoASuPropiaUnidad() {
    var e = emitidoPorLaOti();
    var ex =
        assertThrows(
            DatosInvalidosException.class,
            () ->
                e.emitirYEnviar(
                    new UnidadOrganica("OTI", OTI.getNombre(), false),
                    new Persona("analista.oti", "Andrea", "Flores", "44567890", "x")));
    assertEquals("La unidad de destino debe ser distinta de la unidad que envía.", ex.getMessage());
    assertEquals(EstadoExpediente.REGISTRADO, e.getEstado());
    assertTrue(e.getMovimientos().isEmpty());
  }
}
