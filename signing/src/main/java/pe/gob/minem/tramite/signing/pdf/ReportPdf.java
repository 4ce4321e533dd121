package pe.gob.minem.tramite.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import pe.gob.minem.tramite.signing.CertificateInfo;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.TimestampInfo;
import pe.gob.minem.tramite.signing.ValidationReport;

/** Renders a {@link ValidationReport} as a readable A4 PDF, in Spanish. */
public final class ReportPdf {

  private static final float MARGIN = 50;
  private static final float LEADING = 13;
  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

  private ReportPdf() {}

  /**
   * @param documentLine what was validated, as the caller names it (a title, the file's SHA-256),
   *     or {@code null}
   */
  public static byte[] render(ValidationReport report, String documentLine, ZoneId zone) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"H", "Informe de validación de firmas digitales"});
    if (documentLine != null && !documentLine.isBlank()) {
      lines.add(new String[] {"", "Documento validado: " + documentLine});
    }
    lines.add(new String[] {"", "Fecha de validación: " + fecha(report.validationTime(), zone)});
    lines.add(new String[] {"", "Norma: ETSI EN 319 102-1 (PAdES, ETSI EN 319 142-1)"});
    lines.add(new String[] {"", "Firmas encontradas: " + report.signatures().size()});
    lines.add(new String[] {"", ""});
    int n = 1;
    for (SignatureReport s : report.signatures()) {
      lines.add(new String[] {"H", "Firma " + n++ + ": " + s.firmante()});
      lines.add(
          new String[] {
            "B",
            "Resultado: "
                + resultado(s.indication())
                + " ("
                + s.indication()
                + (s.subIndication() == null ? "" : " / " + s.subIndication())
                + ")"
          });
      lines.add(new String[] {"", s.explicacion()});
      lines.add(new String[] {"", "DNI: " + nz(s.dni()) + "    Cargo: " + nz(s.cargo())});
      lines.add(new String[] {"", "Fecha de firma: " + fecha(s.signingTime(), zone)});
      lines.add(new String[] {"", "Motivo: " + nz(s.motivo())});
      lines.add(new String[] {"", "Nivel alcanzado: " + nz(s.level())});
      lines.add(
          new String[] {
            "",
            "Documento modificado después de esta firma: "
                + (s.modifiedAfterSigning() ? "SÍ" : "no")
          });
      lines.add(
          new String[] {
            "",
            "La firma cubre todo el archivo: "
                + (s.coversWholeDocument() ? "sí" : "no (hay revisiones posteriores)")
          });
      lines.add(new String[] {"B", "Cadena de certificados:"});
      for (CertificateInfo c : s.certificateChain()) {
        lines.add(new String[] {"", "  - " + c.subject()});
        lines.add(
            new String[] {
              "",
              "    vigencia "
                  + fecha(c.notBefore(), zone)
                  + " a "
                  + fecha(c.notAfter(), zone)
                  + (c.trusted() ? ", de confianza" : "")
                  + (c.revocationStatus() == null ? "" : ", estado " + c.revocationStatus())
            });
      }
      if (!s.timestamps().isEmpty()) {
        lines.add(new String[] {"B", "Sellos de tiempo:"});
        for (TimestampInfo t : s.timestamps()) {
          lines.add(
              new String[] {
                "",
                "  - "
                    + nz(t.type())
                    + " "
                    + fecha(t.productionTime(), zone)
                    + " por "
                    + nz(t.tsa())
                    + ": "
                    + resultado(t.indication())
              });
        }
      }
      for (String e : s.errores()) {
        lines.add(new String[] {"", "Error: " + e});
      }
      for (String w : s.advertencias()) {
        lines.add(new String[] {"", "Advertencia: " + w});
      }
      lines.add(new String[] {"", ""});
    }
    try (PDDocument document = new PDDocument()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPageContentStream out = null;
      float y = 0;
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      for (String[] line : lines) {
        PDType1Font font = line[0].isEmpty() ? regular : bold;
        float size = line[0].equals("H") ? 12 : 9.5f;
        for (String piece : wrap(printable(line[1]), font, size, width)) {
          if (out == null || y < MARGIN) {
            if (out != null) {
              out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
          }
          out.beginText();
          out.setFont(font, size);
          out.newLineAtOffset(MARGIN, y);
          out.showText(piece);
          out.endText();
          y -= line[0].equals("H") ? LEADING + 4 : LEADING;
        }
      }
      if (out != null) {
        out.close();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, PDType1Font font, float size, float width)
      throws IOException {
    List<String> result = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        result.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    result.add(line.toString());
    return result;
  }

  /** Keeps what the standard Helvetica (WinAnsi) can show. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 32 && c < 127 || c >= 160 && c <= 255 || c == '—' || c == '–' || c == '’') {
        sb.append(c);
      } else {
        sb.append('?');
      }
    }
    return sb.toString();
  }

  /** The indication in words, as the verification page says it. */
  private static String resultado(Indication indication) {
    if (indication == null) {
      return "sin resultado";
    }
    return switch (indication) {
      case TOTAL_PASSED -> "Válida";
      case TOTAL_FAILED -> "No válida";
      case INDETERMINATE -> "Indeterminada";
    };
  }

  private static String fecha(Instant instant, ZoneId zone) {
    return instant == null ? "-" : FECHA.format(instant.atZone(zone));
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
