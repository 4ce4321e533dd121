package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/** The persons in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaPersonaRepository implements PersonaRepository {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public Optional<Persona> porUsuario(String usuario) {
    return em.createNamedQuery("Persona.porUsuario", Persona.class)
        .setParameter("usuario", usuario)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Persona> deUnidad(String codigoUnidad) {
    return em.createNamedQuery("Persona.deUnidad", Persona.class)
        .setParameter("unidad", codigoUnidad)
        .getResultList();
  }

  @Override
  public List<Persona> todas() {
    return em.createNamedQuery("Persona.todas", Persona.class).getResultList();
  }

  @Override
  public long contar() {
    return em.createQuery("SELECT COUNT(p) FROM Persona p", Long.class).getSingleResult();
  }

  @Override
  public List<Persona> deDemostracionActivas() {
    return em.createNamedQuery("Persona.deDemostracionActivas", Persona.class)
        .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
        .getResultList();
  }

  @Override
  public void guardar(Persona persona) {
    em.persist(persona);
  }
}
