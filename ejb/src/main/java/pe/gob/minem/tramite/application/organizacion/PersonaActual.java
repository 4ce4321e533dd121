package pe.gob.minem.tramite.application.organizacion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * The person behind the current call, as the container authenticated them. An EJB (not a CDI bean
 * of the web module) so that its persistence context is always the EJB module's.
 */
@Stateless
public class PersonaActual {

  @Inject SecurityContext seguridad;

  @Inject PersonaRepository personas;

  public String usuario() {
    var p = seguridad.getCallerPrincipal();
    if (p == null) {
      throw new AccesoDenegadoException("Debe iniciar sesión.");
    }
    return p.getName();
  }

  public Persona persona() {
    String usuario = usuario();
    return personas
        .porUsuario(usuario)
        .filter(Persona::isActiva)
        .orElseThrow(
            () -> new AccesoDenegadoException("La cuenta " + usuario + " no está activa."));
  }
}
