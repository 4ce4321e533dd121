package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngines;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/**
 * The embedded Flowable engine. It uses the application's datasource and the container's JTA
 * transaction manager with externally managed transactions, so a task completion and the JPA writes
 * of the same service call commit or roll back together.
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MotorDeProcesos {

  private static final Logger LOG = Logger.getLogger(MotorDeProcesos.class.getName());

  /** The BPMN files deployed at start; Flowable keeps a new version only when one changes. */
  static final String[] DEFINICIONES = {
    "procesos/P_OGA_TI_01.bpmn20.xml",
    "procesos/P_OGA_TI_02.bpmn20.xml",
    "procesos/P_OGA_TI_03.bpmn20.xml",
    "procesos/P_OGA_TI_04.bpmn20.xml",
    "procesos/P_OGA_TI_05.bpmn20.xml",
    "procesos/P_OGA_TI_06.bpmn20.xml",
    "procesos/P_OGA_TI_07.bpmn20.xml",
    "procesos/P_OGA_TI_08.bpmn20.xml",
    "procesos/P_OGA_TI_09.bpmn20.xml",
    "procesos/P_OGA_TI_10.bpmn20.xml",
    "procesos/P_OGA_TI_11.bpmn20.xml",
    "procesos/P_OGA_TI_12.bpmn20.xml",
    "procesos/atencion_expediente.bpmn20.xml",
    "procesos/tramite_interno.bpmn20.xml",
    "procesos/firma_en_unidad.bpmn20.xml"
  };

  @Resource(lookup = "java:app/jdbc/tramite")
  private DataSource dataSource;

  private ProcessEngine motor;
  private Plazos plazos;

  @PostConstruct
  void iniciar() {
    long t0 = System.nanoTime();
    var cfg = new JtaProcessEngineConfiguration();
    cfg.setDataSource(dataSource);
    cfg.setTransactionManager(transactionManager());
    cfg.setTransactionsExternallyManaged(true);
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setAsyncExecutorActivate(false);
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setDisableIdmEngine(true);
    cfg.setDisableEventRegistry(true);
    cfg.setHistoryLevel(HistoryLevel.AUDIT);
    // one INSERT per row instead of one multi-row INSERT per entity type: MyBatis rebuilds the
    // multi-row statement's dynamic SQL (a <foreach> evaluated property by property) on every
    // flush, which the load test's profile showed as 12 % of a registration's CPU on the request
    // threads (docs/carga.md); the single-row statements are static and cheap to bind
    cfg.setBulkInsertEnabled(false);
    cfg.setClassLoader(MotorDeProcesos.class.getClassLoader());
    cfg.setEngineName("tramite");
    // every user task must declare its step (ADR 0013): an invalid declaration fails the deployment
    cfg.setProcessValidator(ValidadorDePasos.conPasos());
    // plazos (ADR 0014): due dates and timer boundary events from the declarations; the timers are
    // run by EjecutorDeTemporizadores in the container's transactions, not by Flowable's executor
    cfg.setPreBpmnParseHandlers(java.util.List.of(new TemporizadoresDePlazo()));
    var reloj = new org.flowable.common.engine.impl.util.DefaultClockImpl();
    cfg.setClock(reloj);
    plazos = new Plazos(dataSource, reloj);
    cfg.setBeans(java.util.Map.of("plazos", plazos));
    motor = cfg.buildProcessEngine();
    var despliegue =
        motor.getRepositoryService().createDeployment().name("tramite").enableDuplicateFiltering();
    for (String d : DEFINICIONES) {
      despliegue.addClasspathResource(d);
    }
    despliegue.deploy();
    LOG.info(
        () ->
            "Motor de procesos (Flowable) listo en "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }

  /**
   * Payara removes the application's datasource before this runs, so {@code close()} (which writes
   * to the database) would fail; with no async executor there is nothing else to stop.
   */
  @PreDestroy
  void detener() {
    if (motor != null) {
      ProcessEngines.unregister(motor);
    }
  }

  private static TransactionManager transactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
    } catch (NamingException e) {
      throw new IllegalStateException("No se encontró el TransactionManager del servidor", e);
    }
  }

  public RuntimeService ejecucion() {
    return motor.getRuntimeService();
  }

  public TaskService tareas() {
    return motor.getTaskService();
  }

  public RepositoryService repositorio() {
    return motor.getRepositoryService();
  }

  public org.flowable.engine.ManagementService gestion() {
    return motor.getManagementService();
  }

  /** The engine's clock: timers and due dates read it; tests move it. */
  public org.flowable.common.engine.impl.runtime.Clock reloj() {
    return motor.getProcessEngineConfiguration().getClock();
  }

  public Plazos plazos() {
    return plazos;
  }

  public HistoryService historial() {
    return motor.getHistoryService();
  }

  public boolean listo() {
    return motor != null;
  }
}
