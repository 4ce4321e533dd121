package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The constancia of an audit checkpoint: one page that says, for a person, at which place the audit
 * chain was and with which hash, and carries the same values in its document information
 * dictionary, from where verification reads them back once the signature over it checks out.
 */
public final class PuntoDeControlPdf {

  /** What a constancia states: the checkpoint's id, the head's place and hash, and when. */
  public record Datos(long id, long secuencia, String hash, Instant fecha) {}

  static final String CLAVE_ID = "TramitePuntoDeControl";
  static final String CLAVE_SECUENCIA = "TramiteAuditoriaSecuencia";
  static final String CLAVE_HASH = "TramiteAuditoriaHash";
  static final String CLAVE_FECHA = "TramiteAuditoriaFecha";

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.forLanguageTag("es-PE"))
          .withZone(ZoneId.of("America/Lima"));

  private PuntoDeControlPdf() {}

  public static byte[] generar(Datos d) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = new PdfDocument(new PdfWriter(salida));
        var doc = new Document(pdf, PageSize.A4)) {
      var info = pdf.getDocumentInfo();
      info.setTitle("Punto de control de la auditoría N° " + d.id());
      info.setSubject("Posición " + d.secuencia() + ", hash " + d.hash());
      info.setCreator("Trámite — MINEM");
      info.setMoreInfo(CLAVE_ID, Long.toString(d.id()));
      info.setMoreInfo(CLAVE_SECUENCIA, Long.toString(d.secuencia()));
      info.setMoreInfo(CLAVE_HASH, d.hash());
      info.setMoreInfo(CLAVE_FECHA, d.fecha().toString());
      doc.setMargins(36, 40, 36, 40);
      estilo.membrete(doc, "Punto de control de la auditoría");
      var t = estilo.tablaDeDatos();
      estilo.fila(t, "Punto de control N°", Long.toString(d.id()));
      estilo.fila(t, "Posición en la cadena", Long.toString(d.secuencia()));
      estilo.fila(t, "Hash (SHA-256) del registro", d.hash());
      estilo.fila(t, "Fecha y hora", FECHA.format(d.fecha()) + " (hora de Lima)");
      doc.add(t);
      doc.add(
          new Paragraph(
                  "El registro de auditoría del portal tenía en esa fecha su último registro en la"
                      + " posición "
                      + d.secuencia()
                      + ", con el hash indicado, que resume ese registro y todos los anteriores."
                      + " Este documento lleva la firma del sello del portal y un sello de tiempo:"
                      + " una verificación posterior que encuentre la cadena más corta, u otro"
                      + " registro en esa posición, prueba que la auditoría fue cortada o"
                      + " reescrita.")
              .setFont(estilo.normal)
              .setFontSize(10)
              .setMarginTop(14));
      doc.add(
          estilo.pie(
              "Administración › Auditoría › «Verificar la cadena» compara cada punto de control"
                  + " firmado con la cadena."));
    }
    return salida.toByteArray();
  }

  /**
   * The values the constancia carries in its document information, or empty when the PDF has none
   * or they are malformed. Says nothing about its signature: read only what was validated.
   */
  public static Optional<Datos> leer(byte[] pdf) {
    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      var info = d.getDocumentInfo();
      String id = info.getMoreInfo(CLAVE_ID);
      String secuencia = info.getMoreInfo(CLAVE_SECUENCIA);
      String hash = info.getMoreInfo(CLAVE_HASH);
      String fecha = info.getMoreInfo(CLAVE_FECHA);
      if (id == null || secuencia == null || hash == null || fecha == null) {
        return Optional.empty();
      }
      if (!HASH.matcher(hash).matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new Datos(Long.parseLong(id), Long.parseLong(secuencia), hash, Instant.parse(fecha)));
    } catch (IOException | RuntimeException e) {
      // not a PDF, or numbers and dates that do not parse: nothing a constancia would say
      return Optional.empty();
    }
  }
}
