package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Runs the process timers that are due (the plazos' notices and escalations, ADR 0014) every
 * minute, each in a transaction of its own in the container, so that what a timer does (its
 * notices, the audit record) commits with the timer's job or not at all. Flowable's own job
 * executor stays off: its threads would run outside the container's transactions.
 *
 * <p>Created with the application and its interval timer cancelled before the application stops: a
 * timer that fired while the application was being undeployed found its datasource gone and, by
 * creating this singleton then, broke the container's shutdown of the module (seen in the ITs'
 * server log: ConcurrentModificationException in SingletonLifeCycleManager, the next deployment
 * failing).
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EjecutorDeTemporizadores {

  private static final Logger LOG = Logger.getLogger(EjecutorDeTemporizadores.class.getName());

  @Inject MotorDeProcesos motor;
  @Resource SessionContext contexto;
  @Resource TimerService temporizador;

  /**
   * One sweep at a time. The minute's sweep skips when one runs; a caller that just moved the clock
   * waits for it and sweeps after, so a timer made due by the move is never left to the next minute
   * (it was, when the two met: a flaky wait in the plazos' test).
   */
  private final ReentrantLock barrido = new ReentrantLock();

  private volatile boolean activo;
  private Timer intervalo;

  @PostConstruct
  void iniciar() {
    activo = true;
    intervalo = temporizador.createIntervalTimer(60_000, 60_000, new TimerConfig(null, false));
  }

  @PreDestroy
  void detener() {
    activo = false;
    try {
      if (intervalo != null) {
        intervalo.cancel();
      }
    } catch (RuntimeException e) {
      // already gone with the application
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void cadaMinuto(Timer t) {
    if (!activo) {
      return;
    }
    if (!barrido.tryLock()) {
      return; // a sweep is running
    }
    try {
      barrer();
    } catch (RuntimeException e) {
      LOG.warning(() -> "No se pudieron revisar los temporizadores: " + e);
    } finally {
      barrido.unlock();
    }
  }

  /** Runs every timer due by the engine's clock; returns how many ran. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int ejecutarVencidos() {
    if (!activo || !motor.listo()) {
      return 0;
    }
    barrido.lock();
    try {
      return barrer();
    } finally {
      barrido.unlock();
    }
  }

  private int barrer() {
    if (!activo || !motor.listo()) {
      return 0;
    }
    int n = 0;
    var vencidos =
        motor
            .gestion()
            .createTimerJobQuery()
            .executable()
            .orderByJobDuedate()
            .asc()
            .listPage(0, 500);
    for (var job : vencidos) {
      if (!activo) {
        break;
      }
      try {
        contexto.getBusinessObject(EjecutorDeTemporizadores.class).ejecutar(job.getId());
        n++;
      } catch (RuntimeException e) {
        LOG.warning(() -> "El temporizador " + job.getId() + " falló; se reintentará: " + e);
      }
    }
    return n;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ejecutar(String timerJobId) {
    var job = motor.gestion().moveTimerToExecutableJob(timerJobId);
    motor.gestion().executeJob(job.getId());
  }
}
