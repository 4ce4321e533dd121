package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, with the Spanish explanation in {@code detail}. */
public record Problema(String type, String title, int status, String detail, String campo) {

  public static final String TIPO = "application/problem+json";

  public static Response respuesta(int status, String titulo, String detalle, String campo) {
    return Response.status(status)
        .type(TIPO + ";charset=UTF-8")
        .entity(new Problema("about:blank", titulo, status, detalle, campo))
        .build();
  }
}
