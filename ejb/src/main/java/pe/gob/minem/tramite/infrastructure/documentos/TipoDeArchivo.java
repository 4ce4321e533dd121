package pe.gob.minem.tramite.infrastructure.documentos;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * Decides what a file really is from its bytes (Tika's magic detector, then a look inside ZIP
 * containers for Word documents) and refuses it when that is not what its name says.
 */
public final class TipoDeArchivo {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  private static final Map<String, String> POR_EXTENSION =
      Map.of("pdf", PDF, "docx", DOCX, "png", PNG, "jpg", JPEG, "jpeg", JPEG);

  private static final Tika TIKA = new Tika();

  private TipoDeArchivo() {}

  /** The MIME type declared by the name's extension, or an error when it is not accepted. */
  public static String declarado(String nombre) {
    int punto = nombre.lastIndexOf('.');
    String ext = punto < 0 ? "" : nombre.substring(punto + 1).toLowerCase(Locale.ROOT);
    String tipo = POR_EXTENSION.get(ext);
    if (tipo == null) {
      throw new DatosInvalidosException(
          "archivos",
          "El archivo «" + nombre + "» no es de un tipo aceptado (PDF, DOCX, PNG o JPEG).");
    }
    return tipo;
  }

  /** Checks the content against the declared type; returns the confirmed MIME type. */
  public static String confirmar(String nombre, InputStream contenido) throws IOException {
    String declarado = declarado(nombre);
    var entrada = new BufferedInputStream(contenido);
    String detectado = TIKA.detect(entrada);
    if (DOCX.equals(declarado)
        && ("application/zip".equals(detectado) || "application/x-tika-ooxml".equals(detectado))
        && esDocumentoWord(entrada)) {
      detectado = DOCX;
    }
    if (!declarado.equals(detectado)) {
      throw new DatosInvalidosException(
          "archivos",
          "El contenido de «"
              + nombre
              + "» no corresponde a su extensión (se detectó "
              + detectado
              + ").");
    }
    return detectado;
  }

  private static boolean esDocumentoWord(InputStream zip) throws IOException {
    boolean tipos = false;
    boolean documento = false;
    try (var z = new ZipInputStream(zip)) {
      ZipEntry e;
      int entradas = 0;
      while ((e = z.getNextEntry()) != null && entradas++ < 10_000) {
        tipos |= "[Content_Types].xml".equals(e.getName());
        documento |= "word/document.xml".equals(e.getName());
        if (tipos && documento) {
          return true;
        }
      }
    }
    return false;
  }
}
