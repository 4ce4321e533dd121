package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * One reminder for each survey left unanswered {@code tramite.encuesta.recordatorio} (default 3
 * days) after it was mailed (ADR 0031): looked for every 10 minutes and whenever the tests' clock
 * moves; each reminder, with its mail, in its own transaction, so one failure does not hold the
 * others back and none is sent twice.
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecordatoriosDeEncuesta {

  private static final Logger LOG = Logger.getLogger(RecordatoriosDeEncuesta.class.getName());

  @Inject EncuestasDeServicio encuestas;
  @Inject Flujos flujos;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.encuesta.recordatorio", defaultValue = "P3D")
  Duration espera;

  private final AtomicBoolean corriendo = new AtomicBoolean();
  private volatile boolean activo;
  private Timer intervalo;

  @PostConstruct
  void iniciar() {
    activo = true;
    intervalo = temporizador.createIntervalTimer(90_000, 600_000, new TimerConfig(null, false));
  }

  @PreDestroy
  void detener() {
    activo = false;
    try {
      intervalo.cancel();
    } catch (RuntimeException e) {
      // already gone with the application
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void periodicamente(Timer t) {
    try {
      revisar();
    } catch (RuntimeException e) {
      LOG.warning(() -> "No se pudo revisar las encuestas sin respuesta: " + e);
    }
  }

  /** Sends the reminders due by the engine's clock; how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int revisar() {
    if (!activo || !corriendo.compareAndSet(false, true)) {
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
