package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.infrastructure.nodo.Fechas;
import pe.gob.minem.tramite.signing.PendingRequests;

/**
 * The signing module's prepared client-side requests in the database ({@code firma_preparada}),
 * shared by the nodes (ADR 0041). Kept with the preparation's transaction; taken in a transaction
 * of its own, by a delete whose row count says who got it.
 */
@Stateless
@LocalBean
public class SolicitudesPreparadas implements PendingRequests {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public void put(String id, byte[] request, Instant expiresAt) {
    em.createNativeQuery("DELETE FROM firma_preparada WHERE expira < ?1")
        .setParameter(1, Fechas.sql(Instant.now()))
        .executeUpdate();
    em.createNativeQuery("INSERT INTO firma_preparada (id, datos, expira) VALUES (?1, ?2, ?3)")
        .setParameter(1, id)
        .setParameter(2, request)
        .setParameter(3, Fechas.sql(expiresAt))
        .executeUpdate();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<byte[]> take(String id) {
    @SuppressWarnings("unchecked")
    List<Object> filas =
        em.createNativeQuery("SELECT datos FROM firma_preparada WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (filas.isEmpty()) {
      return Optional.empty();
    }
    int borradas =
        em.createNativeQuery("DELETE FROM firma_preparada WHERE id = ?1")
            .setParameter(1, id)
            .executeUpdate();
    return borradas == 1 ? Optional.of(bytes(filas.get(0))) : Optional.empty();
  }

  private static byte[] bytes(Object o) {
    if (o instanceof byte[] b) {
      return b;
    }
    if (o instanceof java.sql.Blob b) {
      try {
        return b.getBytes(1, (int) b.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("firma_preparada.datos no es binario: " + o.getClass());
  }
}
