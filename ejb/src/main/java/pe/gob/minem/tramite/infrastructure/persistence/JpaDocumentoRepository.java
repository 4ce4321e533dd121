package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
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
  public List<ContenidoReferido> contenidosDeVersiones() {
    return em.createQuery(
            "SELECT v.sha256, e.numero, d.asunto, v.numero, v.informePdfSha256,"
                + " v.informeSimpleSha256, v.informeDetalladoSha256 FROM VersionDocumento v"
                + " JOIN v.documento d JOIN d.expediente e",
            Object[].class)
        .getResultStream()
        .flatMap(
            f -> {
              String expediente = String.valueOf(f[1]);
              String version = f[2] + " (versión " + f[3];
              List<ContenidoReferido> l = new ArrayList<>(4);
              l.add(new ContenidoReferido((String) f[0], expediente, version + ")"));
              // the validation reports kept with a signed version (ADR 0024)
              String[] informes = {
                "informe de validación en PDF", "informe simple", "informe detallado"
              };
              for (int i = 0; i < informes.length; i++) {
                if (f[4 + i] != null) {
                  l.add(
                      new ContenidoReferido(
                          (String) f[4 + i], expediente, version + ", " + informes[i] + ")"));
                }
              }
              return l.stream();
            })
        .toList();
  }

  @Override
  public List<Long> versionesQueEsperanValidacion() {
    return em.createQuery(
            "SELECT v.id FROM VersionDocumento v WHERE v.origen = :firma"
                + " AND v.informePdfSha256 IS NULL ORDER BY v.id",
            Long.class)
        .setParameter("firma", VersionDocumento.Origen.FIRMA)
        .getResultList();
  }

  @Override
  public Optional<VersionDocumento> versionBloqueada(long versionId) {
    return Optional.ofNullable(
        em.find(VersionDocumento.class, versionId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Set<String> codigos() {
    return new HashSet<>(
        em.createQuery("SELECT d.codigoVerificacion FROM Documento d", String.class)
            .getResultList());
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
