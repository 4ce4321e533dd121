package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.conciliacion.ConciliacionService;
import pe.gob.minem.tramite.application.conciliacion.InformeDeConciliacion;

@ApplicationScoped
@Path("conciliacion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Conciliación",
    description =
        "El almacén de documentos, el índice y los procesos frente a la base de datos"
            + " (administradores)")
public class ConciliacionResource {

  @Inject ConciliacionService conciliacion;

  @POST
  @Operation(
      summary = "Conciliar ahora",
      description =
          "Compara el almacén de documentos con la base de datos (archivos sin fila, filas sin"
              + " archivo, contenido cuyo SHA-256 no coincide), el índice del archivo con la base"
              + " de datos y los procesos con los expedientes; mueve a la cuarentena los archivos"
              + " sin fila más antiguos que tramite.conciliacion.antiguedad-minima y purga la"
              + " cuarentena vencida. Devuelve el informe; 409 si ya hay una en curso.")
  public InformeDeConciliacion conciliar() {
    return conciliacion.conciliar();
  }

  @GET
  @Operation(
      summary = "El último informe de conciliación",
      description = "Desde que inició el servidor (el portal concilia al iniciar); 404 si ninguno.")
  public InformeDeConciliacion ultimo() {
    return conciliacion.ultimo();
  }
}
