package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import pe.gob.minem.tramite.infrastructure.nodo.Fechas;

/**
 * Client-side signing requests in flight, in the database so that any node completes them (ADR
 * 0041): which task, person and exact version each was prepared for, so that completing one signs
 * only that version, for that person, once. (The signing module keeps the data to sign, in {@code
 * SolicitudesPreparadas}; requests expire there too.)
 */
@Stateless
public class SolicitudesDeFirma {

  /** What a request was prepared for. */
  public record Pendiente(String tareaId, String usuario, String sha256Version, Instant expira) {}

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  /** Keeps the request with the preparation's transaction; drops the expired ones. */
  public void registrar(String solicitud, Pendiente p) {
    em.createNativeQuery("DELETE FROM solicitud_de_firma WHERE expira < ?1")
        .setParameter(1, Fechas.sql(Instant.now()))
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO solicitud_de_firma (id, tarea_id, usuario, sha256_version, expira)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, solicitud)
        .setParameter(2, p.tareaId())
        .setParameter(3, p.usuario())
        .setParameter(4, p.sha256Version())
        .setParameter(5, Fechas.sql(p.expira()))
        .executeUpdate();
  }

  /**
   * Takes the request out, in a transaction of its own committed at once: of two completions, on
   * any nodes, only the one whose delete removed the row gets it; the other finds nothing, and so
   * does a retry after a failed completion (the person prepares again).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Pendiente tomar(String solicitud) {
    if (solicitud == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "SELECT tarea_id, usuario, sha256_version, expira FROM solicitud_de_firma"
                    + " WHERE id = ?1")
            .setParameter(1, solicitud)
            .getResultList();
    if (filas.isEmpty()) {
      return null;
    }
    int borradas =
        em.createNativeQuery("DELETE FROM solicitud_de_firma WHERE id = ?1")
            .setParameter(1, solicitud)
            .executeUpdate();
    Object[] f = filas.get(0);
    var p = new Pendiente((String) f[0], (String) f[1], (String) f[2], Fechas.instante(f[3]));
    return borradas == 1 && p.expira().isAfter(Instant.now()) ? p : null;
  }
}
