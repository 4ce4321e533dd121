package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The look shared by the PDFs the portal issues: letterhead, label/value tables, QR block. */
final class PdfInstitucional {

  static final DeviceRgb GUINDA = new DeviceRgb(0x8B, 0x1A, 0x1A);
  static final DeviceRgb GRIS = new DeviceRgb(0xF2, 0xF2, 0xF2);

  final PdfFont normal;
  final PdfFont negrita;

  PdfInstitucional() {
    try {
      normal = PdfFontFactory.createFont(StandardFonts.HELVETICA);
      negrita = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
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
