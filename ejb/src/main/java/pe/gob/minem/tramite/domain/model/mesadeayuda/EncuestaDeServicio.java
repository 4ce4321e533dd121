package pe.gob.minem.tramite.domain.model.mesadeayuda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The satisfaction survey of a closed ticket (P/OGA-TI-09 act. 15, ADR 0031): mailed as a one-time
 * link whose token is kept only as its SHA-256, answered once before it expires, one reminder if
 * unanswered. Four questions on a 1–5 scale and an optional comment.
 */
@Entity
@Table(name = "encuesta_de_servicio")
@NamedQuery(
    name = "EncuestaDeServicio.porToken",
    query = "SELECT e FROM EncuestaDeServicio e WHERE e.tokenSha256 = :hash")
@NamedQuery(
    name = "EncuestaDeServicio.sinRespuesta",
    query =
        "SELECT e FROM EncuestaDeServicio e WHERE e.respondida IS NULL AND e.recordatorio IS NULL"
            + " AND e.enviada <= :antes AND e.vence > :ahora ORDER BY e.enviada")
public class EncuestaDeServicio {

  /** The questions, in order: what a person reads. */
  public static final String[] PREGUNTAS = {
    "¿Cómo califica la rapidez con que se atendió su solicitud?",
    "¿En qué medida se resolvió lo que usted solicitó?",
    "¿Cómo califica el trato del personal que lo atendió?",
    "En general, ¿cómo califica el servicio de la Mesa de Ayuda?"
  };

  /** The answers of the 1–5 scale. */
  public static final String[] ESCALA = {"Muy malo", "Malo", "Regular", "Bueno", "Muy bueno"};

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "token_sha256", nullable = false, length = 64)
  private String tokenSha256;

  @Column(nullable = false)
  private Instant enviada;

  @Column(nullable = false)
  private Instant vence;

  private Instant recordatorio;

  private Instant respondida;

  private Integer rapidez;
  private Integer solucion;
  private Integer trato;
  private Integer satisfaccion;

  @Column(length = 2000)
  private String comentario;

  @Version private long version;

  protected EncuestaDeServicio() {}

  public EncuestaDeServicio(Ticket ticket, String tokenSha256, Instant enviada, Instant vence) {
    this.ticketId = ticket.getId();
    this.tokenSha256 = tokenSha256;
    this.enviada = enviada;
    this.vence = vence;
  }

  /** Whether it can still be answered at {@code ahora}. */
  public boolean abierta(Instant ahora) {
    return respondida == null && ahora.isBefore(vence);
  }

  /** The answer, once: each of the four on the 1–5 scale, the comment optional. */
  public void responder(int[] respuestas, String comentario, Instant ahora) {
    if (respondida != null) {
      throw new IllegalStateException("La encuesta ya fue respondida.");
    }
    if (respuestas.length != PREGUNTAS.length) {
      throw new IllegalArgumentException("Se esperan " + PREGUNTAS.length + " respuestas");
    }
    for (int r : respuestas) {
      if (r < 1 || r > ESCALA.length) {
        throw new IllegalArgumentException("Respuesta fuera de la escala: " + r);
      }
    }
    this.rapidez = respuestas[0];
    this.solucion = respuestas[1];
    this.trato = respuestas[2];
    this.satisfaccion = respuestas[3];
    this.comentario = comentario == null || comentario.isBlank() ? null : comentario.strip();
    this.respondida = ahora;
  }

  /** The one reminder, with a new link: the first link stops working. */
  public void recordar(Instant ahora, String nuevoTokenSha256) {
    if (recordatorio != null) {
      throw new IllegalStateException("La encuesta ya tuvo su recordatorio.");
    }
    this.recordatorio = ahora;
    this.tokenSha256 = nuevoTokenSha256;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Instant getEnviada() {
    return enviada;
  }

  public Instant getVence() {
    return vence;
  }

  public Instant getRecordatorio() {
    return recordatorio;
  }

  public Instant getRespondida() {
    return respondida;
  }

  /** The four answers in the order of {@link #PREGUNTAS}; nulls while unanswered. */
  public Integer[] respuestas() {
    return new Integer[] {rapidez, solucion, trato, satisfaccion};
  }

  public String getComentario() {
    return comentario;
  }
}
