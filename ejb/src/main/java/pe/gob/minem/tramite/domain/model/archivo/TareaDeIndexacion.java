package pe.gob.minem.tramite.domain.model.archivo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A row of the durable indexing queue: this expediente changed (registered, derived, a document or
 * version added, signed…) and its index entries must be brought up to date. Written in the same
 * transaction as the change; taken by the worker after commit or after a restart.
 */
@Entity
@Table(name = "tarea_indexacion")
public class TareaDeIndexacion {

  /** Where the row is. */
  public enum Estado {
    PENDIENTE,
    EN_CURSO,
    HECHA,
    FALLIDA
  }

  public static final int MAXIMO_INTENTOS = 5;

  @Id
  @SequenceGenerator(
      name = "tarea_indexacion_seq",
      sequenceName = "tarea_indexacion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tarea_indexacion_seq")
  private Long id;

  @Column(name = "expediente_id", nullable = false)
  private long expedienteId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Estado estado;

  @Column(nullable = false)
  private int intentos;

  @Column(name = "proximo_intento", nullable = false)
  private Instant proximoIntento;

  @Column(length = 500)
  private String motivo;

  @Column(nullable = false)
  private Instant creada;

  private Instant terminada;

  protected TareaDeIndexacion() {}

  public TareaDeIndexacion(long expedienteId, Instant ahora) {
    this.expedienteId = expedienteId;
    this.estado = Estado.PENDIENTE;
    this.proximoIntento = ahora;
    this.creada = ahora;
  }

  public void tomar() {
    this.estado = Estado.EN_CURSO;
    this.intentos++;
  }

  public void terminar(Instant ahora) {
    this.estado = Estado.HECHA;
    this.terminada = ahora;
    this.motivo = null;
  }

  /** Back to the queue with a growing wait, or failed for good after {@link #MAXIMO_INTENTOS}. */
  public void fallo(String motivo, Instant ahora) {
    this.motivo = motivo == null ? null : motivo.substring(0, Math.min(motivo.length(), 500));
    if (intentos >= MAXIMO_INTENTOS) {
      this.estado = Estado.FALLIDA;
      this.terminada = ahora;
    } else {
      this.estado = Estado.PENDIENTE;
      this.proximoIntento = ahora.plus(Duration.ofSeconds(5L << intentos));
    }
  }

  public Long getId() {
    return id;
  }

  public long getExpedienteId() {
    return expedienteId;
  }

  public Estado getEstado() {
    return estado;
  }

  public int getIntentos() {
    return intentos;
  }

  public String getMotivo() {
    return motivo;
  }

  public Instant getCreada() {
    return creada;
  }
}
