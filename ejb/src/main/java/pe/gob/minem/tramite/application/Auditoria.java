package pe.gob.minem.tramite.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;

/**
 * The audit trail: one log line and one row per business event. Business events are written in the
 * caller's transaction (they vanish with it if it rolls back, like the action they record); logins
 * and refusals are written in their own, so that they stay even when the action fails. User, object
 * and detail often carry what someone typed (a login name, a path): their control characters are
 * neutralised, so that nobody can forge or hide a log line, and they are cut to their columns.
 *
 * <p>Every row is chained (ADR 0020): the transaction locks the chain's head, the row takes the
 * next place and the head's hash, and the head moves to it. The lock is held until the transaction
 * ends, so audited transactions commit one after another from their first audit row on. A thread
 * that holds the head in a suspended transaction and asks for a row apart (REQUIRES_NEW) would wait
 * for itself: that row is written by another thread instead, once the holder ends.
 */
@Stateless
public class Auditoria {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");

  /** Threads holding the chain's head, and the transaction that holds it. */
  private static final Map<Thread, Object> CABEZA_TOMADA = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transacciones;
  @Resource ManagedExecutorService ejecutor;
  @Resource SessionContext contexto;

  public void registrar(String usuario, String evento, String objeto, String detalle) {
    guardar(usuario, evento, objeto, detalle);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void registrarAparte(String usuario, String evento, String objeto, String detalle) {
    guardar(usuario, evento, objeto, detalle);
  }

  private void guardar(String usuario, String evento, String objeto, String detalle) {
    var r =
        new RegistroAuditoria(
            Instant.now(), neutralizar(usuario), evento, neutralizar(objeto), neutralizar(detalle));
    LOG.log(nivel(evento), linea(r.getUsuario(), evento, r.getObjeto(), r.getDetalle()));
    if (!tomarCabeza()) {
      Auditoria aparte = contexto.getBusinessObject(Auditoria.class);
      ejecutor.execute(() -> aparte.registrarAparte(usuario, evento, objeto, detalle));
      return;
    }
    em.find(CabezaDeCadena.class, CabezaDeCadena.ID, LockModeType.PESSIMISTIC_WRITE).enlazar(r);
    em.persist(r);
  }

  /**
   * Whether this transaction may lock the chain's head: not when this thread already holds it in
   * another (suspended) transaction.
   */
  private boolean tomarCabeza() {
    if (transacciones == null) {
      return true; // outside a container (unit tests)
    }
    Object esta = transacciones.getTransactionKey();
    Thread hilo = Thread.currentThread();
    Object otra = CABEZA_TOMADA.putIfAbsent(hilo, esta);
    if (otra == null) {
      transacciones.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int estado) {
              CABEZA_TOMADA.remove(hilo, esta); // also when a timeout ends it on another thread
            }
          });
      return true;
    }
    return otra.equals(esta);
  }

  /**
   * The text with '_' in place of every character that could break or disguise a log line: ISO
   * controls (CR, LF, TAB, ESC, NEL…), the Unicode line and paragraph separators and the
   * bidirectional overrides. Null stays null; a text without them is returned as is.
   */
  public static String neutralizar(String texto) {
    if (texto == null || texto.chars().noneMatch(Auditoria::peligroso)) {
      return texto;
    }
    var sb = new StringBuilder(texto.length());
    texto.chars().forEach(c -> sb.append(peligroso(c) ? '_' : (char) c));
    return sb.toString();
  }

  private static boolean peligroso(int c) {
    return Character.isISOControl(c)
        || c == '\u2028' // line separator
        || c == '\u2029' // paragraph separator
        || c == '\u200e' // left-to-right mark
        || c == '\u200f' // right-to-left mark
        || (c >= '\u202a' && c <= '\u202e') // bidi embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069'); // bidi isolates
  }

  private static Level nivel(String evento) {
    return evento.startsWith("RECHAZO")
            || evento.startsWith("BLOQUEO")
            || evento.contains("FALLIDO")
        ? Level.WARNING
        : Level.INFO;
  }

  private static String linea(String usuario, String evento, String objeto, String detalle) {
    return evento
        + " usuario="
        + usuario
        + (objeto == null ? "" : " objeto=" + objeto)
        + (detalle == null ? "" : " — " + detalle);
  }
}
