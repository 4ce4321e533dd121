package pe.gob.minem.tramite.domain.model.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

class ExpedienteTest {

  static final UnidadOrganica OGA =
      new UnidadOrganica("OGA", "Oficina General de Administración", false);
  static final UnidadOrganica OTI =
      new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
  static final LocalDate HOY = LocalDate.of(2026, 11, 26);

  static DatosDeRegistro datos(int plazo) {
    return new DatosDeRegistro(
        "  Solicitud de información  ",
        Origen.ADMINISTRADO,
        new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
        TipoDocumento.SOLICITUD,
        "S/N",
        3,
        Prioridad.NORMAL,
        plazo);
  }

  static Expediente nuevo() {
    return new Expediente(
        new NumeroExpediente(2026, 123),
        datos(10),
        OGA,
        "secretaria.oga",
        Instant.now(),
        HOY,
        "ABCD-EFGH-JKLM");
  }

  @Test
  void registrarAsignaNumeroConAnioYCorrelativoDeSeisCifras() {
    var e = nuevo();
    assertEquals("EXP-2026-000123", e.getNumero());
    assertEquals(EstadoExpediente.REGISTRADO, e.getEstado());
    assertEquals("Solicitud de información", e.getAsunto());
    assertEquals(HOY.plusDays(10), e.getFechaLimite());
  }

  @Test
  void numeroSeLeeYSeEscribeIgual() {
    assertEquals(new NumeroExpediente(2026, 7), NumeroExpediente.de("exp-2026-000007"));
    assertEquals("EXP-2026-1234567", new NumeroExpediente(2026, 1234567).toString());
    assertThrows(DatosInvalidosException.class, () -> NumeroExpediente.de("2026-7"));
  }

  @Test
  void recorreLosSeisPasosDeDerivacionHastaElResponsable() {
    var e = nuevo();
    e.entregarAlDirector();
    e.disponerDerivacion(OTI);
    assertEquals("OGA", e.getUnidadActual().getCodigo());
    e.derivarAUnidad();
    assertEquals("OTI", e.getUnidadActual().getCodigo());
    var analista = new Persona("analista.oti", "Andrea", "Flores", "44567890", "x");
    e.asignarResponsable(analista);
    e.derivarAResponsable();
    assertEquals(EstadoExpediente.EN_ATENCION, e.getEstado());
    e.atender();
    assertEquals(EstadoExpediente.ATENDIDO, e.getEstado());
  }

  @Test
  void noSePuedeDerivarSinQueElDirectorElijaUnidad() {
    var e = nuevo();
    e.entregarAlDirector();
    assertThrows(ConflictoException.class, e::derivarAUnidad);
  }

  @Test
  void noSePuedeDerivarAlResponsableSinAsignarlo() {
    var e = nuevo();
    e.entregarAlDirector();
    assertThrows(ConflictoException.class, e::derivarAResponsable);
  }

  @Test
  void unExpedienteAtendidoNoAdmiteMasPasos() {
    var e = nuevo();
    assertThrows(ConflictoException.class, e::atender);
    e.entregarAlDirector();
    assertThrows(ConflictoException.class, e::entregarAlDirector);
  }

  @Test
  void vencidoCuandoPasaLaFechaLimiteSinAtender() {
    var e = nuevo();
    assertFalse(e.estaVencido(HOY.plusDays(10)));
    assertTrue(e.estaVencido(HOY.plusDays(11)));
  }

  @Test
  void laHojaDeRutaNumeraLosMovimientosEnOrden() {
    var e = nuevo();
    var secretaria = new Persona("secretaria.oga", "Rosa", "Díaz", "44556677", "x");
    var a = e.anotarRegistro(secretaria);
    var b =
        e.anotarCambioDeConfidencialidad(e.getConfidencialidad(), null, secretaria, Instant.now());
    assertEquals(1, a.getSecuencia());
    assertEquals(2, b.getSecuencia());
  }

  @Test
  void datosInvalidosDicenQueCampoCorregir() {
    assertEquals("plazo", assertThrows(DatosInvalidosException.class, () -> datos(0)).getCampo());
    assertEquals("plazo", assertThrows(DatosInvalidosException.class, () -> datos(366)).getCampo());
    var sinAsunto =
        assertThrows(
            DatosInvalidosException.class,
            () ->
                new DatosDeRegistro(
                    " ",
                    Origen.ENTIDAD,
                    new Remitente("X", Remitente.TipoDocumentoIdentidad.DNI, "12345678"),
                    TipoDocumento.OFICIO,
                    "1",
                    1,
                    Prioridad.NORMAL,
                    5));
    assertEquals("asunto", sinAsunto.getCampo());
    var sinFolios =
        assertThrows(
            DatosInvalidosException.class,
            () ->
                new DatosDeRegistro(
                    "a",
                    Origen.ENTIDAD,
                    new Remitente("X", Remitente.TipoDocumentoIdentidad.DNI, "12345678"),
                    TipoDocumento.OFICIO,
                    "1",
                    0,
                    Prioridad.NORMAL,
                    5));
    assertEquals("folios", sinFolios.getCampo());
  }
}
