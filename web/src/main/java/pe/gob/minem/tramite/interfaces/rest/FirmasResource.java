package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

@ApplicationScoped
@Path("firmas/lotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Firma en lote",
    description = "Firmar varios documentos de la bandeja en una sola acción")
public class FirmasResource {

  @Inject FirmaEnLoteService lotes;

  /** {@code {"tareas": ["id", …]}}: V°B° or suscripción tasks of the caller. */
  public static class Pedido {
    public List<String> tareas;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Iniciar un lote de firmas (responde 202 con el id del lote; siga su progreso con GET)")
  public Response iniciar(Pedido pedido, @Context UriInfo uri) {
    String id = lotes.iniciar(pedido == null ? null : pedido.tareas);
    return Response.accepted(Map.of("lote", id, "total", pedido.tareas.size()))
        .location(uri.getBaseUriBuilder().path("firmas/lotes").path(id).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Progreso y resultado de cada documento del lote")
  public LotesDeFirma.Progreso progreso(@PathParam("id") String id) {
    return lotes.progreso(id);
  }
}
