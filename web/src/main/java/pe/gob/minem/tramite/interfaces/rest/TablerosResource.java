package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.tablero.CsvDelTablero;
import pe.gob.minem.tramite.application.tablero.Tablero;
import pe.gob.minem.tramite.application.tablero.Tableros;

/**
 * The dashboards of directors and the OTI (ADR 0035): their figures in JSON and each table in CSV.
 */
@ApplicationScoped
@Path("tableros")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Tableros",
    description =
        "Instancias y pasos abiertos, tiempos por actividad, vencidos, expedientes por mes y la Mesa"
            + " de Ayuda, según lo que quien consulta puede ver")
public class TablerosResource {

  @Inject Tableros tableros;

  @GET
  @Operation(
      summary = "Las cifras del tablero de quien consulta (directores, OTI, administradores)")
  public Tablero tablero() {
    return tableros.tablero();
  }

  @GET
  @Path("{tabla}.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "Una tabla del tablero en CSV (UTF-8, punto y coma): instancias-por-procedimiento,"
              + " pasos-por-actividad, tiempo-por-actividad, vencidos-por-unidad,"
              + " vencidos-por-persona, expedientes-por-mes, tickets-por-categoria, encuestas")
  public Response csv(@PathParam("tabla") String tabla) {
    String cuerpo = CsvDelTablero.csv(tableros.tablero(), tabla);
    return Response.ok(cuerpo, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"tablero-" + tabla + ".csv\"")
        .build();
  }
}
