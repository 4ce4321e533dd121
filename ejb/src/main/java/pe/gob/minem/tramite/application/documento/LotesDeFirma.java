package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.infrastructure.nodo.Fechas;

/**
 * The batches of signatures in the database (ADR 0041), so that any node can report a batch's
 * progress and finish it when the node that ran it dies: one row per batch with its lease (which
 * node works on it until when) and one per document, PENDIENTE until its outcome is written. Every
 * method joins the caller's transaction; the outcome FIRMADO is written in the signature's own.
 */
@Stateless
public class LotesDeFirma {

  /** What happened to a document of a batch. */
  public enum Estado {
    PENDIENTE,
    FIRMADO,
    FALLIDO
  }

  /** The outcome of one document of a batch. */
  public record Resultado(
      String tareaId, String numero, String documento, boolean firmado, String mensaje)
      implements java.io.Serializable {}

  /** What a batch has done so far. */
  public record Progreso(
      String id, String usuario, int total, List<Resultado> resultados, Instant inicio, Instant fin)
      implements Serializable {
    public int hechos() {
      return resultados.size();
    }

    public boolean terminado() {
      return fin != null;
    }

    public long firmados() {
      return resultados.stream().filter(Resultado::firmado).count();
    }
  }

  /** A document still to sign: its place in the batch and its task. */
  public record Pendiente(int orden, String tareaId) {}

  /** A batch whose node stopped renewing its lease, with documents perhaps still pending. */
  public record Abandonado(String id, String usuario) {}

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  /** Writes a new batch, leased to {@code nodo} until {@code vence}; every document pending. */
  public void abrir(
      String id, String usuario, List<String> tareas, String nodo, Instant ahora, Instant vence) {
    em.createNativeQuery(
            "INSERT INTO lote_de_firma (id, usuario, total, inicio, nodo, vence)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, id)
        .setParameter(2, usuario)
        .setParameter(3, tareas.size())
        .setParameter(4, Fechas.sql(ahora))
        .setParameter(5, nodo)
        .setParameter(6, Fechas.sql(vence))
        .executeUpdate();
    for (int i = 0; i < tareas.size(); i++) {
      em.createNativeQuery(
              "INSERT INTO tarea_de_lote (lote_id, orden, tarea_id, estado) VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, i)
          .setParameter(3, tareas.get(i))
          .setParameter(4, Estado.PENDIENTE.name())
          .executeUpdate();
    }
  }

  /** The batch's documents still pending, in order. */
  public List<Pendiente> pendientes(String lote) {
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "SELECT orden, tarea_id FROM tarea_de_lote WHERE lote_id = ?1 AND estado = ?2"
                    + " ORDER BY orden")
            .setParameter(1, lote)
            .setParameter(2, Estado.PENDIENTE.name())
            .getResultList();
    return filas.stream()
        .map(f -> new Pendiente(((Number) f[0]).intValue(), (String) f[1]))
        .toList();
  }

  /**
   * Writes a document's outcome if it is still pending; false if another worker already did (or is
   * doing it: this waits for its row lock, then finds it no longer pending). Called first in the
   * signature's transaction, it is also the claim: the row stays locked until that transaction
   * commits (the outcome stands) or rolls back (the document is pending again).
   */
  public boolean anotar(
      String lote,
      int orden,
      Estado estado,
      String numero,
      String documento,
      String mensaje,
      Instant ahora) {
    return em.createNativeQuery(
                "UPDATE tarea_de_lote SET estado = ?1, numero = ?2, documento = ?3, mensaje = ?4,"
                    + " hecha = ?5 WHERE lote_id = ?6 AND orden = ?7 AND estado = ?8")
            .setParameter(1, estado.name())
            .setParameter(2, numero)
            .setParameter(3, recortar(documento, 300))
            .setParameter(4, recortar(mensaje, 1000))
            .setParameter(5, Fechas.sql(ahora))
            .setParameter(6, lote)
            .setParameter(7, orden)
            .setParameter(8, Estado.PENDIENTE.name())
            .executeUpdate()
        == 1;
  }

  /** Fills in the number and document of an outcome written before they were known. */
  public void describir(String lote, int orden, String numero, String documento) {
    em.createNativeQuery(
            "UPDATE tarea_de_lote SET numero = ?1, documento = ?2 WHERE lote_id = ?3 AND orden = ?4")
        .setParameter(1, numero)
        .setParameter(2, recortar(documento, 300))
        .setParameter(3, lote)
        .setParameter(4, orden)
        .executeUpdate();
  }

  /** Extends the lease while this node still holds it; false if another node took the batch. */
  public boolean renovar(String lote, String nodo, Instant vence) {
    return em.createNativeQuery(
                "UPDATE lote_de_firma SET vence = ?1 WHERE id = ?2 AND nodo = ?3 AND fin IS NULL")
            .setParameter(1, Fechas.sql(vence))
            .setParameter(2, lote)
            .setParameter(3, nodo)
            .executeUpdate()
        == 1;
  }

  /** The unfinished batches whose lease ran out before {@code ahora}. */
  public List<Abandonado> abandonados(Instant ahora) {
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "SELECT id, usuario FROM lote_de_firma WHERE fin IS NULL AND vence < ?1"
                    + " ORDER BY inicio")
            .setParameter(1, Fechas.sql(ahora))
            .setMaxResults(20)
            .getResultList();
    return filas.stream().map(f -> new Abandonado((String) f[0], (String) f[1])).toList();
  }

