package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.RemisionVista;
import pe.gob.minem.tramite.application.expediente.RemisionesService;

@jakarta.enterprise.context.ApplicationScoped
@Path("remisiones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remisiones en físico", description = "Papel en tránsito entre unidades")
public class RemisionesResource {

  @Inject RemisionesService remisiones;

  @GET
  @Operation(summary = "Remisiones físicas pendientes: por recibir y enviadas")
  public List<RemisionVista> pendientes() {
    return remisiones.pendientes();
  }

  @POST
  @Path("{id}/recibir")
  @Operation(summary = "Confirmar la recepción física")
  public RemisionVista recibir(@PathParam("id") long id) {
    return remisiones.recibir(id);
  }
}
