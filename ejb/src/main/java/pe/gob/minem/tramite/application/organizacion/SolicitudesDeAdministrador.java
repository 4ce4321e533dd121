package pe.gob.minem.tramite.application.organizacion;

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
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;

/**
 * Looks for an operator's administrator request ({@link SolicitudDeAdministrador}) at start-up and
 * every few seconds, applies it in its own transaction, then deletes it and leaves the outcome for
 * the waiting command. A request that cannot be trusted is refused and audited.
 */
@Singleton
@Startup
@DependsOn({"MigracionBaseDeDatos", "CuentasDeDemostracion"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolicitudesDeAdministrador {

  private static final Logger LOG = Logger.getLogger(SolicitudesDeAdministrador.class.getName());

  @Inject AdministradorPorConsola administrador;
  @Inject Auditoria auditoria;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String carpetaDeDatos;

  @Inject
  @ConfigProperty(name = "tramite.cuentas.segundos-entre-revisiones", defaultValue = "3")
  int segundos;

  private volatile boolean activo;
  private Timer intervalo;

  @PostConstruct
  void iniciar() {
    activo = true;
    atender(Path.of(carpetaDeDatos), administrador::aplicar);
    intervalo =
        temporizador.createIntervalTimer(
            segundos * 1000L, segundos * 1000L, new TimerConfig(null, false));
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
  void revisar(Timer t) {
    if (activo) {
      atender(Path.of(carpetaDeDatos), administrador::aplicar);
    }
  }

  /**
   * Applies the pending request, if any, and answers it; never throws.
   *
   * @return whether a request was there
   */
  boolean atender(Path datos, Function<SolicitudDeAdministrador, String> aplicar) {
    SolicitudDeAdministrador s;
    try {
      s = SolicitudDeAdministrador.leer(datos);
    } catch (IOException e) {
      String motivo = e.getMessage();
      LOG.severe(() -> "Solicitud de administrador rechazada: " + motivo);
      auditoria.registrarAparte(
          AdministradorPorConsola.CONSOLA, "RECHAZO_SOLICITUD_ADMINISTRADOR", null, motivo);
      responder(datos, false, "Solicitud rechazada: " + motivo + ".");
      return true;
    }
    if (s == null) {
      return false;
    }
    try {
      String hecho = aplicar.apply(s);
      LOG.info(() -> "Solicitud de administrador atendida: " + s.usuario());
      responder(datos, true, hecho);
    } catch (RuntimeException e) {
      String motivo =
          CausaDeNegocio.en(e).map(Throwable::getMessage).orElse("error inesperado: " + e);
      LOG.warning(() -> "Solicitud de administrador no atendida (" + s.usuario() + "): " + motivo);
      auditoria.registrarAparte(
          AdministradorPorConsola.CONSOLA, "RECHAZO_SOLICITUD_ADMINISTRADOR", s.usuario(), motivo);
      responder(datos, false, motivo);
    }
    return true;
  }

  private static void responder(Path datos, boolean hecho, String mensaje) {
    try {
      SolicitudDeAdministrador.responder(datos, hecho, mensaje);
    } catch (IOException e) {
      LOG.severe(() -> "No se pudo responder la solicitud de administrador: " + e);
    }
  }
}
