package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;

/**
 * The cargo de recepción: the receipt the mesa de partes hands the sender, with the expediente's
 * number, the date and time in Lima, and the verification code with its QR.
 */
public final class CargoDeRecepcionPdf {

  /**
   * What the receipt says: {@code fechaHora} already written in Lima time, {@code archivos} how
   * many files were received, {@code urlVerificacion} the public page its QR opens.
   */
  public record Cargo(
      String numero,
      String fechaHora,
      String asunto,
      String remitente,
      String tipoDocumentoRemitente,
      String numeroDocumentoRemitente,
      String tipoDocumento,
      String numeroDocumento,
      int folios,
      int archivos,
      String recibidoPor,
      String codigoVerificacion,
      String urlVerificacion) {}

  private CargoDeRecepcionPdf() {}

  public static byte[] generar(Cargo c) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = new PdfDocument(new PdfWriter(salida));
        var doc = new Document(pdf, PageSize.A5.rotate())) {
      pdf.getDocumentInfo().setTitle("Cargo de recepción " + c.numero());
      pdf.getDocumentInfo().setCreator("Trámite — MINEM");
      doc.setMargins(24, 28, 24, 28);
      estilo.membrete(doc, "Cargo de recepción");
      var t = estilo.tablaDeDatos();
      estilo.fila(t, "Expediente N°", c.numero());
      estilo.fila(t, "Fecha y hora", c.fechaHora() + " (hora de Lima)");
      estilo.fila(t, "Asunto", c.asunto());
      // a unit of the ministry (ADR 0037) has no DNI or RUC: its remitente is already in words
      estilo.fila(
          t,
          "Remitente",
          c.numeroDocumentoRemitente() == null
              ? c.remitente()
              : c.remitente()
                  + " — "
                  + c.tipoDocumentoRemitente()
                  + " "
                  + c.numeroDocumentoRemitente());
      estilo.fila(t, "Documento", c.tipoDocumento() + " " + c.numeroDocumento());
      estilo.fila(t, "Folios", String.valueOf(c.folios()));
      estilo.fila(t, "Archivos", String.valueOf(c.archivos()));
      estilo.fila(t, "Recibido por", c.recibidoPor());
      var pieDeQr =
          new Table(UnitValue.createPercentArray(new float[] {78, 22}))
              .useAllAvailableWidth()
              .setMarginTop(10);
      pieDeQr.addCell(
          new Cell()
              .setBorder(null)
              .add(
                  new Paragraph("Código de verificación: " + c.codigoVerificacion())
                      .setFont(estilo.negrita)
                      .setFontSize(11))
              .add(estilo.pie("Verifique este cargo en " + c.urlVerificacion())));
      pieDeQr.addCell(new Cell().setBorder(null).add(estilo.qr(pdf, c.urlVerificacion(), 80)));
      doc.add(t);
      doc.add(pieDeQr);
    }
    return salida.toByteArray();
  }
}
