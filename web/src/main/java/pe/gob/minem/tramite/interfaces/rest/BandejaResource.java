package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;

@jakarta.enterprise.context.ApplicationScoped
@Path("bandeja")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bandeja", description = "Las tareas de quien consulta")
public class BandejaResource {

  @Inject BandejaService bandeja;

  @GET
  @Operation(summary = "Tareas propias y de los cargos de quien consulta, con filtros")
  public List<TareaVista> tareas(
      @QueryParam("tipo") String tipo,
      @QueryParam("prioridad") String prioridad,
      @QueryParam("vencidos") @DefaultValue("false") boolean vencidos,
      @QueryParam("q") String q) {
    return bandeja.tareas(new FiltroBandeja(vacio(tipo), vacio(prioridad), vencidos, q));
  }

  private static String vacio(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase();
  }
}
