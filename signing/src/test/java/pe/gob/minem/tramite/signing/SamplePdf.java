package pe.gob.minem.tramite.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small documents like those the portal signs: an informe with text on the upper part of a page.
 */
final class SamplePdf {

  private SamplePdf() {}

  /** A one-page informe with about {@code lines} lines of text. */
  static byte[] informe(int lines) {
    return informe(1, lines, 0);
  }

  /**
   * @param pages pages of text
   * @param lines lines of text on each page
   * @param padding bytes of incompressible data added (to reach a size)
   */
  static byte[] informe(int pages, int lines, int padding) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          out.beginText();
          out.setFont(bold, 14);
          out.newLineAtOffset(60, 780);
          out.showText(
              "INFORME N° 012-2026-MINEM/OGA-OTI" + (pages > 1 ? " (página " + (p + 1) + ")" : ""));
          out.setFont(font, 11);
          for (int i = 0; i < lines; i++) {
            out.newLineAtOffset(0, -16);
            out.showText(
                "Línea "
                    + (i + 1)
                    + ": contenido del informe técnico que los directores revisan y firman.");
          }
          out.endText();
        }
      }
      if (padding > 0) {
        byte[] noise = new byte[padding];
        new Random(42).nextBytes(noise);
        PDStream stream = new PDStream(document);
        try (var os = stream.createOutputStream()) {
          os.write(noise);
        }
        document.getDocumentCatalog().getCOSObject().setItem("TramiteAnexo", stream);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
