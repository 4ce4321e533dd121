package pe.gob.minem.tramite.application.auditoria;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** Only administrators read the audit trail: refusals are themselves audited. */
@Stateless
public class Administradores {

  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  public Persona exigir(String accion) {
    Persona p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_AUDITORIA", "auditoria", accion);
      throw new AccesoDenegadoException("Solo un administrador puede " + accion + ".");
    }
    return p;
  }
}
