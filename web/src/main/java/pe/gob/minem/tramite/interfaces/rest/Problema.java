package pe.gob.minem.tramite.interfaces.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/** An RFC 9457 problem detail, with the Spanish explanation in {@code detail}. */
public record Problema(String type, String title, int status, String detail, String campo) {

  public static final String TIPO = "application/problem+json";

  public static Response respuesta(int status, String titulo, String detalle, String campo) {
    return Response.status(status)
        .type(TIPO + ";charset=UTF-8")
        .entity(new Problema("about:blank", titulo, status, detalle, campo))
        .build();
  }

  /**
   * The same problem written by a servlet filter or the authentication mechanism, outside JAX-RS:
   * one writer, so that every text is JSON-escaped the same way.
   */
  public static void escribir(HttpServletResponse res, int status, String titulo, String detalle)
      throws IOException {
    res.setStatus(status);
    res.setContentType(TIPO + ";charset=UTF-8");
    res.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", titulo)
                .add("status", status)
                .add("detail", detalle)
                .build()
                .toString());
  }
}
