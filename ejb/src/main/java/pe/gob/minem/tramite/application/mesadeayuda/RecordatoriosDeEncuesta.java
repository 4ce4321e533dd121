package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * One reminder for each survey left unanswered {@code tramite.encuesta.recordatorio} (default 3
 * days) after it was mailed (ADR 0031): looked for every 10 minutes and whenever the tests' clock
 * moves; each reminder, with its mail, in its own transaction, so one failure does not hold the
 * others back and none is sent twice.
 */
@Singleton
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecordatoriosDeEncuesta {

  private static final Logger LOG = Logger.getLogger(RecordatoriosDeEncuesta.class.getName());

  @Inject EncuestasDeServicio encuestas;
  @Inject Turnos turnos;
  @Inject Flujos flujos;

  @Inject
  @ConfigProperty(name = "tramite.encuesta.recordatorio", defaultValue = "P3D")
  Duration espera;

  private final AtomicBoolean corriendo = new AtomicBoolean();

  /** Every 10 minutes on each node (a reminder is claimed under a row lock: sent once). */
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void periodicamente() {
    // every node schedules it; one sends each round of reminders (ADR 0041)
    Turnos.enTurno(
        turnos,
        "recordatorios-de-encuesta",
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        () -> {
          try {
            revisar();
          } catch (RuntimeException e) {
            LOG.warning(() -> "No se pudo revisar las encuestas sin respuesta: " + e);
          }
        });
  }

  /** The tests' clock moved: look again now. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void alMoverseElReloj(
      @jakarta.enterprise.event.Observes
          pe.gob.minem.tramite.application.plazo.RelojMovido movido) {
    revisar();
  }

  /** Sends the reminders due by the engine's clock; how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int revisar() {
    if (!corriendo.compareAndSet(false, true)) {
      return 0;
    }
    int n = 0;
    try {
      Instant ahora = flujos.ahora();
      for (var e : encuestas.porRecordar(ahora.minus(espera), ahora, 200)) {
        try {
          if (encuestas.recordar(e.getTicketId(), ahora)) {
            n++;
          }
        } catch (RuntimeException x) {
          LOG.warning(
              () -> "No se pudo recordar la encuesta del ticket " + e.getTicketId() + ": " + x);
        }
      }
    } finally {
      corriendo.set(false);
    }
    return n;
  }
}
