package pe.gob.minem.tramite.infrastructure.nodo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases on the {@code turno} table, so that a periodic job that every node schedules runs on one
 * node at a time (ADR 0041): a node takes the job's turn for a while, shorter than the job's period
 * and longer than one run; the others find it taken and skip their run; when the node dies, its
 * turn runs out and the next firing anywhere takes it.
 */
@Stateless
public class Turnos {

  private static final Logger LOG = Logger.getLogger(Turnos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Nodo nodo;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext contexto;

  /**
   * Takes the job's turn for {@code duracion} if nobody else holds it (or this node already does),
   * in a transaction of its own committed before the job runs; false if another node holds it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean tomar(String nombre, Duration duracion) {
    try {
      return contexto
          .getBusinessObject(Turnos.class)
          .intentar(nombre, nodo.id(), Instant.now(), duracion);
    } catch (RuntimeException e) {
      // the first turn of a job inserted by two nodes at once: the other one has it
      LOG.log(Level.FINE, "Otro nodo tomó el turno " + nombre + " a la vez", e);
      return false;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean intentar(String nombre, String quien, Instant ahora, Duration duracion) {
    return tomar(nombre, quien, ahora, duracion);
  }

  boolean tomar(String nombre, String quien, Instant ahora, Duration duracion) {
    int n =
        em.createNativeQuery(
                "UPDATE turno SET nodo = ?1, hasta = ?2 WHERE nombre = ?3"
                    + " AND (hasta < ?4 OR nodo = ?1)")
            .setParameter(1, quien)
            .setParameter(2, Fechas.sql(ahora.plus(duracion)))
            .setParameter(3, nombre)
            .setParameter(4, Fechas.sql(ahora))
            .executeUpdate();
    if (n == 1) {
      return true;
    }
    // the first time anyone runs the job: insert its row, unless it exists (held by another node);
    // two nodes inserting at once: the primary key refuses the second, whose transaction rolls back
    n =
        em.createNativeQuery(
                "INSERT INTO turno (nombre, nodo, hasta) SELECT ?1, ?2, ?3 FROM (VALUES (0)) v"
                    + " WHERE NOT EXISTS (SELECT 1 FROM turno WHERE nombre = ?1)")
            .setParameter(1, nombre)
            .setParameter(2, quien)
            .setParameter(3, Fechas.sql(ahora.plus(duracion)))
            .executeUpdate();
    return n == 1;
  }

  /** Gives the turn back at once (after a run that should not wait for the lease to expire). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void soltar(String nombre) {
    em.createNativeQuery("DELETE FROM turno WHERE nombre = ?1 AND nodo = ?2")
        .setParameter(1, nombre)
        .setParameter(2, nodo.id())
        .executeUpdate();
  }
}
