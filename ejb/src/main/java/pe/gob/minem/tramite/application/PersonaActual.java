package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * The person behind the current call, as the container authenticated them. An EJB (not a CDI bean
 * of the web module) so that its persistence context is always the EJB module's.
 */
@Stateless
public class PersonaActual {

  @Inject SecurityContext seguridad;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  public String usuario() {
    var p = seguridad.getCallerPrincipal();
    if (p == null) {
      throw new AccesoDenegadoException("Debe iniciar sesión.");
    }
    return p.getName();
  }

  public Persona persona() {
    String usuario = usuario();
    return em.createNamedQuery("Persona.porUsuario", Persona.class)
        .setParameter("usuario", usuario)
        .getResultStream()
        .filter(Persona::isActiva)
        .findFirst()
        .orElseThrow(
            () -> new AccesoDenegadoException("La cuenta " + usuario + " no está activa."));
  }
}
