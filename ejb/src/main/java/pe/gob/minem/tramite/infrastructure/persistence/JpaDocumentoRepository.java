package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;

/** The documents in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaDocumentoRepository implements DocumentoRepository {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public Optional<Documento> porId(long id) {
    return Optional.ofNullable(em.find(Documento.class, id));
  }

  @Override
  public Optional<Documento> porCodigo(String codigoVerificacion) {
    return em.createNamedQuery("Documento.porCodigo", Documento.class)
        .setParameter("codigo", codigoVerificacion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Documento> porCodigoConVersiones(String codigoVerificacion) {
    return em.createQuery(
            "SELECT DISTINCT d FROM Documento d LEFT JOIN FETCH d.versiones"
                + " WHERE d.codigoVerificacion = :codigo",
            Documento.class)
        .setParameter("codigo", codigoVerificacion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Documento> deExpediente(Expediente expediente) {
    return em.createNamedQuery("Documento.deExpediente", Documento.class)
        .setParameter("expediente", expediente)
        .getResultList();
  }

  @Override
  public long contarDelTipo(TipoDocumentoInterno tipo, String codigoUnidad, Instant desde) {
    return em.createQuery(
            "SELECT COUNT(d) FROM Documento d WHERE d.tipo = :tipo AND d.unidad.codigo ="
                + " :unidad AND d.fechaCreacion >= :inicio",
            Long.class)
        .setParameter("tipo", tipo)
        .setParameter("unidad", codigoUnidad)
        .setParameter("inicio", desde)
        .getSingleResult();
  }

  @Override
  public long contarConVersiones() {
    return em.createQuery(
            "SELECT COUNT(d) FROM Documento d WHERE d.versiones IS NOT EMPTY", Long.class)
        .getSingleResult();
  }

  @Override
  public Optional<VersionDocumento> version(long versionId) {
    return Optional.ofNullable(em.find(VersionDocumento.class, versionId));
  }

  @Override
  public void guardar(Documento documento) {
    em.persist(documento);
  }

  @Override
  public void sincronizar() {
    em.flush();
  }
}
