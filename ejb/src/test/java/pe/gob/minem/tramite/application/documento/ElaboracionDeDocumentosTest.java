package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos.Redaccion;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.NombreYCargo;

class ElaboracionDeDocumentosTest {

  @Test
  void elNumeroLlevaElTipoElCorrelativoDeTresCifrasElAnioYLasSiglas() {
    assertEquals(
        "INFORME TÉCNICO N° 012-2026-MINEM/OGA-OTI",
        ElaboracionDeDocumentos.numero(TipoDocumentoInterno.INFORME_TECNICO, 12, 2026));
    assertEquals(
        "OFICIO N° 1234-2027-MINEM/OGA-OTI",
        ElaboracionDeDocumentos.numero(TipoDocumentoInterno.OFICIO, 1234, 2027));
  }

  @Test
  void cadaUnidadNumeraConSusSiglasYFirmaPorSuPropioCamino() {
    assertEquals("MINEM/OGA-OTI", ElaboracionDeDocumentos.siglas("OTI"));
    assertEquals(
        "MEMORANDO N° 003-2026-MINEM/DGM",
        ElaboracionDeDocumentos.numero(
            TipoDocumentoInterno.MEMORANDO, 3, 2026, ElaboracionDeDocumentos.siglas("DGM")));
    assertEquals("P_OGA_TI_02", ElaboracionDeDocumentos.procesoDeFirma("OTI"));
    assertEquals("firma_en_unidad", ElaboracionDeDocumentos.procesoDeFirma("DGM"));
    assertTrue(ElaboracionDeDocumentos.esProcesoDeFirma("firma_en_unidad"));
    assertTrue(ElaboracionDeDocumentos.esProcesoDeFirma("P_OGA_TI_02"));
    assertFalse(ElaboracionDeDocumentos.esProcesoDeFirma("tramite_interno"));
  }

  @Test
  void redactanLosAnalistasEspecialistasYCoordinadoresDeCualquierUnidadLaOtiPrimero() {
    var dgm = new UnidadOrganica("DGM", "Dirección General de Minería", true);
    var oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
    Persona analistaDgm = persona("a", new Cargo(dgm, Rol.ANALISTA, "Analista"));
    Persona director = persona("d", new Cargo(dgm, Rol.DIRECTOR, "Director General"));
    Persona usuario = persona("u", new Cargo(dgm, Rol.USUARIO, "Usuario"));
    Persona ambas =
        persona(
            "x",
            new Cargo(dgm, Rol.REPRESENTANTE, "Representante"),
            new Cargo(dgm, Rol.COORDINADOR, "Coordinador"),
            new Cargo(oti, Rol.ESPECIALISTA, "Especialista"));
    assertEquals(List.of("DGM"), ElaboracionDeDocumentos.unidadesDeRedaccion(analistaDgm));
    assertTrue(ElaboracionDeDocumentos.esAutor(analistaDgm));
    assertFalse(ElaboracionDeDocumentos.esAutor(director));
    assertFalse(ElaboracionDeDocumentos.esAutor(usuario));
    assertEquals(List.of("OTI", "DGM"), ElaboracionDeDocumentos.unidadesDeRedaccion(ambas));
  }

  private static Persona persona(String usuario, Cargo... cargos) {
    Persona p = new Persona(usuario, "N", "A", null, null);
    for (Cargo c : cargos) {
      p.asignarCargo(c);
    }
    return p;
  }

  @Test
  void laFechaSeEscribeComoEnLima() {
    assertEquals(
        "Lima, 26 de noviembre de 2026",
        ElaboracionDeDocumentos.lugarYFecha(LocalDate.of(2026, 11, 26)));
    assertEquals(
        "Lima, 1 de enero de 2027", ElaboracionDeDocumentos.lugarYFecha(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void elNombreDelArchivoNoLlevaBarras() {
    assertEquals(
        "OFICIO N° 003-2026-MINEM-OGA-OTI.pdf",
        ElaboracionDeDocumentos.nombreDeArchivo("OFICIO N° 003-2026-MINEM/OGA-OTI"));
    assertEquals("informe final.pdf", ElaboracionDeDocumentos.comoPdf("informe final.docx"));
  }

  @Test
  void laPlantillaLlevaElRemitenteYOmiteLoQueNoSeEscribio() {
    var autor = new NombreYCargo("Andrea Flores", "Analista de Sistemas");
    var c =
        ElaboracionDeDocumentos.contenidoDePlantilla(
            TipoDocumentoInterno.MEMORANDO,
            "Oficina de Tecnologías de la Información",
            "MEMORANDO N° 001-2026-MINEM/OGA-OTI",
            LocalDate.of(2026, 11, 26),
            "Renovación de licencias",
            new Redaccion("  ", null, "", "  Texto.\n\nSegundo párrafo.  "),
            autor,
            List.of(autor));
    assertEquals("MEMORANDO", c.tipo());
    assertNull(c.destinatario());
    assertNull(c.referencia());
    assertEquals(autor, c.remitente());
    assertEquals("Texto.\n\nSegundo párrafo.", c.cuerpo());
    assertEquals("Lima, 26 de noviembre de 2026", c.lugarYFecha());
  }
}
