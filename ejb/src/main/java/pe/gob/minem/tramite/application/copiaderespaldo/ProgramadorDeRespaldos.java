package pe.gob.minem.tramite.application.copiaderespaldo;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The scheduler of the catálogo de respaldos (ADR 0027): every minute, and whenever the tests'
 * clock moves, it looks at each active entry and, when a due time passed since the last one it
 * started, starts one P/OGA-TI-06 instance for the latest one ({@link InicioDeRespaldoProgramado},
 * each in its own transaction). Missed runs (the portal was down) are not run one by one: the
 * latest due one runs and says how many it leaves out. The time is the engine's clock, which the
 * tests move forward.
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProgramadorDeRespaldos {

  private static final Logger LOG = Logger.getLogger(ProgramadorDeRespaldos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Flujos flujos;
  @Inject Turnos turnos;
  @Inject InicioDeRespaldoProgramado inicio;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.respaldos.programador", defaultValue = "true")
  boolean habilitado;

  private final AtomicBoolean corriendo = new AtomicBoolean();
  private volatile boolean activo;
  private Timer intervalo;

  @PostConstruct
  void iniciar() {
    activo = habilitado;
    if (activo) {
      intervalo = temporizador.createIntervalTimer(45_000, 60_000, new TimerConfig(null, false));
    }
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
    // backups due start on one node (ADR 0041)
    Turnos.enTurno(
        turnos,
        "respaldos-programados",
        Duration.ofMinutes(1),
        Duration.ofMinutes(30),
        () -> {
          try {
            revisar();
          } catch (RuntimeException e) {
            LOG.warning(() -> "No se pudo revisar el catálogo de respaldos: " + e);
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

  /** Starts the runs due by the engine's clock; returns how many it started. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int revisar() {
    if (!activo || !corriendo.compareAndSet(false, true)) {
      return 0;
    }
    int n = 0;
    try {
      Instant ahora = flujos.ahora();
      List<EntradaDeCatalogo> entradas =
          em.createQuery(
                  "SELECT e FROM EntradaDeCatalogo e WHERE e.activo = TRUE ORDER BY e.id",
                  EntradaDeCatalogo.class)
              .getResultList();
      for (EntradaDeCatalogo e : entradas) {
        var vencida = e.programacion().ultimaVencida(e.getUltimaProgramada(), ahora);
        if (vencida.isEmpty()) {
          continue;
        }
        try {
          if (inicio.programar(e.getId(), e.getUltimaProgramada(), vencida.get()) != null) {
            n++;
          }
        } catch (RuntimeException x) {
          LOG.warning(
              () ->
                  "No se pudo iniciar la copia programada de "
                      + e.getServidor()
                      + "; se reintentará: "
                      + x);
        }
      }
    } finally {
      corriendo.set(false);
    }
    return n;
  }
}
