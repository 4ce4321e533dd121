package pe.gob.minem.tramite.domain.model.plazo;

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
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * A notice to one person about a step's plazo: it ends today ({@link Tipo#PLAZO_POR_VENCER}, to
 * whoever holds the step) or it has passed ({@link Tipo#PLAZO_VENCIDO}, to the director of the
 * step's unit). At most one of each kind per person and task.
 */
@Entity
@Table(name = "aviso")
@NamedQuery(
    name = "Aviso.de",
    query = "SELECT a FROM Aviso a WHERE a.usuario = :usuario ORDER BY a.creado DESC")
@NamedQuery(
    name = "Aviso.hasta",
    query =
        "SELECT a FROM Aviso a WHERE a.usuario = :usuario AND a.creado <= :ahora"
            + " ORDER BY a.creado DESC")
@NamedQuery(
    name = "Aviso.existe",
    query =
        "SELECT COUNT(a) FROM Aviso a WHERE a.usuario = :usuario AND a.tipo = :tipo AND a.tareaId ="
            + " :tarea")
public class Aviso {

  public enum Tipo implements ConEtiqueta {
    PLAZO_POR_VENCER("Plazo por vencer"),
    PLAZO_VENCIDO("Plazo vencido");

    private final String etiqueta;

    Tipo(String etiqueta) {
      this.etiqueta = etiqueta;
    }

    @Override
    public String etiqueta() {
      return etiqueta;
    }
  }

  @Id
  @SequenceGenerator(name = "aviso_seq", sequenceName = "aviso_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aviso_seq")
  private Long id;

  @Column(nullable = false, length = 60)
  private String usuario;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Tipo tipo;

  @Column(name = "tarea_id", nullable = false, length = 64)
  private String tareaId;

  @Column(name = "numero_expediente", length = 40)
  private String numeroExpediente;

  @Column(nullable = false, length = 500)
  private String texto;

  private Instant vence;

  @Column(nullable = false)
  private Instant creado;

  private Instant leido;

  protected Aviso() {}

  public Aviso(
      String usuario,
      Tipo tipo,
      String tareaId,
      String numeroExpediente,
      String texto,
      Instant vence,
      Instant creado) {
    this.usuario = usuario;
    this.tipo = tipo;
    this.tareaId = tareaId;
    this.numeroExpediente = numeroExpediente;
    this.texto = texto.length() <= 500 ? texto : texto.substring(0, 499) + "…";
    this.vence = vence;
    this.creado = creado;
  }

  public void marcarLeido(Instant cuando) {
    if (leido == null) {
      leido = cuando;
    }
  }

  public Long getId() {
    return id;
  }

  public String getUsuario() {
    return usuario;
  }

  public Tipo getTipo() {
    return tipo;
  }

  public String getTareaId() {
    return tareaId;
  }

  public String getNumeroExpediente() {
    return numeroExpediente;
  }

  public String getTexto() {
    return texto;
  }

  public Instant getVence() {
    return vence;
  }

  public Instant getCreado() {
    return creado;
  }

  public Instant getLeido() {
    return leido;
  }
}
