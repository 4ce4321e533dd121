package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.pdf.HojaDeRutaPdf.Fila;
import pe.gob.minem.tramite.infrastructure.pdf.HojaDeRutaPdf.Hoja;

/** The hoja de ruta lays out, on A4 landscape, exactly the texts it is given. */
class HojaDeRutaPdfTest {

  static Hoja hoja(List<Fila> filas) {
    return new Hoja(
        "EXP-2026-000123",
        "Solicitud de concesión <minera> & otros",
        "En trámite",
        "OTI",
        "K7QM-2WXP-9H4T",
        "30/11/2026 09:15",
        filas);
  }

  static List<String> paginas(byte[] pdf) throws Exception {
    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      var l = new ArrayList<String>();
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        l.add(PdfTextExtractor.getTextFromPage(d.getPage(i)));
      }
      return l;
    }
  }

  @Test
  void laCabeceraLlevaElExpedienteYCadaFilaSusTextos() throws Exception {
    byte[] pdf =
        HojaDeRutaPdf.generar(
            hoja(
                List.of(
                    new Fila(
                        1,
                        "26/11/2026 10:04",
                        0,
                        "Registro",
                        "Rosa Díaz",
                        "Secretaria",
                        "OGA",
                        null,
                        null,
                        "59 s"),
                    new Fila(
                        2,
                        "26/11/2026 11:05",
                        3,
                        "Derivado a la OTI",
                        "Rosa Díaz",
                        "",
                        "OGA",
                        "OTI",
                        "Atender",
                        null))));

    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals("Hoja de ruta EXP-2026-000123", d.getDocumentInfo().getTitle());
      var tamano = d.getPage(1).getPageSize();
      assertEquals(PageSize.A4.getHeight(), tamano.getWidth(), 0.01);
      assertEquals(PageSize.A4.getWidth(), tamano.getHeight(), 0.01);
    }
    String t = paginas(pdf).get(0);
    assertTrue(t.contains("MINISTERIO DE ENERGÍA Y MINAS"), t);
    assertTrue(t.contains("Hoja de ruta — EXP-2026-000123"), t);
    assertTrue(t.contains("Asunto: Solicitud de concesión <minera> & otros"), t);
    assertTrue(
        t.contains("Estado: En trámite · Unidad actual: OTI · Emitida: 30/11/2026 09:15"), t);
    assertTrue(
        t.contains(
            "N° Fecha y hora Act. Acción Persona / cargo Unidad Destino Instrucción Tiempo en el"
                + " paso"),
        t);
    // activity 0 is no MAPRO activity; the cargo goes under the person
    assertTrue(t.contains("1 26/11/2026 10:04 — Registro Rosa Díaz OGA 59 s\nSecretaria"), t);
    // an empty cargo adds no line; a step still open has no time yet
    assertTrue(t.contains("2 26/11/2026 11:05 3 Derivado a la OTI Rosa Díaz OGA OTI Atender —"), t);
    assertTrue(t.contains("Código de verificación del expediente: K7QM-2WXP-9H4T"), t);
  }

  @Test
  void unaHojaLargaSigueEnVariasPaginas() throws Exception {
    var filas = new ArrayList<Fila>();
    for (int i = 1; i <= 60; i++) {
      filas.add(
          new Fila(i, "28/11/2026 03:46", i % 7, "Paso " + i, "P", "C", "OTI", "DGH", "I", "1 h"));
    }
    var p = paginas(HojaDeRutaPdf.generar(hoja(filas)));
    assertTrue(p.size() > 1, "páginas: " + p.size());
    assertTrue(p.get(p.size() - 1).contains("Paso 60"));
    assertTrue(p.get(1).contains("N° Fecha y hora"), "la cabecera se repite");
  }

  @Test
  void sinMovimientosSaleLaCabecera() throws Exception {
    String t = paginas(HojaDeRutaPdf.generar(hoja(List.of()))).get(0);
    assertTrue(t.contains("Tiempo en el paso"), t);
  }
}
