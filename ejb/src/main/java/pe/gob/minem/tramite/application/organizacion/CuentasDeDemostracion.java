package pe.gob.minem.tramite.application.organizacion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * Outside demo mode the demo accounts, whose password is published, are disabled at every start and
 * their hashes made unusable (audited); then the database is read again and, should one still be
 * enabled, the start fails: the portal never serves with a demo account open (ADR 0017).
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
public class CuentasDeDemostracion {

  private static final Logger LOG = Logger.getLogger(CuentasDeDemostracion.class.getName());

  @Inject PersonaRepository personas;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean modoDemostracion;

  @PostConstruct
  void alIniciar() {
    if (modoDemostracion) {
      return;
    }
    deshabilitar();
    exigirNingunaActiva();
  }

  /** Disables every enabled demo account; returns how many. */
  int deshabilitar() {
    List<Persona> activas = personas.deDemostracionActivas();
    for (Persona p : activas) {
      p.deshabilitarCuentaDeDemostracion(Claves.INUTILIZABLE);
      auditoria.registrar(
          "sistema",
          "CUENTA_DEMO_DESHABILITADA",
          p.getUsuario(),
          "tramite.demo=false: cuenta de demostración deshabilitada y su contraseña anulada");
    }
    if (!activas.isEmpty()) {
      LOG.warning(
          () ->
              "Modo de producción: "
                  + activas.size()
                  + " cuentas de demostración deshabilitadas ("
                  + String.join(", ", activas.stream().map(Persona::getUsuario).toList())
                  + ")");
    }
    return activas.size();
  }

  /** Refuses to start while the database still has an enabled demo account. */
  void exigirNingunaActiva() {
    List<Persona> siguen = personas.deDemostracionActivas();
    if (!siguen.isEmpty()) {
      String usuarios = String.join(", ", siguen.stream().map(Persona::getUsuario).toList());
      LOG.severe(
          "El portal no inicia: tramite.demo=false y siguen activas cuentas de demostración ("
              + usuarios
              + "), cuya contraseña es pública. Deshabilítelas o inicie en modo demostración.");
      throw new IllegalStateException(
          "Cuentas de demostración activas fuera del modo de demostración: " + usuarios);
    }
  }
}
