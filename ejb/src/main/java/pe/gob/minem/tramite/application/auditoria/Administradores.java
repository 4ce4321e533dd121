package pe.gob.minem.tramite.application.auditoria;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** Actions only administrators may take: refusals are themselves audited. */
@Stateless
public class Administradores {

  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  /** Reading the audit trail. */
  public Persona exigir(String accion) {
    return exigir(accion, "RECHAZO_AUDITORIA", "auditoria");
  }

  /**
   * The caller, if an administrator; otherwise the refusal is audited apart (it stays though the
   * action fails) as {@code eventoDeRechazo} on {@code objeto}, and AccesoDenegadoException says
   * that only an administrator may {@code accion}.
   */
  public Persona exigir(String accion, String eventoDeRechazo, String objeto) {
    Persona p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(p.getUsuario(), eventoDeRechazo, objeto, accion);
      throw new AccesoDenegadoException("Solo un administrador puede " + accion + ".");
    }
    return p;
  }
}
