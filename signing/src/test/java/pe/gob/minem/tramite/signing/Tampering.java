package pe.gob.minem.tramite.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** What an attacker does to a signed PDF. */
final class Tampering {

  private Tampering() {}

  /** Changes one byte inside the signed bytes (the PDF header's version digit). */
  static byte[] changeSignedByte(byte[] pdf) {
    byte[] copy = pdf.clone();
    int at = indexOf(copy, "%PDF-1.".getBytes(StandardCharsets.US_ASCII), 0) + 7;
    copy[at] = (byte) (copy[at] == '7' ? '6' : '7');
    return copy;
  }

  /**
   * A shadow attack: an incremental update after the signature that replaces what page 1 shows (a
   * white box over the text and a new amount written on it).
   */
  static byte[] overwritePageInIncrementalUpdate(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      try (PDPageContentStream out =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
        out.setNonStrokingColor(1f, 1f, 1f);
        out.addRect(50, 700, 500, 100);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
        out.newLineAtOffset(60, 760);
        out.showText("SE APRUEBA EL PAGO DE S/ 1 000 000");
        out.endText();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.saveIncremental(bytes, Set.<COSDictionary>of(page.getCOSObject()));
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Shrinks the last signature's /ByteRange so that it no longer covers the end of its revision
   * (same length, so every offset stays put).
   */
  static byte[] shrinkByteRange(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/ByteRange");
    int open = text.indexOf('[', at);
    int close = text.indexOf(']', open);
    String[] numbers = text.substring(open + 1, close).trim().split("\\s+");
    long last = Long.parseLong(numbers[3]);
    String replacement =
        "[" + numbers[0] + " " + numbers[1] + " " + numbers[2] + " " + (last - 100);
    StringBuilder padded = new StringBuilder(replacement);
    while (padded.length() < close - open) {
      padded.append(' ');
    }
    byte[] copy = pdf.clone();
    byte[] bytes = padded.toString().getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(bytes, 0, copy, open, bytes.length);
    return copy;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }
}
