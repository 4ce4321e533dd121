package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The look shared by the PDFs the portal issues: letterhead, label/value tables, QR block.
 *
 * <p>The text is set in DejaVu Sans Condensed (close to Helvetica's widths), shipped with the
 * application and embedded (subset) in every PDF, as PDF/A requires: the standard Helvetica is
 * never embedded. A {@link PdfFont} belongs to the one document it is first used in, so an instance
 * of this class serves a single document; the font programs themselves are read once per JVM.
 */
final class PdfInstitucional {

  static final DeviceRgb GUINDA = new DeviceRgb(0x8B, 0x1A, 0x1A);
  static final DeviceRgb GRIS = new DeviceRgb(0xF2, 0xF2, 0xF2);

  private static final String FUENTES = "/pe/gob/minem/tramite/fuentes/";
  private static final FontProgram NORMAL = programa("DejaVuSansCondensed.ttf");
  private static final FontProgram NEGRITA = programa("DejaVuSansCondensed-Bold.ttf");
  private static final FontProgram CURSIVA = programa("DejaVuSansCondensed-Oblique.ttf");

  final PdfFont normal;
  final PdfFont negrita;
  final PdfFont cursiva;

  PdfInstitucional() {
    normal = incrustada(NORMAL);
    negrita = incrustada(NEGRITA);
    cursiva = incrustada(CURSIVA);
  }

  private static PdfFont incrustada(FontProgram programa) {
    return PdfFontFactory.createFont(
        programa, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
  }

  private static FontProgram programa(String archivo) {
    try (InputStream in = PdfInstitucional.class.getResourceAsStream(FUENTES + archivo)) {
      if (in == null) {
        throw new IllegalStateException("Falta la fuente " + FUENTES + archivo);
      }
      return FontProgramFactory.createFont(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void membrete(Document doc, String titulo) {
    doc.add(
        new Paragraph("MINISTERIO DE ENERGÍA Y MINAS")
            .setFont(negrita)
            .setFontSize(11)
            .setFontColor(GUINDA)
            .setMarginBottom(0));
    doc.add(
        new Paragraph("Oficina General de Administración — Trámite documentario")
            .setFont(normal)
            .setFontSize(9)
            .setMarginTop(0));
    doc.add(new Paragraph(titulo).setFont(negrita).setFontSize(16).setMarginTop(12));
  }

  Table tablaDeDatos() {
    return new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
  }

  void fila(Table t, String etiqueta, String valor) {
    t.addCell(
        new Cell()
            .add(new Paragraph(etiqueta).setFont(negrita).setFontSize(9))
            .setBackgroundColor(GRIS));
    t.addCell(
        new Cell().add(new Paragraph(valor == null ? "—" : valor).setFont(normal).setFontSize(10)));
  }

  Image qr(PdfDocument pdf, String contenido, float lado) {
    var form = new BarcodeQRCode(contenido).createFormXObject(ColorConstants.BLACK, pdf);
    return new Image(form).setWidth(lado).setHeight(lado);
  }

  Paragraph pie(String texto) {
    return new Paragraph(texto)
        .setFont(normal)
        .setFontSize(8)
        .setFontColor(ColorConstants.DARK_GRAY);
  }
}
