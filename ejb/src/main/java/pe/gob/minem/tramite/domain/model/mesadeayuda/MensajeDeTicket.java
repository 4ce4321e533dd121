package pe.gob.minem.tramite.domain.model.mesadeayuda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of a ticket's thread: a mail of the user (with its Message-ID, unique, so the same mail
 * is never added twice), a note of the person who attends it, or what the user was told.
 */
@Entity
@Table(name = "mensaje_de_ticket")
@NamedQuery(
    name = "MensajeDeTicket.delTicket",
    query = "SELECT m FROM MensajeDeTicket m WHERE m.ticketId = :ticket ORDER BY m.instante, m.id")
public class MensajeDeTicket {

  @Id
  @SequenceGenerator(
      name = "mensaje_de_ticket_seq",
      sequenceName = "mensaje_de_ticket_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mensaje_de_ticket_seq")
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private Long ticketId;

  @Column(nullable = false)
  private Instant instante;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TipoDeMensaje tipo;

  @Column(nullable = false, length = 254)
  private String autor;

  @Column(length = 10000)
  private String texto;

  @Column(name = "message_id", length = 500)
  private String messageId;

  protected MensajeDeTicket() {}

  public MensajeDeTicket(
      Ticket ticket,
      Instant instante,
      TipoDeMensaje tipo,
      String autor,
      String texto,
      String messageId) {
    this.ticketId = ticket.getId();
    this.instante = instante;
    this.tipo = tipo;
    this.autor = autor;
    this.texto = texto == null || texto.length() <= 10000 ? texto : texto.substring(0, 10000);
    this.messageId = messageId;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Instant getInstante() {
    return instante;
  }

  public TipoDeMensaje getTipo() {
    return tipo;
  }

  public String getAutor() {
    return autor;
  }

  public String getTexto() {
    return texto;
  }

  public String getMessageId() {
    return messageId;
  }
}
