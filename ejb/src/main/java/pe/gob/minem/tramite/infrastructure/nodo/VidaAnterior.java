package pe.gob.minem.tramite.infrastructure.nodo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, frees what this instance held in its previous life (ADR 0041): an instance's name is
 * unique in the cluster, so rows held by another life of the same name belong to a JVM that is gone
 * (killed, or stopped while it held them). Without this, a periodic job's turn taken just before a
 * kill -9, or whose release failed while the database was down, stayed held until its maximum (up
 * to hours) by a node id that no longer exists; a batch whose node restarted waited for its lease
 * to run out. Its turns become anyone's and its unfinished batches' leases expire now, so that
 * RetomaDeLotes takes them at its next round.
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class VidaAnterior {

  private static final Logger LOG = Logger.getLogger(VidaAnterior.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Nodo nodo;

  // not an overload of liberar(…): Payara finds a lifecycle callback by its name, and took the
  // other one («wrong number of arguments»)
  @PostConstruct
  void alIniciar() {
    try {
      int[] n = liberar(nodo.id(), Instant.now());
      if (n[0] + n[1] > 0) {
        LOG.info(
            () ->
                "Liberado lo que tenía la vida anterior de "
                    + Nodo.instancia(nodo.id())
                    + ": "
                    + n[0]
                    + " turno(s), "
                    + n[1]
                    + " lote(s) de firma");
      }
    } catch (RuntimeException e) {
      // never stops the start: the rows still run out on their own
      LOG.log(Level.WARNING, "No se pudo liberar lo que tenía la vida anterior de este nodo", e);
    }
  }

  /** Frees the rows of {@code yo}'s other lives; returns {turns, batches}. */
  int[] liberar(String yo, Instant ahora) {
    String otrasVidas =
        Nodo.instancia(yo).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "-%";
    int turnos =
        em.createNativeQuery(
                "UPDATE turno SET hasta = ?1 WHERE nodo LIKE ?2 ESCAPE '!' AND nodo <> ?3"
                    + " AND hasta > ?1")
            .setParameter(1, Fechas.sql(ahora))
            .setParameter(2, otrasVidas)
            .setParameter(3, yo)
            .executeUpdate();
    int lotes =
        em.createNativeQuery(
                "UPDATE lote_de_firma SET vence = ?1 WHERE nodo LIKE ?2 ESCAPE '!' AND nodo <> ?3"
                    + " AND fin IS NULL AND vence > ?1")
            .setParameter(1, Fechas.sql(ahora))
            .setParameter(2, otrasVidas)
            .setParameter(3, yo)
            .executeUpdate();
    return new int[] {turnos, lotes};
  }
}
