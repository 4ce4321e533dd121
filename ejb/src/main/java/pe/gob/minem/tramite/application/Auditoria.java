package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;

/**
 * The audit trail: one log line and one row per business event. Business events are written in the
 * caller's transaction (they vanish with it if it rolls back, like the action they record); logins
 * and refusals are written in their own, so that they stay even when the action fails.
 */
@Stateless
public class Auditoria {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");

  @PersistenceContext(unitName = "tramite")
  private EntityManager em;

  public void registrar(String usuario, String evento, String objeto, String detalle) {
    LOG.log(nivel(evento), linea(usuario, evento, objeto, detalle));
    em.persist(new RegistroAuditoria(Instant.now(), usuario, evento, objeto, detalle));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void registrarAparte(String usuario, String evento, String objeto, String detalle) {
    LOG.log(nivel(evento), linea(usuario, evento, objeto, detalle));
    em.persist(new RegistroAuditoria(Instant.now(), usuario, evento, objeto, detalle));
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
