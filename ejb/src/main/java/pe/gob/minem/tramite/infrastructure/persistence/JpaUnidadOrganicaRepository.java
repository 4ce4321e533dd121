package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;

/** The organisational units in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaUnidadOrganicaRepository implements UnidadOrganicaRepository {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public Optional<UnidadOrganica> porCodigo(String codigo) {
    return em.createNamedQuery("UnidadOrganica.porCodigo", UnidadOrganica.class)
        .setParameter("codigo", codigo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UnidadOrganica> todas() {
    return em.createNamedQuery("UnidadOrganica.todas", UnidadOrganica.class).getResultList();
  }

  @Override
  public List<UnidadOrganica> activasConCargoOcupado(Rol rol, String salvo) {
    return em.createQuery(
            "SELECT DISTINCT c.unidad FROM Persona p JOIN p.cargos c WHERE p.activa = TRUE AND"
                + " c.rol = :rol AND c.unidad.activa = TRUE AND c.unidad.codigo <> :salvo ORDER BY"
                + " c.unidad.nombre",
            UnidadOrganica.class)
        .setParameter("rol", rol)
        .setParameter("salvo", salvo)
        .getResultList();
  }

  @Override
  public void guardar(UnidadOrganica unidad) {
    em.persist(unidad);
  }
}
