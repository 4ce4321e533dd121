package pe.gob.minem.tramite.domain.model.expediente;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** The paper original sent (remitido en físico) to a unit or a person, until it is received. */
@Entity
@Table(name = "remision_fisica")
public class RemisionFisica {

  @Id
  @SequenceGenerator(name = "remision_seq", sequenceName = "remision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remision_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expediente_id")
  private Expediente expediente;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unidad_origen_id")
  private UnidadOrganica unidadOrigen;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unidad_destino_id")
  private UnidadOrganica unidadDestino;

  @ManyToOne
  @JoinColumn(name = "persona_destino_id")
  private Persona personaDestino;

  @Column(name = "enviado_por", nullable = false, length = 60)
  private String enviadoPor;

  @Column(name = "fecha_envio", nullable = false)
  private Instant fechaEnvio;

  @Column(name = "recibido_por", length = 60)
  private String recibidoPor;

  @Column(name = "fecha_recepcion")
  private Instant fechaRecepcion;

  @Column(nullable = false)
  private int folios;

  @Version private long version;

  protected RemisionFisica() {}

  public RemisionFisica(
      Expediente expediente,
      UnidadOrganica origen,
      UnidadOrganica destino,
      Persona personaDestino,
      String enviadoPor,
      Instant fechaEnvio) {
    this.expediente = expediente;
    this.unidadOrigen = origen;
    this.unidadDestino = destino;
    this.personaDestino = personaDestino;
    this.enviadoPor = enviadoPor;
    this.fechaEnvio = fechaEnvio;
    this.folios = expediente.getFolios();
  }

  /** The receiver confirms the paper arrived. */
  public void confirmarRecepcion(String usuario, Instant ahora) {
    if (fechaRecepcion != null) {
      throw new ConflictoException(
          "La recepción física ya fue confirmada por " + recibidoPor + ".");
    }
    recibidoPor = usuario;
    fechaRecepcion = ahora;
  }

  /** Who may confirm: the person it was sent to, or anyone of the destination unit. */
  public boolean puedeRecibir(Persona persona) {
    if (personaDestino != null) {
      return personaDestino.getUsuario().equals(persona.getUsuario());
    }
    return persona.perteneceA(unidadDestino.getCodigo());
  }

  public boolean isPendiente() {
    return fechaRecepcion == null;
  }

  public Long getId() {
    return id;
  }

  public Expediente getExpediente() {
    return expediente;
  }

  public UnidadOrganica getUnidadOrigen() {
    return unidadOrigen;
  }

  public UnidadOrganica getUnidadDestino() {
    return unidadDestino;
  }

  public Persona getPersonaDestino() {
    return personaDestino;
  }

  public String getEnviadoPor() {
    return enviadoPor;
  }

  public Instant getFechaEnvio() {
    return fechaEnvio;
  }

  public String getRecibidoPor() {
    return recibidoPor;
  }

  public Instant getFechaRecepcion() {
    return fechaRecepcion;
  }

  public int getFolios() {
    return folios;
  }
}
