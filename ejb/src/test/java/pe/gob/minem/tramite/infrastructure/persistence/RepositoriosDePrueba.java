package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;

/** The JPA repositories on a test's own persistence context, for tests of other packages. */
public final class RepositoriosDePrueba {

  private RepositoriosDePrueba() {}

  public static DocumentoRepository documentos(EntityManager em) {
    var r = new JpaDocumentoRepository();
    r.em = em;
    return r;
  }
}
