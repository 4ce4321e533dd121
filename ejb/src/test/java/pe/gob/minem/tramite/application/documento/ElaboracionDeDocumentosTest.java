package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos.Redaccion;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
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
