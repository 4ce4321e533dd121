package pe.gob.minem.tramite.application.organizacion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * Carries out an operator's request from {@code bin/tramite administrador}: creates the
 * administrator, or makes an existing person an active administrator with the new password; audited
 * as done by the console. A demo account cannot be revived this way outside demo mode.
 */
@Stateless
public class AdministradorPorConsola {

  static final String CONSOLA = "consola";

  @Inject PersonaRepository personas;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean modoDemostracion;

  /** Applies the request in the caller's transaction; returns what was done, in Spanish. */
  public String aplicar(SolicitudDeAdministrador s) {
    var existente = personas.porUsuario(s.usuario());
    if (existente.isPresent()) {
      Persona p = existente.get();
      if (p.isDeDemostracion() && !modoDemostracion) {
        throw new ConflictoException(
            "La cuenta "
                + s.usuario()
                + " es de demostración y queda deshabilitada fuera del modo de demostración;"
                + " elija otro usuario.");
      }
      p.cambiarClave(s.claveHash());
      p.activar(true);
      p.nombrarAdministrador(true);
      auditoria.registrar(
          CONSOLA,
          "ADMINISTRADOR_POR_CONSOLA",
          s.usuario(),
          "cuenta existente activada como administrador con una contraseña nueva");
      return "La cuenta "
          + s.usuario()
          + " está activa, es administradora y tiene la contraseña nueva.";
    }
    var p = new Persona(s.usuario(), "Administrador", "del Portal", null, s.claveHash());
    p.nombrarAdministrador(true);
    personas.guardar(p);
    auditoria.registrar(
        CONSOLA, "ADMINISTRADOR_POR_CONSOLA", s.usuario(), "administrador creado desde la consola");
    return "Se creó el administrador " + s.usuario() + ".";
  }
}
