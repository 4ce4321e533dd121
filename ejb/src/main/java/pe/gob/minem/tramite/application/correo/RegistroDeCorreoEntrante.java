package pe.gob.minem.tramite.application.correo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records a mailbox message and hands it to the portal (ADR 0029) in one transaction: the row in
 * {@code correo_entrante}, whose unique Message-ID makes a message processed once, and the
 * synchronous event {@link CorreoRecibido}, whose observers work in the same transaction. An
 * observer that fails rolls the row back too; the failure is counted apart, and the fifth one
 * records the message FALLIDO with its reason so that it is skipped from then on.
 */
@Stateless
public class RegistroDeCorreoEntrante {

  private static final Logger LOG = Logger.getLogger(RegistroDeCorreoEntrante.class.getName());

  /** Failed attempts after which a message is recorded FALLIDO and no longer tried. */
  public static final int FALLOS_MAXIMOS = 5;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Event<CorreoRecibido> recibido;

  /** Whether this message was already recorded (processed, or given up). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean registrado(String messageId) {
    return !em.createNativeQuery("SELECT id FROM correo_entrante WHERE message_id = ?")
        .setParameter(1, messageId)
        .getResultList()
        .isEmpty();
  }

  /** Records it and fires the event; false if it was recorded before (nothing fired). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean registrar(CorreoLeido c) {
    if (!em.createNativeQuery("SELECT id FROM correo_entrante WHERE message_id = ?")
        .setParameter(1, c.messageId())
        .getResultList()
        .isEmpty()) {
      return false;
    }
    long id = insertar(c, "PROCESADO", null);
    recibido.fire(c.comoEvento(id));
    em.createNativeQuery("DELETE FROM correo_entrante_fallo WHERE message_id = ?")
        .setParameter(1, c.messageId())
        .executeUpdate();
    LOG.info(
        () ->
            "Correo recibido "
                + id
                + " "
                + c.messageId()
                + " ("
                + c.adjuntos().size()
                + " adjuntos"
                + (c.descartados().isEmpty() ? "" : ", " + c.descartados().size() + " descartados")
                + ")");
    return true;
  }

  /**
   * Counts a failed attempt; returns true when that was the last one and the message is now
   * recorded FALLIDO.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean anotarFallo(CorreoLeido c, String motivo) {
    String m = ReclamoDeCorreos.corto(motivo, 1000);
    Timestamp ahora = Timestamp.from(Instant.now());
    int n =
        em.createNativeQuery(
                "UPDATE correo_entrante_fallo SET intentos = intentos + 1, motivo = ?, ultimo = ?"
                    + " WHERE message_id = ?")
            .setParameter(1, m)
            .setParameter(2, ahora)
            .setParameter(3, c.messageId())
            .executeUpdate();
    if (n == 0) {
      em.createNativeQuery(
              "INSERT INTO correo_entrante_fallo (message_id, intentos, motivo, ultimo)"
                  + " VALUES (?, 1, ?, ?)")
          .setParameter(1, c.messageId())
          .setParameter(2, m)
          .setParameter(3, ahora)
          .executeUpdate();
    }
    int intentos =
        ((Number)
                em.createNativeQuery(
                        "SELECT intentos FROM correo_entrante_fallo WHERE message_id = ?")
                    .setParameter(1, c.messageId())
                    .getSingleResult())
            .intValue();
    if (intentos < FALLOS_MAXIMOS) {
      return false;
    }
    long id = insertar(c, "FALLIDO", m);
    LOG.severe(
        () ->
            "El correo recibido "
                + c.messageId()
                + " falló "
                + intentos
                + " veces; queda registrado como FALLIDO ("
                + id
                + ") y no se procesa más: "
                + m);
    return true;
  }

  private long insertar(CorreoLeido c, String estado, String motivo) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('correo_entrante_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO correo_entrante (id, message_id, de, nombre_de, asunto, fecha,"
                + " en_respuesta_a, adjuntos, descartados, estado, motivo, recibido)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, ReclamoDeCorreos.corto(c.messageId(), 500))
        .setParameter(3, ReclamoDeCorreos.corto(c.de(), 320))
        .setParameter(4, ReclamoDeCorreos.corto(c.nombreDe(), 200))
        .setParameter(5, ReclamoDeCorreos.corto(c.asunto(), 1000))
        .setParameter(6, Timestamp.from(c.fecha()))
        .setParameter(7, unir(c.enRespuestaA(), " "))
        .setParameter(
            8,
            unir(c.adjuntos().stream().map(a -> a.nombre() + " (" + a.tipo() + ")").toList(), "; "))
        .setParameter(9, unir(c.descartados(), "; "))
        .setParameter(10, estado)
        .setParameter(11, motivo)
        .setParameter(12, Timestamp.from(Instant.now()))
        .executeUpdate();
    return id;
  }

  private static String unir(List<String> l, String separador) {
    return l.isEmpty() ? null : ReclamoDeCorreos.corto(String.join(separador, l), 4000);
  }
}
