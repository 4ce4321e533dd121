package pe.gob.minem.tramite.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578), built part by part: the one way the ITs upload files and
 * post forms. Each part carries its Content-Disposition (with a file name for a file) and its
 * Content-Type.
 */
final class CuerpoMultipart {

  private final String limite = "----tramite-it-" + UUID.randomUUID();
  private final ByteArrayOutputStream partes = new ByteArrayOutputStream();

  /** A field without a file name (a JSON part, a form's field). */
  CuerpoMultipart campo(String nombre, String tipo, byte[] bytes) {
    return parte(nombre, null, tipo, bytes);
  }

  /** A field as text/plain in UTF-8, the way a browser sends a form's inputs. */
  CuerpoMultipart campo(String nombre, String texto) {
    return campo(nombre, "text/plain", texto.getBytes(StandardCharsets.UTF_8));
  }

  /** A file, with the name it had on the client. */
  CuerpoMultipart archivo(String nombre, String archivo, String tipo, byte[] bytes) {
    return parte(nombre, archivo, tipo, bytes);
  }

  private CuerpoMultipart parte(String nombre, String archivo, String tipo, byte[] bytes) {
    escribir(
        "--"
            + limite
            + "\r\nContent-Disposition: form-data; name=\""
            + nombre
            + "\""
            + (archivo == null ? "" : "; filename=\"" + archivo + "\"")
            + "\r\nContent-Type: "
            + tipo
            + "\r\n\r\n");
    partes.writeBytes(bytes);
    escribir("\r\n");
    return this;
  }

  /** The value of the request's Content-Type header, with the boundary. */
  String tipo() {
    return "multipart/form-data; boundary=" + limite;
  }

  /** The whole body: the parts so far and the closing boundary. */
  byte[] bytes() {
    var cuerpo = new ByteArrayOutputStream(partes.size() + limite.length() + 8);
    cuerpo.writeBytes(partes.toByteArray());
    cuerpo.writeBytes(("--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return cuerpo.toByteArray();
  }

  /** The request as a POST of this body. */
  HttpRequest.Builder en(HttpRequest.Builder peticion) {
    return peticion
        .header("Content-Type", tipo())
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes()));
  }

  private void escribir(String s) {
    partes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
