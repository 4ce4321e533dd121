package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.plazo.RelojDePruebas;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** Only in the integration tests' server (-Dtramite.pruebas.reloj=true); 404 elsewhere. */
@jakarta.enterprise.context.ApplicationScoped
@Path("pruebas/reloj")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pruebas", description = "Solo en el servidor de pruebas")
public class RelojDePruebasResource {

  @Inject RelojDePruebas reloj;

  @POST
  @Operation(
      summary = "Adelantar el reloj del motor de procesos y ejecutar los temporizadores vencidos")
  public RelojDePruebas.Estado avanzar(@QueryParam("horas") Integer horas) {
    if (horas == null || horas < 0 || horas > 24 * 400) {
      throw new DatosInvalidosException("horas", "Indique cuántas horas adelantar (0 a 9600).");
    }
    return reloj.avanzar(Duration.ofHours(horas));
  }

  @jakarta.ws.rs.DELETE
  @Operation(summary = "Devolver el reloj del motor de procesos a la hora real")
  public RelojDePruebas.Estado reiniciar() {
    return reloj.reiniciar();
  }
}
