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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A request to the Mesa de Ayuda (P/OGA-TI-09, ADR 0031): how it came, who asked and how to reach
 * them, what it is about, and the expediente whose process attends it. The people of the OTI
 * classify it (act. 1) and close it (act. 15); the thread of mails and notes is {@link
 * MensajeDeTicket}, the survey {@link EncuestaDeServicio}.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.porNumero", query = "SELECT t FROM Ticket t WHERE t.numero = :numero")
@NamedQuery(
    name = "Ticket.porExpediente",
    query = "SELECT t FROM Ticket t WHERE t.expedienteNumero = :numero")
@NamedQuery(
    name = "Ticket.porMensaje",
    query =
        "SELECT t FROM Ticket t WHERE t.mensajeId IN :ids OR t.id IN (SELECT m.ticketId FROM"
            + " MensajeDeTicket m WHERE m.messageId IN :ids)")
@NamedQuery(
    name = "Ticket.recientes",
    query = "SELECT t FROM Ticket t ORDER BY t.registrado DESC, t.id DESC")
public class Ticket {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  /** TCK-AAAA-NNNNNN, as written in a mail's subject. */
  public static final Pattern NUMERO = Pattern.compile("TCK-(\\d{4})-(\\d{6})");

  @Id
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  private Long id;

  @Column(nullable = false, length = 20)
  private String numero;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CanalDeTicket canal;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private CategoriaDeTicket categoria;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ImpactoDeTicket impacto;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PrioridadDeTicket prioridad;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoDeTicket estado;

  @Column(nullable = false, length = 300)
  private String asunto;

  @Column(length = 10000)
  private String descripcion;

  @Column(name = "solicitante_nombre", nullable = false, length = 200)
  private String solicitanteNombre;

  @Column(name = "solicitante_correo", length = 254)
  private String solicitanteCorreo;

  @Column(name = "solicitante_usuario", length = 100)
  private String solicitanteUsuario;

  @Column(length = 20)
  private String unidad;

  @Column(name = "codigo_patrimonial", length = 20)
  private String codigoPatrimonial;

  @Column(name = "expediente_numero", nullable = false, length = 30)
  private String expedienteNumero;

  @Column(name = "proceso_id", length = 64)
  private String procesoId;

  /** The Message-ID of the mail that opened it (replies refer to it). */
  @Column(name = "mensaje_id", length = 500)
  private String mensajeId;

  @Column(nullable = false)
  private Instant registrado;

  @Column(name = "registrado_por", nullable = false, length = 100)
  private String registradoPor;

  private Instant cerrado;

  @Version private long version;

  protected Ticket() {}

  /** The data a new ticket starts with. */
  public record Solicitud(
      CanalDeTicket canal,
      String asunto,
      String descripcion,
      String solicitanteNombre,
      String solicitanteCorreo,
      String solicitanteUsuario,
      String unidad,
      String codigoPatrimonial,
      String mensajeId) {}

  public Ticket(
      String numero, Solicitud s, String expedienteNumero, String registradoPor, Instant ahora) {
    this.numero = numero;
    this.canal = s.canal();
    this.asunto = s.asunto();
    this.descripcion = s.descripcion();
    this.solicitanteNombre = s.solicitanteNombre();
    this.solicitanteCorreo = s.solicitanteCorreo();
    this.solicitanteUsuario = s.solicitanteUsuario();
    this.unidad = s.unidad();
    this.codigoPatrimonial = s.codigoPatrimonial();
    this.mensajeId = s.mensajeId();
    this.expedienteNumero = expedienteNumero;
    this.registradoPor = registradoPor;
    this.registrado = ahora;
    this.estado = EstadoDeTicket.REGISTRADO;
  }

  /** The year a ticket registered at {@code ahora} is numbered in (Lima time). */
  public static int anio(Instant ahora) {
    return Year.from(ahora.atZone(LIMA)).getValue();
  }

  /** The ticket number of this correlative in the year of {@code ahora}. */
  public static String numero(Instant ahora, long correlativo) {
    return String.format("TCK-%d-%06d", anio(ahora), correlativo);
  }

  /**
   * Act. 1: what it is about, whom it affects, how soon, the requester's unit; from now on it is
   * being attended.
   */
  public void clasificar(
      CategoriaDeTicket categoria,
      ImpactoDeTicket impacto,
      PrioridadDeTicket prioridad,
      String unidad,
      String codigoPatrimonial) {
    exigirAbierto();
    if (unidad != null && !unidad.isBlank()) {
      this.unidad = unidad;
    }
    this.categoria = categoria;
    this.impacto = impacto;
    this.prioridad = prioridad;
    if (codigoPatrimonial != null && !codigoPatrimonial.isBlank()) {
      this.codigoPatrimonial = codigoPatrimonial.strip().toUpperCase(java.util.Locale.ROOT);
    }
    this.estado = EstadoDeTicket.EN_ATENCION;
  }

  /** Act. 15: attended and closed. */
  public void cerrar(Instant ahora) {
    exigirAbierto();
    this.estado = EstadoDeTicket.CERRADO;
    this.cerrado = ahora;
  }

  public void atenderCon(String procesoId) {
    this.procesoId = procesoId;
  }

  public boolean isCerrado() {
    return estado == EstadoDeTicket.CERRADO;
  }

  private void exigirAbierto() {
    if (isCerrado()) {
      throw new IllegalStateException("El ticket " + numero + " ya está cerrado.");
    }
  }

  public Long getId() {
    return id;
  }

  public String getNumero() {
    return numero;
  }

  public CanalDeTicket getCanal() {
    return canal;
  }

  public CategoriaDeTicket getCategoria() {
    return categoria;
  }

  public ImpactoDeTicket getImpacto() {
    return impacto;
  }

  public PrioridadDeTicket getPrioridad() {
    return prioridad;
  }

  public EstadoDeTicket getEstado() {
    return estado;
  }

  public String getAsunto() {
    return asunto;
  }

  public String getDescripcion() {
    return descripcion;
  }

  public String getSolicitanteNombre() {
    return solicitanteNombre;
  }

  public String getSolicitanteCorreo() {
    return solicitanteCorreo;
  }

  public String getSolicitanteUsuario() {
    return solicitanteUsuario;
  }

  public String getUnidad() {
    return unidad;
  }

  public String getCodigoPatrimonial() {
    return codigoPatrimonial;
  }

  public String getExpedienteNumero() {
    return expedienteNumero;
  }

  public String getProcesoId() {
    return procesoId;
  }

  public String getMensajeId() {
    return mensajeId;
  }

  public Instant getRegistrado() {
    return registrado;
  }

  public String getRegistradoPor() {
    return registradoPor;
  }

  public Instant getCerrado() {
    return cerrado;
  }
}
