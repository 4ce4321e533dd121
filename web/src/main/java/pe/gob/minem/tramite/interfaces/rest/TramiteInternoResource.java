package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.tramiteinterno.EnvioInterno;
import pe.gob.minem.tramite.application.tramiteinterno.TramiteInternoService;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;

/** Trámite interno (ADR 0037): a unit sends a signed document to another unit directly. */
@jakarta.enterprise.context.ApplicationScoped
@Path("tramite-interno")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trámite interno", description = "Documentos de una unidad enviados a otra")
public class TramiteInternoResource {

  @Inject TramiteInternoService tramiteInterno;

  /** The body of a sending. */
  public static class Envio {
    public Long documento;
    public String unidadOrigen;
    public String unidadDestino;
    public String prioridad;
    public Integer plazo;
    public Integer folios;
    public String confidencialidad;

    EnvioInterno comoEnvio() {
      return new EnvioInterno(
          documento,
          unidadOrigen,
          unidadDestino,
          prioridad == null || prioridad.isBlank()
              ? null
              : ExpedienteNuevo.valor(
                  Prioridad.class, prioridad, "prioridad", "NORMAL, URGENTE o MUY_URGENTE"),
          plazo,
          folios,
          confidencialidad == null || confidencialidad.isBlank()
              ? null
              : ExpedienteNuevo.valor(
                  Confidencialidad.class,
                  confidencialidad,
                  "confidencialidad",
                  "PUBLICO, RESERVADO o CONFIDENCIAL"));
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enviar un documento firmado a otra unidad",
      description =
          "JSON {\"documento\": id del documento elaborado en la unidad, \"unidadOrigen\": código"
              + " de la unidad que envía, \"unidadDestino\": código de la unidad que lo recibe,"
              + " \"prioridad\", \"plazo\", \"folios\", \"confidencialidad\" opcionales}. Solo"
              + " una persona de la unidad que envía (403 si no), solo un documento cuyo"
              + " P/OGA-TI-02 terminó con su firma (409 si no). Responde 201 con el expediente"
              + " nuevo, numerado en la misma serie que los de mesa de partes, que llega a la"
              + " bandeja de la secretaria de la unidad de destino.")
  public Response enviar(Envio envio, @Context UriInfo uri) {
    if (envio == null) {
      throw new DatosInvalidosException(
          "documento", "Envíe un JSON con «documento», «unidadOrigen» y «unidadDestino».");
    }
    ExpedienteVista e = tramiteInterno.enviar(envio.comoEnvio());
    return Response.created(uri.getBaseUriBuilder().path("expedientes").path(e.numero()).build())
        .entity(e)
        .build();
  }
}
