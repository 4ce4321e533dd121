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
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;

/**
 * The cargo de recepción: the receipt the mesa de partes hands the sender, with the expediente's
 * number, the date and time in Lima, and the verification code with its QR.
 */
public final class CargoDeRecepcionPdf {

  private CargoDeRecepcionPdf() {}

  public static byte[] generar(ExpedienteVista e, String urlVerificacion) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = new PdfDocument(new PdfWriter(salida));
        var doc = new Document(pdf, PageSize.A5.rotate())) {
      pdf.getDocumentInfo().setTitle("Cargo de recepción " + e.numero());
      pdf.getDocumentInfo().setCreator("Trámite — MINEM");
      doc.setMargins(24, 28, 24, 28);
      estilo.membrete(doc, "Cargo de recepción");
      var t = estilo.tablaDeDatos();
      estilo.fila(t, "Expediente N°", e.numero());
      estilo.fila(t, "Fecha y hora", Reloj.formatear(e.fechaRegistro()) + " (hora de Lima)");
      estilo.fila(t, "Asunto", e.asunto());
      estilo.fila(
          t,
          "Remitente",
          e.remitente().nombre()
              + " — "
              + e.remitente().tipoDocumento()
              + " "
              + e.remitente().numeroDocumento());
      estilo.fila(t, "Documento", e.tipoDocumento() + " " + e.numeroDocumento());
      estilo.fila(t, "Folios", String.valueOf(e.folios()));
      estilo.fila(t, "Archivos", String.valueOf(e.archivos().size()));
      estilo.fila(t, "Recibido por", e.registradoPor());
      var pieDeQr =
          new Table(UnitValue.createPercentArray(new float[] {78, 22}))
              .useAllAvailableWidth()
              .setMarginTop(10);
      pieDeQr.addCell(
          new Cell()
              .setBorder(null)
              .add(
                  new Paragraph("Código de verificación: " + e.codigoVerificacion())
                      .setFont(estilo.negrita)
                      .setFontSize(11))
              .add(estilo.pie("Verifique este cargo en " + urlVerificacion)));
      pieDeQr.addCell(new Cell().setBorder(null).add(estilo.qr(pdf, urlVerificacion, 80)));
      doc.add(t);
      doc.add(pieDeQr);
    }
    return salida.toByteArray();
  }
}
