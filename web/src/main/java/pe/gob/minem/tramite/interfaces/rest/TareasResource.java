package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.BandejaService;
import pe.gob.minem.tramite.application.ResultadoTarea;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;

@jakarta.enterprise.context.ApplicationScoped
@Path("tareas/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tareas", description = "Tomar y completar los pasos de un procedimiento")
public class TareasResource {

  @Inject BandejaService bandeja;

  /**
   * The outcome of a step: {@code unidad} (TI-01 act. 2), {@code responsable} (TI-01 act. 5),
   * {@code decision} CONFORME|CAMBIOS (TI-02 acts. 2 and 9), {@code revisionLegal} (TI-02 act. 7),
   * {@code instruccion} (proveído or observation).
   */
  public static class Resultado {
    public String unidad;
    public String responsable;
    public String instruccion;
    public String decision;
    public Boolean revisionLegal;
  }

  @GET
  @Operation(summary = "Una tarea de la bandeja")
  public TareaVista tarea(@PathParam("id") String id) {
    return bandeja.tarea(id);
  }

  @POST
  @Path("reclamar")
  @Operation(summary = "Tomar (reclamar) una tarea del cargo")
  public TareaVista reclamar(@PathParam("id") String id) {
    bandeja.reclamar(id);
    return bandeja.tarea(id);
  }

  @POST
  @Path("completar")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Completar la tarea con su resultado")
  public ExpedienteVista completar(@PathParam("id") String id, Resultado r) {
    var resultado =
        r == null
            ? new ResultadoTarea(null, null, null)
            : new ResultadoTarea(
                r.unidad, r.responsable, r.instruccion, r.decision, r.revisionLegal);
    return bandeja.completar(id, resultado);
  }
}
