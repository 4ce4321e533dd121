package pe.gob.minem.tramite.infrastructure.workflow;

import javax.sql.DataSource;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * A real Flowable engine for the tests, on their own database: the schema created on it, no
 * asynchronous executor, no IDM nor event registry, and the test's clock.
 */
public final class MotorDePrueba {

  private MotorDePrueba() {}

  /** The configuration, for the test to add what it needs before building the engine. */
  public static StandaloneProcessEngineConfiguration configuracion(
      DataSource ds, String nombre, Clock reloj) {
    var cfg = new StandaloneProcessEngineConfiguration();
    cfg.setDataSource(ds);
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setEngineName(nombre);
    cfg.setAsyncExecutorActivate(false);
    cfg.setDisableIdmEngine(true);
    cfg.setDisableEventRegistry(true);
    cfg.setClock(reloj);
    return cfg;
  }
}
