package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.pdf.PuntoDeControlPdf.Datos;

/** A checkpoint's constancia: one page a person reads, and the same values for the program. */
class PuntoDeControlPdfTest {

  static final Datos PUNTO =
      new Datos(
          1050,
          3411,
          "9f2c4a1be0d3c5f67a8b9c0d1e2f30415263748596a7b8c9d0e1f2a3b4c5d6e7",
          Instant.parse("2026-12-02T15:17:00.123Z"));

  @Test
  void unaPaginaConLaPosicionElHashYLaHoraDeLima() throws Exception {
    byte[] pdf = PuntoDeControlPdf.generar(PUNTO);
    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(1, d.getNumberOfPages());
      assertEquals("Punto de control de la auditoría N° 1050", d.getDocumentInfo().getTitle());
      String texto = PdfTextExtractor.getTextFromPage(d.getPage(1));
      assertTrue(texto.contains("Posición en la cadena\n3411"), texto);
      assertTrue(texto.contains("02/12/2026 10:17:00 (hora de Lima)"), texto);
      assertTrue(texto.replace("\n", "").contains(PUNTO.hash()), texto);
    }
    assertEquals(Optional.of(PUNTO), PuntoDeControlPdf.leer(pdf));
  }

  @Test
  void unPdfSinEsosDatosNoDiceNingunPuntoDeControl() {
    byte[] otro =
        CargoDeRecepcionPdf.generar(
            new CargoDeRecepcionPdf.Cargo(
                "EXP-2026-000123",
                "26/11/2026 10:04",
                "Asunto",
                "Remitente",
                "RUC",
                "20123456789",
                "SOLICITUD",
                "S-1",
                1,
                1,
                "secretaria.oga",
                "K7QM-2WXP-9H4T",
                "https://x/verificar.xhtml?codigo=K7QM-2WXP-9H4T"));
    assertEquals(Optional.empty(), PuntoDeControlPdf.leer(otro));
  }
}
