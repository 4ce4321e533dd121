package pe.gob.minem.tramite.application.documento;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;

/**
 * Makes, once, the validation reports of the versions signed before the portal kept them (ADR
 * 0024): a non-persistent timer fires {@code tramite.informes.segundos-tras-iniciar} seconds after
 * deployment (0 turns it off), so the start is not slowed. A version that cannot be validated (its
 * file missing, say) is logged and tried again at the next start.
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InformesEnSegundoPlano {

  private static final Logger LOG = Logger.getLogger(InformesEnSegundoPlano.class.getName());

  @Inject InformesPendientes pendientes;
  @Inject Turnos turnos;
  @Inject FirmaDigital firmaDigital;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.informes.segundos-tras-iniciar", defaultValue = "30")
  int segundos;

  @PostConstruct
  void programar() {
    if (segundos > 0) {
      temporizador.createSingleActionTimer(segundos * 1000L, new TimerConfig(null, false));
    }
  }

  @Timeout
  void alIniciar() {
    // nodes that start together do not make the same reports at the same time (ADR 0041)
    Turnos.enTurno(
        turnos,
        "informes-de-validacion",
        Duration.ZERO,
        Duration.ofHours(2),
        () -> {
          try {
            generar();
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING, "No se pudieron preparar los informes de validación pendientes", e);
          }
        });
  }

  /**
   * Validates every signed version without its reports and keeps them, one by one.
   *
   * @return how many were kept
   */
  public int generar() {
    var ids = pendientes.pendientes();
    if (ids.isEmpty()) {
      return 0;
    }
    LOG.info(
        () -> ids.size() + " versión(es) firmada(s) sin informe de validación: se generan ahora");
    int guardados = 0;
    int fallidos = 0;
    for (long id : ids) {
      try {
        var version = pendientes.leer(id);
        if (version.isPresent()
            && pendientes.guardar(version.get(), firmaDigital.validar(version.get().pdf()))) {
          guardados++;
        }
      } catch (RuntimeException e) {
        fallidos++;
        LOG.log(
            Level.WARNING,
            "No se pudo generar el informe de validación de la versión con id " + id,
            e);
      }
    }
    int hechos = guardados;
    int conError = fallidos;
    LOG.info(
        () ->
            "Informes de validación de versiones anteriores: "
                + hechos
                + " guardado(s)"
                + (conError > 0
                    ? ", " + conError + " con error (se reintentan al reiniciar)"
                    : ""));
    return guardados;
  }
}
