package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the process timers that are due (the plazos' notices and escalations, ADR 0014) every
 * minute, each in a transaction of its own in the container, so that what a timer does (its
 * notices, the audit record) commits with the timer's job or not at all. Flowable's own job
 * executor stays off: its threads would run outside the container's transactions.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EjecutorDeTemporizadores {

  private static final Logger LOG = Logger.getLogger(EjecutorDeTemporizadores.class.getName());

  @Inject MotorDeProcesos motor;
  @Resource SessionContext contexto;

  private final AtomicBoolean corriendo = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void cadaMinuto() {
    ejecutarVencidos();
  }

  /** Runs every timer due by the engine's clock; returns how many ran. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int ejecutarVencidos() {
    if (!motor.listo() || !corriendo.compareAndSet(false, true)) {
      return 0;
    }
    int n = 0;
    try {
      var vencidos =
          motor
              .gestion()
              .createTimerJobQuery()
              .executable()
              .orderByJobDuedate()
              .asc()
              .listPage(0, 500);
      for (var job : vencidos) {
        try {
          contexto.getBusinessObject(EjecutorDeTemporizadores.class).ejecutar(job.getId());
          n++;
        } catch (RuntimeException e) {
          LOG.warning(() -> "El temporizador " + job.getId() + " falló; se reintentará: " + e);
        }
      }
    } finally {
      corriendo.set(false);
    }
    return n;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ejecutar(String timerJobId) {
    var job = motor.gestion().moveTimerToExecutableJob(timerJobId);
    motor.gestion().executeJob(job.getId());
  }
}
