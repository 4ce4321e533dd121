package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.mesadeayuda.EncuestasDeServicio;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * The satisfaction survey by its one-time link (ADR 0031): public — the link is the credential —
 * like the public verification; web.xml leaves {@code /api/v1/encuestas/*} open.
 */
@ApplicationScoped
@Path("encuestas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Mesa de Ayuda",
    description = "Tickets de atención a los usuarios (P/OGA-TI-09) y su encuesta de satisfacción")
public class EncuestasResource {

  @Inject EncuestasDeServicio encuestas;

  /** The answers: four from 1 (Muy malo) to 5 (Muy bueno), and an optional comment. */
  public static class Respuesta {
    public int[] respuestas;
    public String comentario;
  }

  @GET
  @Path("{token}")
  @Operation(summary = "La encuesta de un ticket cerrado, por el enlace del correo (público)")
  public EncuestasDeServicio.Vista ver(@PathParam("token") String token) {
    return encuestas.ver(token);
  }

  @POST
  @Path("{token}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Responder la encuesta, una sola vez (público, con el enlace del correo)",
      description =
          "JSON {respuestas: [rapidez, solución, trato, satisfacción general], cada una de 1 (Muy"
              + " malo) a 5 (Muy bueno); comentario opcional}. 409 si ya fue respondida o venció;"
              + " 404 si el enlace no es válido.")
  public Map<String, String> responder(
      @PathParam("token") String token, Respuesta r, @Context HttpServletRequest req) {
    if (r == null) {
      throw new DatosInvalidosException("respuestas", "Responda las cuatro preguntas.");
    }
    String ticket =
        encuestas.responder(
            token,
            r.respuestas,
            r.comentario,
            "encuesta desde " + (req == null ? "?" : req.getRemoteAddr()));
    return Map.of("ticket", ticket, "mensaje", "Gracias: su respuesta quedó registrada.");
  }
}
