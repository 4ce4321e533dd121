package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.EncuestaDeServicio;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The satisfaction survey of P/OGA-TI-09 act. 15 (ADR 0031). Closing a ticket creates it with a
 * one-time link: 32 random bytes, of which the portal keeps only the SHA-256, so the link cannot be
 * guessed or forged and a copy of the database does not give it away. The public page answers it
 * once, before it expires; an unanswered one gets one reminder.
 */
@Stateless
public class EncuestasDeServicio {

  private static final Logger LOG = Logger.getLogger(EncuestasDeServicio.class.getName());
  private static final SecureRandom AZAR = new SecureRandom();

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Auditoria auditoria;
  @Inject AvisosDeTicket avisos;
  @Inject Flujos flujos;

  @Inject
  @ConfigProperty(name = "tramite.url-publica", defaultValue = "http://localhost:8080")
  String urlPublica;

  /** How long the link can be answered. */
  @Inject
  @ConfigProperty(name = "tramite.encuesta.vigencia", defaultValue = "P30D")
  Duration vigencia;

  /** What a person sees of a survey, by its link. */
  public record Vista(
      String ticket, String asunto, String solicitante, boolean abierta, boolean respondida)
      implements java.io.Serializable {}

  /**
   * The survey of a ticket just closed, in the step's transaction; its link, or null when the
   * ticket has no mail to send it to.
   */
  public String crear(Ticket t, Instant ahora) {
    if (t.getSolicitanteCorreo() == null) {
      return null;
    }
    String token = nuevoToken();
    em.persist(new EncuestaDeServicio(t, sha256(token), ahora, ahora.plus(vigencia)));
    return enlace(token);
  }

  public Vista ver(String token) {
    var e = porToken(token, false);
    Ticket t = em.find(Ticket.class, e.getTicketId());
    return new Vista(
        t.getNumero(),
        t.getAsunto(),
        t.getSolicitanteNombre(),
        e.abierta(flujos.ahora()),
        e.getRespondida() != null);
  }

  /** The answer, once: four answers 1–5 and an optional comment. */
  public String responder(String token, int[] respuestas, String comentario, String origen) {
    var e = porToken(token, true);
    Ticket t = em.find(Ticket.class, e.getTicketId());
    Instant ahora = flujos.ahora();
    if (e.getRespondida() != null) {
      auditoria.registrarAparte(
          "anonimo", "RECHAZO_ENCUESTA", t.getNumero(), "ya respondida; " + origen);
      throw new ConflictoException(
          "Esta encuesta ya fue respondida. Gracias por su tiempo: cada encuesta se responde una"
              + " sola vez.");
    }
    if (!e.abierta(ahora)) {
      auditoria.registrarAparte("anonimo", "RECHAZO_ENCUESTA", t.getNumero(), "vencida; " + origen);
      throw new ConflictoException(
          "El plazo para responder esta encuesta venció. Si desea opinar sobre la atención,"
              + " escriba a la Mesa de Ayuda.");
    }
    if (respuestas == null || respuestas.length != EncuestaDeServicio.PREGUNTAS.length) {
      throw new DatosInvalidosException("respuestas", "Responda las cuatro preguntas.");
    }
    for (int i = 0; i < respuestas.length; i++) {
      if (respuestas[i] < 1 || respuestas[i] > EncuestaDeServicio.ESCALA.length) {
        throw new DatosInvalidosException(
            "pregunta" + (i + 1),
            "Responda la pregunta " + (i + 1) + " con una opción de «Muy malo» a «Muy bueno».");
      }
    }
    if (comentario != null && comentario.strip().length() > 2000) {
      throw new DatosInvalidosException(
          "comentario", "El comentario admite hasta 2000 caracteres.");
    }
    e.responder(respuestas, comentario, ahora);
    auditoria.registrar("anonimo", "ENCUESTA_RESPONDIDA", t.getNumero(), origen);
    LOG.info(() -> "Encuesta del ticket " + t.getNumero() + " respondida");
    return t.getNumero();
  }

  /** Surveys sent before {@code antes}, unanswered, not reminded and still open. */
  public List<EncuestaDeServicio> porRecordar(Instant antes, Instant ahora, int maximo) {
    return em.createNamedQuery("EncuestaDeServicio.sinRespuesta", EncuestaDeServicio.class)
        .setParameter("antes", antes)
        .setParameter("ahora", ahora)
        .setMaxResults(maximo)
        .getResultList();
  }

  /**
   * The reminder of one survey, in its own transaction with its mail: a new link (the first one's
   * token is not kept, so it cannot be sent again), the old one no longer valid. False when it was
   * answered or reminded meanwhile.
   */
  public boolean recordar(long ticketId, Instant ahora) {
    var e = em.find(EncuestaDeServicio.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null || e.getRecordatorio() != null || !e.abierta(ahora)) {
      return false;
    }
    String token = nuevoToken();
    e.recordar(ahora, sha256(token));
    avisos.recordatorio(em.find(Ticket.class, ticketId), enlace(token));
    return true;
  }

  private static String nuevoToken() {
    byte[] b = new byte[32];
    AZAR.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private EncuestaDeServicio porToken(String token, boolean bloquear) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      throw new NoEncontradoException(
          "El enlace de la encuesta no es válido. Use el enlace completo del correo que recibió.");
    }
    var q =
        em.createNamedQuery("EncuestaDeServicio.porToken", EncuestaDeServicio.class)
            .setParameter("hash", sha256(token));
    if (bloquear) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new NoEncontradoException(
                    "El enlace de la encuesta no es válido o fue reemplazado por el del"
                        + " recordatorio. Use el enlace del último correo que recibió."));
  }

  private String enlace(String token) {
    String base = urlPublica.endsWith("/") ? urlPublica : urlPublica + "/";
    return base + "encuesta.xhtml?t=" + token;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