  /**
   * Takes over a batch whose lease ran out: only one node's conditional update finds it still
   * expired, so only one node resumes it.
   */
  public boolean retomar(String lote, String nodo, Instant ahora, Instant vence) {
    return em.createNativeQuery(
                "UPDATE lote_de_firma SET nodo = ?1, vence = ?2"
                    + " WHERE id = ?3 AND fin IS NULL AND vence < ?4")
            .setParameter(1, nodo)
            .setParameter(2, Fechas.sql(vence))
            .setParameter(3, lote)
            .setParameter(4, Fechas.sql(ahora))
            .executeUpdate()
        == 1;
  }

  /** Marks the batch finished if no document is pending any more; true if it now is. */
  public boolean cerrarSiTermino(String lote, Instant ahora) {
    em.createNativeQuery(
            "UPDATE lote_de_firma SET fin = ?1 WHERE id = ?2 AND fin IS NULL AND NOT EXISTS"
                + " (SELECT 1 FROM tarea_de_lote t WHERE t.lote_id = ?2 AND t.estado = ?3)")
        .setParameter(1, Fechas.sql(ahora))
        .setParameter(2, lote)
        .setParameter(3, Estado.PENDIENTE.name())
        .executeUpdate();
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM lote_de_firma WHERE id = ?1 AND fin IS NOT NULL")
                    .setParameter(1, lote)
                    .getSingleResult())
            .intValue()
        == 1;
  }

  /** The batch's progress, only for the person who started it. */
  public Optional<Progreso> progreso(String id, String usuario) {
    @SuppressWarnings("unchecked")
    List<Object[]> lote =
        em.createNativeQuery("SELECT usuario, total, inicio, fin FROM lote_de_firma WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (lote.isEmpty() || !lote.get(0)[0].equals(usuario)) {
      return Optional.empty();
    }
    Object[] l = lote.get(0);
    @SuppressWarnings("unchecked")
    List<Object[]> hechas =
        em.createNativeQuery(
                "SELECT tarea_id, numero, documento, estado, mensaje FROM tarea_de_lote"
                    + " WHERE lote_id = ?1 AND estado <> ?2 ORDER BY hecha, orden")
            .setParameter(1, id)
            .setParameter(2, Estado.PENDIENTE.name())
            .getResultList();
    var resultados =
        hechas.stream()
            .map(
                f ->
                    new Resultado(
                        (String) f[0],
                        (String) f[1],
                        (String) f[2],
                        Estado.FIRMADO.name().equals(f[3]),
                        (String) f[4]))
            .toList();
    return Optional.of(
        new Progreso(
            id,
            usuario,
            ((Number) l[1]).intValue(),
            resultados,
            Fechas.instante(l[2]),
            Fechas.instante(l[3])));
  }

  /** Deletes the batches finished more than {@code antiguedad} ago (their documents cascade). */
  public int purgar(Instant ahora, Duration antiguedad) {
    em.createNativeQuery(
            "DELETE FROM tarea_de_lote WHERE lote_id IN"
                + " (SELECT id FROM lote_de_firma WHERE fin < ?1)")
        .setParameter(1, Fechas.sql(ahora.minus(antiguedad)))
        .executeUpdate();
    return em.createNativeQuery("DELETE FROM lote_de_firma WHERE fin < ?1")
        .setParameter(1, Fechas.sql(ahora.minus(antiguedad)))
        .executeUpdate();
  }

  private static String recortar(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
