package pe.gob.minem.tramite.application.expediente;

import java.io.InputStream;

/** A file as it arrives from a form or a multipart request: its name and its bytes. */
public record ArchivoRecibido(String nombre, InputStream contenido) {

  /** The name without any path the browser may have sent, never empty. */
  public String nombreLimpio() {
    String n = nombre == null ? "" : nombre.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    n = n.replaceAll("[\\p{Cntrl}]", "");
    if (n.length() > 255) {
      n = n.substring(n.length() - 255);
    }
    return n.isEmpty() ? "archivo" : n;
  }
}
