package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.CargoRepository;

/** The cargos in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaCargoRepository implements CargoRepository {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public Optional<Cargo> porCodigo(String codigo) {
    return em.createNamedQuery("Cargo.porCodigo", Cargo.class)
        .setParameter("codigo", codigo)
        .getResultStream()
        .findFirst();
  }
}
