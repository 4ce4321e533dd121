package pe.gob.minem.tramite.application.aviso;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The daily digest by mail (ADR 0036): from {@code tramite.avisos.resumen.hora} (Lima time, default
 * 07:00) each day, one mail to each person who asked for it, with what is pending for them; looked
 * for every 5 minutes and whenever the tests' clock moves. Each person in a transaction of their
 * own ({@link ResumenesPorCorreo}), so one failure does not hold the others back and none gets two
 * the same day.
 */
@Singleton
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ResumenDiario {

  private static final Logger LOG = Logger.getLogger(ResumenDiario.class.getName());

  @Inject ResumenesPorCorreo resumenes;
  @Inject Turnos turnos;
  @Inject Flujos flujos;

  @Inject
  @ConfigProperty(name = "tramite.avisos.resumen.hora", defaultValue = "07:00")
  String hora;

  /** One look at a time; the tests' clock waits for a running one and then looks again. */
  private final ReentrantLock corriendo = new ReentrantLock();

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void periodicamente() {
    // every node schedules it; one sends each round of digests (ADR 0041)
    Turnos.enTurno(
        turnos,
        "resumen-diario",
        Duration.ofMinutes(5),
        Duration.ofMinutes(30),
        () -> {
          try {
            revisar();
          } catch (RuntimeException e) {
            LOG.warning(() -> "No se pudo revisar los resúmenes diarios: " + e);
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

  /** Writes the digests due by the engine's clock; how many mails. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int revisar() {
    Instant ahora = flujos.ahora();
    LocalDateTime enLima = LocalDateTime.ofInstant(ahora, Reloj.LIMA);
    if (enLima.toLocalTime().isBefore(LocalTime.parse(hora))) {
      return 0;
    }
    corriendo.lock();
    int n = 0;
    try {
      var dia = enLima.toLocalDate();
      for (String usuario : resumenes.porEnviar(dia)) {
        try {
          if (resumenes.escribir(usuario, dia, ahora)) {
            n++;
          }
        } catch (RuntimeException x) {
          LOG.warning(() -> "No se pudo escribir el resumen diario de " + usuario + ": " + x);
        }
      }
    } finally {
      corriendo.unlock();
    }
    return n;
  }
}
