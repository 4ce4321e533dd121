package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Contenido;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Grafico;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.NombreYCargo;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Seccion;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Tabla;

/** A section's bar chart (the Informe técnico mensual de copias de respaldo): drawn, PDF/A-2B. */
class GraficoDePlantillaTest {

  private static final Grafico GRAFICO =
      new Grafico(
          "Copias de respaldo de diciembre 2026: exitosas y fallidas por servidor",
          List.of("Exitosas", "Fallidas"),
          List.of(
              new Grafico.Categoria("srv-bd01", List.of(29L, 2L)),
              new Grafico.Categoria("srv-fs01 (servidor de archivos)", List.of(4L, 0L)),
              new Grafico.Categoria("srv-mail01", List.of(1L, 1L))));

  private static byte[] informe(List<Seccion> secciones) {
    return PlantillaDocumento.generar(
        new Contenido(
                "INFORME TÉCNICO",
                "Oficina de Tecnologías de la Información",
                "INFORME TÉCNICO N° 001-2026-MINEM/OGA-OTI",
                "Lima, 31 de diciembre de 2026",
                null,
                new NombreYCargo("Javier Paredes Quispe", "Analista de Redes y Comunicaciones"),
                "Informe técnico mensual de copias de respaldo",
                "Expediente N° EXP-2026-000123",
                "Copias de respaldo del mes.",
                List.of(new NombreYCargo("Javier Paredes Quispe", "Analista")))
            .conSecciones(secciones));
  }

  @Test
  void elGraficoSeDibujaConSusValoresYLeyendaYElPdfSigueSiendoPdfA2B() throws Exception {
    byte[] pdf =
        informe(
            List.of(
                new Seccion(
                    "Copias de srv-bd01",
                    null,
                    null,
                    new Tabla(List.of("Fecha", "Resultado"), List.of(List.of("01/12", "Exitosa"))),
                    GRAFICO),
                Seccion.deGrafico("Copias exitosas y fallidas por servidor", GRAFICO)));
    assertEquals(List.of(), ValidadorPdfA.fallas(pdf), "PDF/A-2B con el gráfico");
    String texto;
    try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
      }
      texto = sb.toString();
    }
    assertTrue(texto.contains("Exitosas") && texto.contains("Fallidas"), texto);
    assertTrue(texto.contains("29") && texto.contains("srv-bd01"), texto);
  }

  @Test
  void unGraficoSinUnValorPorSerieSeRechaza() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Grafico(
                null,
                List.of("Exitosas", "Fallidas"),
                List.of(new Grafico.Categoria("x", List.of(1L)))));
    assertThrows(IllegalArgumentException.class, () -> new Grafico(null, List.of("A"), List.of()));
  }
}
