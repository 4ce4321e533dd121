package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import pe.gob.minem.tramite.application.idempotencia.Idempotencia;
import pe.gob.minem.tramite.application.idempotencia.Respuesta;

/**
 * The API side of Idempotency-Key: without the header the work just runs; with it, the answer is
 * the remembered one (marked {@code Idempotent-Replayed: true}) or the work's, remembered now.
 */
@ApplicationScoped
public class RespuestasIdempotentes {

  public static final String CABECERA = "Idempotency-Key";

  @Inject Idempotencia idempotencia;

  Response responder(
      String clave, HuellaDePeticion huella, Supplier<Respuesta> trabajo, UriInfo uri) {
    Respuesta r =
        clave == null ? trabajo.get() : idempotencia.responder(clave, huella::valor, trabajo);
    var b = Response.status(r.estado()).entity(r.cuerpo()).type(MediaType.APPLICATION_JSON_TYPE);
    if (r.ubicacion() != null) {
      b.location(uri.getBaseUriBuilder().path(r.ubicacion()).build());
    }
    if (r.repetida()) {
      b.header("Idempotent-Replayed", "true");
    }
    return b.build();
  }
}
