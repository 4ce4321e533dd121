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
import java.util.List;

/**
 * The hoja de ruta as a printable PDF: every movement and action, in order. It lays out what it is
 * given; dates and durations come already written as people read them (Lima time).
 */
public final class HojaDeRutaPdf {

  /** The expediente's data on the sheet and its rows; {@code emitida} is when it was printed. */
  public record Hoja(
      String numero,
      String asunto,
      String estado,
      String unidadActual,
      String codigoVerificacion,
      String emitida,
      List<Fila> filas) {}

  /**
   * One movement or action: {@code actividad} 0 when it is no MAPRO activity, {@code
   * tiempoEnElPaso} null while it lasts.
   */
  public record Fila(
      int secuencia,
      String fecha,
      int actividad,
      String descripcion,
      String persona,
      String cargo,
      String unidad,
      String destino,
      String instruccion,
      String tiempoEnElPaso) {}

  private HojaDeRutaPdf() {}

  public static byte[] generar(Hoja h) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = new PdfDocument(new PdfWriter(salida));
        var doc = new Document(pdf, PageSize.A4.rotate())) {
      pdf.getDocumentInfo().setTitle("Hoja de ruta " + h.numero());
      doc.setMargins(24, 24, 24, 24);
      estilo.membrete(doc, "Hoja de ruta — " + h.numero());
      doc.add(new Paragraph("Asunto: " + h.asunto()).setFont(estilo.normal).setFontSize(10));
      doc.add(
          new Paragraph(
                  "Estado: "
                      + h.estado()
                      + " · Unidad actual: "
                      + h.unidadActual()
                      + " · Emitida: "
                      + h.emitida())
              .setFont(estilo.normal)
              .setFontSize(9));
      String[] cab = {
        "N°",
        "Fecha y hora",
        "Act.",
        "Acción",
        "Persona / cargo",
        "Unidad",
        "Destino",
        "Instrucción",
        "Tiempo en el paso"
      };
      var t =
          new Table(UnitValue.createPercentArray(new float[] {4, 11, 5, 18, 17, 7, 13, 15, 10}))
              .useAllAvailableWidth();
      for (String c : cab) {
        t.addHeaderCell(
            new Cell()
                .setBackgroundColor(PdfInstitucional.GRIS)
                .add(new Paragraph(c).setFont(estilo.negrita).setFontSize(8)));
      }
      for (var m : h.filas()) {
        celda(t, estilo, String.valueOf(m.secuencia()));
        celda(t, estilo, m.fecha());
        celda(t, estilo, m.actividad() == 0 ? "—" : String.valueOf(m.actividad()));
        celda(t, estilo, m.descripcion());
        celda(
            t,
            estilo,
            m.persona() + (m.cargo() == null || m.cargo().isEmpty() ? "" : "\n" + m.cargo()));
        celda(t, estilo, m.unidad());
        celda(t, estilo, m.destino());
        celda(t, estilo, m.instruccion());
        celda(t, estilo, m.tiempoEnElPaso() == null ? "—" : m.tiempoEnElPaso());
      }
      doc.add(t);
      doc.add(
          estilo.pie(
              "Procedimiento P/OGA-TI-01 «Derivación de documentos para su atención» (MAPRO de la OTI). Código de verificación del expediente: "
                  + h.codigoVerificacion()));
    }
    return salida.toByteArray();
  }

  private static void celda(Table t, PdfInstitucional estilo, String texto) {
    t.addCell(
        new Cell()
            .add(new Paragraph(texto == null ? "" : texto).setFont(estilo.normal).setFontSize(8)));
  }
}
