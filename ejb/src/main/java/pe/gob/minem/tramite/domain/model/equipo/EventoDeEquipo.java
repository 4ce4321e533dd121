package pe.gob.minem.tramite.domain.model.equipo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of an item's history, kept for ever: what happened (registration, change, ticket,
 * maintenance…), when, who recorded it, and the expediente or ticket it belongs to, if any.
 */
@Entity
@Table(name = "evento_equipo")
public class EventoDeEquipo {

  public static final int LARGO_DESCRIPCION = 2000;
  public static final int LARGO_REFERENCIA = 60;

  @Id
  @SequenceGenerator(
      name = "evento_equipo_seq",
      sequenceName = "evento_equipo_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evento_equipo_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "equipo_id", nullable = false)
  private Equipo equipo;

  @Column(nullable = false)
  private Instant instante;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TipoDeEventoDeEquipo tipo;

  @Column(length = LARGO_DESCRIPCION)
  private String descripcion;

  @Column(length = LARGO_REFERENCIA)
  private String referencia;

  @Column(nullable = false, length = 60)
  private String actor;

  protected EventoDeEquipo() {}

  public EventoDeEquipo(
      Equipo equipo,
      Instant instante,
      TipoDeEventoDeEquipo tipo,
      String descripcion,
      String referencia,
      String actor) {
    this.equipo = Objects.requireNonNull(equipo, "equipo");
    this.instante = Objects.requireNonNull(instante, "instante");
    this.tipo = Objects.requireNonNull(tipo, "tipo");
    this.descripcion = recortar(descripcion, LARGO_DESCRIPCION);
    this.referencia = recortar(referencia, LARGO_REFERENCIA);
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  private static String recortar(String s, int largo) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() <= largo ? t : t.substring(0, largo - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Equipo getEquipo() {
    return equipo;
  }

  public Instant getInstante() {
    return instante;
  }

  public TipoDeEventoDeEquipo getTipo() {
    return tipo;
  }

  public String getDescripcion() {
    return descripcion;
  }

  public String getReferencia() {
    return referencia;
  }

  public String getActor() {
    return actor;
  }
}
