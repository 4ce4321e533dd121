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
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.AvisoVista;

@jakarta.enterprise.context.ApplicationScoped
@Path("avisos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plazos", description = "Avisos de plazos por vencer y vencidos")
public class AvisosResource {

  @Inject PlazosService plazos;

  @GET
  @Operation(summary = "Los avisos de plazos de quien consulta, del más reciente al más antiguo")
  public List<AvisoVista> avisos() {
    return plazos.avisos();
  }

  @POST
  @Path("{id}/leido")
  @Operation(summary = "Marcar un aviso como leído")
  public AvisoVista leido(@PathParam("id") long id) {
    return plazos.marcarLeido(id);
  }
}
