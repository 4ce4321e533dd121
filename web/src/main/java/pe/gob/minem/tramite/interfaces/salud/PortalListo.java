package pe.gob.minem.tramite.interfaces.salud;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;

/** Ready when the database answers and the workflow engine is built. */
@Readiness
@ApplicationScoped
public class PortalListo implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/tramite")
  DataSource dataSource;

  @Inject MotorDeProcesos motor;

  @Override
  public HealthCheckResponse call() {
    var r = HealthCheckResponse.named("tramite");
    try (var c = dataSource.getConnection()) {
      boolean bd = c.isValid(2);
      boolean flujo = motor.listo();
      return r.status(bd && flujo)
          .withData("baseDeDatos", bd)
          .withData("motorDeProcesos", flujo)
          .build();
    } catch (Exception e) {
      return r.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
