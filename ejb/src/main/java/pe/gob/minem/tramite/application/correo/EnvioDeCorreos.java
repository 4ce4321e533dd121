package pe.gob.minem.tramite.application.correo;

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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox (ADR 0029): woken after each enqueuing transaction commits, and every {@code
 * tramite.correo.barrido} anyway (a lost wake-up, a server that was down, another node's rows).
 * Each round claims due rows in a short transaction, sends them outside any transaction and marks
 * each one sent or, with exponential back-off, due again; FALLIDO after the last attempt.
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EnvioDeCorreos {

  private static final Logger LOG = Logger.getLogger(EnvioDeCorreos.class.getName());
  private static final int LOTE = 20;

  @Inject ReclamoDeCorreos reclamo;
  @Inject TransporteDeCorreo transporte;
  @Resource TimerService temporizador;
  @Resource ManagedExecutorService ejecutor;
  @Resource SessionContext contexto;

  @Inject
  @ConfigProperty(name = "tramite.correo.barrido", defaultValue = "PT15S")
  String barrido;

  @Inject
  @ConfigProperty(name = "tramite.correo.reintento", defaultValue = "PT30S")
  String reintento;

  @Inject
  @ConfigProperty(name = "tramite.correo.reintento-maximo", defaultValue = "PT1H")
  String reintentoMaximo;

  @Inject
  @ConfigProperty(name = "tramite.correo.intentos-maximos", defaultValue = "12")
  int intentosMaximos;

  /** How long a claimed mail is this node's before another may take it again. */
  @Inject
  @ConfigProperty(name = "tramite.correo.arriendo", defaultValue = "PT2M")
  String arriendo;

  private final AtomicBoolean corriendo = new AtomicBoolean();
  private final AtomicBoolean otraVez = new AtomicBoolean();
  private volatile boolean activo;
  private Reintentos reintentos;
  private Duration duracionDelArriendo;
  private Timer intervalo;

  @PostConstruct
  void iniciar() {
    reintentos =
        new Reintentos(Duration.parse(reintento), Duration.parse(reintentoMaximo), intentosMaximos);
    duracionDelArriendo = Duration.parse(arriendo);
    long ms = Duration.parse(barrido).toMillis();
    activo = true;
    intervalo = temporizador.createIntervalTimer(ms, ms, new TimerConfig(null, false));
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
  void barrer(Timer t) {
    try {
      enviarPendientes();
    } catch (RuntimeException e) {
      LOG.warning(() -> "No se pudo revisar la bandeja de salida: " + e);
    }
  }

  /** Sends what is due soon, on another thread (after an enqueuing transaction commits). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void despertar() {
    if (!activo) {
      return;
    }
    EnvioDeCorreos yo = contexto.getBusinessObject(EnvioDeCorreos.class);
    try {
      ejecutor.execute(
          () -> {
            try {
              yo.enviarPendientes();
            } catch (RuntimeException e) {
              LOG.warning(() -> "No se pudo enviar la bandeja de salida: " + e);
            }
          });
    } catch (RuntimeException e) {
      LOG.fine(() -> "Sin hilo para enviar ahora; lo hará el barrido: " + e);
    }
  }

  /**
   * Sends every due mail; returns how many were sent. A call while a round runs on this node asks
   * that round to look once more instead of running beside it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int enviarPendientes() {
    int enviados = 0;
    otraVez.set(true);
    while (activo && otraVez.get() && corriendo.compareAndSet(false, true)) {
      try {
        while (activo && otraVez.getAndSet(false)) {
          List<CorreoPorEnviar> lote = reclamo.reclamar(LOTE, Instant.now(), duracionDelArriendo);
          for (CorreoPorEnviar c : lote) {
            if (enviar(c)) {
              enviados++;
            }
          }
          if (lote.size() == LOTE) {
            otraVez.set(true);
          }
        }
      } finally {
        corriendo.set(false);
      }
    }
    return enviados;
  }

  private boolean enviar(CorreoPorEnviar c) {
    try {
      transporte.enviar(c);
    } catch (Exception e) {
      String motivo = e.getClass().getSimpleName() + ": " + e.getMessage();
      EstadoDeCorreo estado = reclamo.marcarFallo(c, motivo, reintentos, Instant.now());
      if (estado == EstadoDeCorreo.FALLIDO) {
        LOG.severe(
            () ->
                "El correo "
                    + c.id()
                    + " no se pudo enviar tras "
                    + (c.intentos() + 1)
                    + " intentos; queda FALLIDO: "
                    + motivo);
      } else {
        LOG.warning(
            () ->
                "El correo "
                    + c.id()
                    + " no se pudo enviar (intento "
                    + (c.intentos() + 1)
                    + "); se reintentará en "
                    + reintentos.espera(c.intentos() + 1)
                    + ": "
                    + motivo);
      }
      return false;
    }
    reclamo.marcarEnviado(c, Instant.now());
    LOG.info(() -> "Correo " + c.id() + " enviado, " + c.messageId());
    return true;
  }
}
