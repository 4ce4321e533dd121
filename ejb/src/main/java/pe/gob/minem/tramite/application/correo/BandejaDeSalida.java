package pe.gob.minem.tramite.application.correo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * The outbox (ADR 0029): a mail is a row written in the caller's transaction, so that a step that
 * rolls back sends nothing, and sent by {@link EnvioDeCorreos} once that transaction commits (or by
 * its periodic sweep, if the wake-up is lost or the server is down). A second mail with the same
 * key is not enqueued.
 */
@Stateless
public class BandejaDeSalida {

  private static final Logger LOG = Logger.getLogger(BandejaDeSalida.class.getName());
  private static final Object DESPERTADOR = new Object();

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject EnvioDeCorreos envio;
  @Inject TransporteDeCorreo transporte;
  @Resource TransactionSynchronizationRegistry transacciones;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void encolar(CorreoSaliente c) {
    validar(c);
    String clave = c.clave().strip();
    boolean existe =
        !em.createNativeQuery("SELECT id FROM correo_saliente WHERE clave = ?")
            .setParameter(1, clave)
            .getResultList()
            .isEmpty();
    if (existe) {
      LOG.fine(() -> "Correo con clave " + clave + " ya en la bandeja de salida; no se repite");
      return;
    }
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('correo_saliente_seq')").getSingleResult())
            .longValue();
    Timestamp ahora = Timestamp.from(Instant.now());
    em.createNativeQuery(
            "INSERT INTO correo_saliente (id, clave, message_id, para, asunto, texto, html,"
                + " referencia, en_respuesta_a, estado, intentos, proximo_intento, creado,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDIENTE', 0, ?, ?, 0)")
        .setParameter(1, id)
        .setParameter(2, clave)
        .setParameter(3, MensajeSaliente.messageId(clave, transporte.remitente()))
        .setParameter(4, c.para().strip())
        .setParameter(5, sinSaltos(c.asunto()))
        .setParameter(6, c.texto())
        .setParameter(7, c.html())
        .setParameter(8, c.referencia())
        .setParameter(9, blancoANulo(c.enRespuestaA()))
        .setParameter(10, ahora)
        .setParameter(11, ahora)
        .executeUpdate();
    LOG.info(() -> "Correo " + id + " encolado (" + c.referencia() + ", clave " + clave + ")");
    despertarAlConfirmar();
  }

  /** Once the caller's transaction commits, the sender runs (asynchronously) for what it wrote. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void despertarAlConfirmar() {
    if (transacciones.getResource(DESPERTADOR) != null) {
      return;
    }
    transacciones.putResource(DESPERTADOR, Boolean.TRUE);
    transacciones.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            if (estado == Status.STATUS_COMMITTED) {
              envio.despertar();
            }
          }
        });
  }

  private static void validar(CorreoSaliente c) {
    if (c == null || c.clave() == null || c.clave().isBlank() || c.clave().strip().length() > 200) {
      throw new DatosInvalidosException(
          "clave", "El correo necesita una clave de 1 a 200 caracteres que lo identifique.");
    }
    if (c.para() == null || c.para().isBlank() || c.para().length() > 320) {
      throw new DatosInvalidosException("para", "Indique la dirección de correo del destinatario.");
    }
    try {
      new InternetAddress(c.para().strip(), true).validate();
    } catch (AddressException e) {
      throw new DatosInvalidosException(
          "para", "«" + c.para() + "» no es una dirección de correo válida.");
    }
    if (c.asunto() == null || c.asunto().isBlank() || c.asunto().length() > 500) {
      throw new DatosInvalidosException(
          "asunto", "El correo necesita un asunto de hasta 500 caracteres.");
    }
    if (c.texto() == null) {
      throw new DatosInvalidosException("texto", "El correo necesita un texto.");
    }
  }

  private static String sinSaltos(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static String blancoANulo(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
