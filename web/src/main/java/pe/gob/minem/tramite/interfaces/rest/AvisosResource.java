package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.aviso.Campana;
import pe.gob.minem.tramite.application.aviso.EstadoDeCampana;
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.AvisoVista;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@jakarta.enterprise.context.ApplicationScoped
@Path("avisos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Avisos",
    description =
        "La campana de quien consulta: sus tareas, plazos, alertas y tickets nuevos; el resumen"
            + " diario por correo")
public class AvisosResource {

  @Inject PlazosService plazos;
  @Inject Campana campana;

  /** The caller's choice of the daily digest. */
  public static class ResumenDiario {
    public Boolean resumenDiario;

    public ResumenDiario() {}

    ResumenDiario(boolean quiere) {
      this.resumenDiario = quiere;
    }
  }

  @GET
  @Operation(
      summary =
          "Los avisos de quien consulta (tareas, plazos por vencer y vencidos, alertas, tickets),"
              + " los nuevos primero, y cuántos son nuevos desde que abrió la campana")
  public EstadoDeCampana avisos() {
    return campana.estado();
  }

  @POST
  @Path("vistos")
  @Operation(summary = "Abrir la campana: los avisos de ahora dejan de ser nuevos")
  public void vistos() {
    campana.marcarVistos();
  }

  @POST
  @Path("{id}/leido")
  @Operation(summary = "Marcar un aviso de plazo como leído")
  public AvisoVista leido(@PathParam("id") long id) {
    return plazos.marcarLeido(id);
  }

  @GET
  @Path("resumen-diario")
  @Operation(summary = "Si quien consulta recibe el resumen diario por correo")
  public ResumenDiario resumenDiario() {
    return new ResumenDiario(campana.quiereResumenDiario());
  }

  @PUT
  @Path("resumen-diario")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pedir o dejar el resumen diario por correo: {\"resumenDiario\": true}")
  public ResumenDiario elegirResumenDiario(ResumenDiario cuerpo) {
    if (cuerpo == null || cuerpo.resumenDiario == null) {
      throw new DatosInvalidosException(
          "resumenDiario", "Indique si desea el resumen diario por correo (true o false).");
    }
    campana.elegirResumenDiario(cuerpo.resumenDiario);
    return new ResumenDiario(cuerpo.resumenDiario);
  }
}
