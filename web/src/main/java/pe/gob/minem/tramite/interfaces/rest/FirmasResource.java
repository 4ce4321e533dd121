package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.documento.FirmaEnLoteService;
import pe.gob.minem.tramite.application.documento.LotesDeFirma;
import pe.gob.minem.tramite.application.idempotencia.Respuesta;

@ApplicationScoped
@Path("firmas/lotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Firma en lote",
    description = "Firmar varios documentos de la bandeja en una sola acción")
public class FirmasResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject FirmaEnLoteService lotes;
  @Inject RespuestasIdempotentes idempotentes;

  /** {@code {"tareas": ["id", …]}}: V°B° or suscripción tasks of the caller. */
  public static class Pedido {
    public List<String> tareas;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Iniciar un lote de firmas (responde 202 con el id del lote; siga su progreso con GET)")
  public Response iniciar(
      Pedido pedido,
      @Context UriInfo uri,
      @HeaderParam(RespuestasIdempotentes.CABECERA) String clave) {
    List<String> tareas = pedido == null ? null : pedido.tareas;
    var huella = new HuellaDePeticion("POST firmas/lotes");
    huella.texto("tareas", String.valueOf(tareas));
    return idempotentes.responder(
        clave,
        huella,
        () -> {
          String id = lotes.iniciar(tareas);
          return Respuesta.aceptada(
              "firmas/lotes/" + id, JSON.toJson(Map.of("lote", id, "total", tareas.size())));
        },
        uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Progreso y resultado de cada documento del lote")
  public LotesDeFirma.Progreso progreso(@PathParam("id") String id) {
    return lotes.progreso(id);
  }
}
