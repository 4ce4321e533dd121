package pe.gob.minem.tramite.interfaces.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.preventivo.MantenimientoPreventivoService;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** P/OGA-TI-11: the OTI's annual plan of preventive maintenance (ADR 0033). */
@jakarta.enterprise.context.ApplicationScoped
@Path("mantenimiento-preventivo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Mantenimiento preventivo",
    description = "El plan anual de mantenimiento preventivo de equipos informáticos (P/OGA-TI-11)")
public class MantenimientoPreventivoResource {

  @Inject MantenimientoPreventivoService servicio;

  /** The year of the plan to start. */
  public static class NuevoPlan {
    public Integer anio;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Iniciar el plan del año (Coordinador de Mesa de Ayuda, Director de TI)",
      description =
          "JSON {anio}: abre el expediente interno de la OTI con P/OGA-TI-11; la act. 1 (proyecto"
              + " de plan y cronograma) queda en la bandeja del Coordinador de Mesa de Ayuda. Un"
              + " plan por año: 409 si ya existe.")
  public Response iniciar(NuevoPlan cuerpo, @Context UriInfo uri) {
    if (cuerpo == null) {
      throw new DatosInvalidosException("anio", "Envíe {\"anio\": …} en JSON.");
    }
    var hecho = servicio.iniciar(cuerpo.anio);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("mantenimiento-preventivo")
                .path(String.valueOf(hecho.anio()))
                .build())
        .entity(hecho)
        .build();
  }

  @GET
  @Path("{anio}")
  @Operation(summary = "El plan del año con su cronograma y lo ejecutado (personal de la OTI)")
  public MantenimientoPreventivoService.PlanVista ver(@PathParam("anio") int anio) {
    return servicio.ver(anio);
  }
}
