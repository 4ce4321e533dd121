package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;
import pe.gob.minem.tramite.application.bandeja.PaginaBandeja;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@jakarta.enterprise.context.ApplicationScoped
@Path("bandeja")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bandeja", description = "Las tareas de quien consulta")
public class BandejaResource {

  @Inject BandejaService bandeja;

  /**
   * A page of the bandeja, the most urgent first (past their plazo, then priority, then the
   * oldest); {@code X-Total-Count} says how many tasks the filtered bandeja holds.
   */
  @GET
  @Operation(
      summary =
          "Tareas propias y de los cargos de quien consulta, con filtros, por páginas"
              + " (cabecera X-Total-Count: cuántas hay en total)")
  public Response tareas(
      @QueryParam("tipo") String tipo,
      @QueryParam("prioridad") String prioridad,
      @QueryParam("vencidos") @DefaultValue("false") boolean vencidos,
      @QueryParam("q") String q,
      @QueryParam("desde") @DefaultValue("0") int desde,
      @QueryParam("maximo") @DefaultValue("" + BandejaService.MAXIMO_POR_PAGINA) int maximo) {
    if (desde < 0) {
      throw new DatosInvalidosException("desde", "«desde» no puede ser negativo.");
    }
    if (maximo < 1 || maximo > BandejaService.MAXIMO_POR_PAGINA) {
      throw new DatosInvalidosException(
          "maximo", "«maximo» va de 1 a " + BandejaService.MAXIMO_POR_PAGINA + " tareas.");
    }
    PaginaBandeja p =
        bandeja.pagina(
            new FiltroBandeja(vacio(tipo), vacio(prioridad), vencidos, q), desde, maximo);
    return Response.ok(p.tareas()).header("X-Total-Count", p.total()).build();
  }

  private static String vacio(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase();
  }
}
