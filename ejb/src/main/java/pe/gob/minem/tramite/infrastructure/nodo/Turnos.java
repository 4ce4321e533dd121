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
 * Turns on the {@code turno} table, so that a periodic job that every node of the cluster schedules
 * runs on one node at a time (ADR 0041). The node whose firing comes first takes the job's turn for
 * the run (at most {@code maximo}); when the run ends the turn is kept until four fifths of the
 * period after its start, so that the other nodes' firings of the same period skip it, and then it
 * is anyone's again. A node that dies mid-run holds it at most {@code maximo}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Turnos {

  private static final Logger LOG = Logger.getLogger(Turnos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Nodo nodo;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext contexto;

  /**
   * Runs {@code trabajo} if this node gets the job's turn; returns whether it ran. A static method,
   * so that the job runs in its caller's own invocation (a bean-managed one may begin its
   * transactions, which it may not inside another bean's), with {@code turnos} the injected proxy.
   */
  public static boolean enTurno(
      Turnos turnos, String nombre, Duration periodo, Duration maximo, Runnable trabajo) {
    Instant inicio = Instant.now();
    if (!turnos.tomar(nombre, maximo)) {
      LOG.fine(() -> "El turno " + nombre + " es de otro nodo");
      return false;
    }
    try {
      trabajo.run();
    } finally {
      try {
        turnos.dejar(nombre, inicio.plus(periodo.multipliedBy(4).dividedBy(5)));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "No se pudo dejar el turno " + nombre, e);
      }
    }
    return true;
  }

  /** Takes the job's turn for at most {@code maximo}; false if another node holds it. */
  public boolean tomar(String nombre, Duration maximo) {
    try {
      return contexto
          .getBusinessObject(Turnos.class)
          .intentar(nombre, nodo.id(), Instant.now(), maximo);
    } catch (RuntimeException e) {
      // the job's first turn inserted by two nodes at once: the other one has it
      LOG.log(Level.FINE, "Otro nodo tomó el turno " + nombre + " a la vez", e);
      return false;
    }
  }

  /** After the run: the turn stays this node's until {@code hasta} (if it still is this node's). */
  public void dejar(String nombre, Instant hasta) {
    contexto.getBusinessObject(Turnos.class).dejar(nombre, nodo.id(), hasta);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean intentar(String nombre, String quien, Instant ahora, Duration duracion) {
    return tomar(nombre, quien, ahora, duracion);
  }

  /** Takes the turn if nobody holds it or its holder's time ran out (or it is already ours). */
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
    Number existe =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM turno WHERE nombre = ?1")
                .setParameter(1, nombre)
                .getSingleResult();
    if (existe.intValue() > 0) {
      return false;
    }
    n =
        em.createNativeQuery("INSERT INTO turno (nombre, nodo, hasta) VALUES (?1, ?2, ?3)")
            .setParameter(1, nombre)
            .setParameter(2, quien)
            .setParameter(3, Fechas.sql(ahora.plus(duracion)))
            .executeUpdate();
    return n == 1;
  }

  /**
   * Waits, in the caller's transaction, until no other node's transaction holds {@code nombre}'s
   * row, and holds it until the caller's transaction ends: a one-time job that every node starts at
   * once (the demo data on an empty database) runs on one node while the others wait, and then they
   * see its result. The row is created first if missing, in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void esperarYRetener(String nombre) {
    try {
      contexto.getBusinessObject(Turnos.class).crearFila(nombre);
    } catch (RuntimeException e) {
      // two nodes created it at once: the other one's is there
      LOG.log(Level.FINE, "Otro nodo creó la fila de " + nombre + " a la vez", e);
    }
    contexto.getBusinessObject(Turnos.class).retener(nombre);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void crearFila(String nombre) {
    Number existe =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM turno WHERE nombre = ?1")
                .setParameter(1, nombre)
                .getSingleResult();
    if (existe.intValue() == 0) {
      em.createNativeQuery("INSERT INTO turno (nombre, nodo, hasta) VALUES (?1, ?2, ?3)")
          .setParameter(1, nombre)
          .setParameter(2, nodo.id())
          .setParameter(3, Fechas.sql(Instant.EPOCH))
          .executeUpdate();
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void retener(String nombre) {
    em.createNativeQuery("SELECT nombre FROM turno WHERE nombre = ?1 FOR UPDATE")
        .setParameter(1, nombre)
        .getResultList();
  }

  /** After the run: the turn stays this node's until {@code hasta} (if it still is this node's). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void dejar(String nombre, String quien, Instant hasta) {
    em.createNativeQuery("UPDATE turno SET hasta = ?1 WHERE nombre = ?2 AND nodo = ?3")
        .setParameter(1, Fechas.sql(hasta))
        .setParameter(2, nombre)
        .setParameter(3, quien)
        .executeUpdate();
  }
}
