package pe.gob.minem.tramite.application.conciliacion;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;

/**
 * Runs reconciliation without slowing the start: a non-persistent timer fires {@code
 * tramite.conciliacion.segundos-tras-iniciar} seconds after deployment (0 turns it off), and again
 * every night at 03:40 (Lima), so that quarantine is purged on a server that never restarts.
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConciliacionEnSegundoPlano {

  private static final Logger LOG = Logger.getLogger(ConciliacionEnSegundoPlano.class.getName());

  @Inject ConciliacionService conciliacion;
  @Inject Turnos turnos;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.conciliacion.segundos-tras-iniciar", defaultValue = "60")
  int segundos;

  @PostConstruct
  void programar() {
    if (segundos > 0) {
      temporizador.createSingleActionTimer(segundos * 1000L, new TimerConfig(null, false));
    }
  }

  @Timeout
  void alIniciar() {
    // nodes that start together do not reconcile at the same time (ADR 0041)
    Turnos.enTurno(turnos, "conciliacion", Duration.ZERO, Duration.ofHours(2), this::ejecutar);
  }

  @Schedule(hour = "3", minute = "40", timezone = "America/Lima", persistent = false)
  void cadaNoche() {
    if (segundos > 0) {
      Turnos.enTurno(
          turnos, "conciliacion", Duration.ofMinutes(30), Duration.ofHours(2), this::ejecutar);
    }
  }

  private void ejecutar() {
    try {
      conciliacion.conciliarEnSegundoPlano();
    } catch (ConflictoException enCurso) {
      LOG.info("Conciliación en segundo plano omitida: ya hay una en curso");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "La conciliación en segundo plano falló", e);
    }
  }
}
