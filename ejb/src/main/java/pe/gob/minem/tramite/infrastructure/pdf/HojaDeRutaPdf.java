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
import java.time.Instant;
import java.util.List;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;

/** The hoja de ruta as a printable PDF: every movement and action, in order. */
public final class HojaDeRutaPdf {

  private HojaDeRutaPdf() {}

  public static byte[] generar(ExpedienteVista e, List<MovimientoVista> movimientos) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = new PdfDocument(new PdfWriter(salida));
        var doc = new Document(pdf, PageSize.A4.rotate())) {
      pdf.getDocumentInfo().setTitle("Hoja de ruta " + e.numero());
      doc.setMargins(24, 24, 24, 24);
      estilo.membrete(doc, "Hoja de ruta — " + e.numero());
      doc.add(new Paragraph("Asunto: " + e.asunto()).setFont(estilo.normal).setFontSize(10));
      doc.add(
          new Paragraph(
                  "Estado: "
                      + e.estado()
                      + " · Unidad actual: "
                      + e.unidadActual()
                      + " · Emitida: "
                      + Reloj.formatear(Instant.now()))
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
      for (var m : movimientos) {
        celda(t, estilo, String.valueOf(m.secuencia()));
        celda(t, estilo, Reloj.formatear(m.fecha()));
        celda(t, estilo, m.actividad() == 0 ? "—" : String.valueOf(m.actividad()));
        celda(t, estilo, m.descripcion());
        celda(
            t,
            estilo,
            m.persona() + (m.cargo() == null || m.cargo().isEmpty() ? "" : "\n" + m.cargo()));
        celda(t, estilo, m.unidad());
        celda(t, estilo, m.destino());
        celda(t, estilo, m.instruccion());
        celda(t, estilo, m.duracionSegundos() == null ? "—" : Reloj.duracion(m.duracionSegundos()));
      }
      doc.add(t);
      doc.add(
          estilo.pie(
              "Procedimiento P/OGA-TI-01 «Derivación de documentos para su atención» (MAPRO de la OTI). Código de verificación del expediente: "
                  + e.codigoVerificacion()));
    }
    return salida.toByteArray();
  }

  private static void celda(Table t, PdfInstitucional estilo, String texto) {
    t.addCell(
        new Cell()
            .add(new Paragraph(texto == null ? "" : texto).setFont(estilo.normal).setFontSize(8)));
  }
}
