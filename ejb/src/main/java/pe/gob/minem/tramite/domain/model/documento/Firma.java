package pe.gob.minem.tramite.domain.model.documento;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PAdES signature put on a version: a V°B° or the suscripción. */
@Entity
@Table(name = "firma")
public class Firma {

  public enum Clase {
    VISTO_BUENO("Doy V°B°"),
    SUSCRIPCION("Firmo en señal de conformidad");

    private final String motivo;

    Clase(String motivo) {
      this.motivo = motivo;
    }

    public String motivo() {
      return motivo;
    }
  }

  @Id
  @SequenceGenerator(name = "firma_seq", sequenceName = "firma_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "firma_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "documento_id")
  private Documento documento;

  /** The version this signature produced. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private VersionDocumento version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Clase clase;

  @Column(nullable = false)
  private int actividad;

  @Column(nullable = false, length = 60)
  private String firmante;

  @Column(name = "firmante_nombre", nullable = false, length = 250)
  private String firmanteNombre;

  @Column(nullable = false, length = 200)
  private String cargo;

  @Column(nullable = false)
  private Instant fecha;

  @Column(nullable = false, length = 30)
  private String nivel;

  @Column(nullable = false, length = 20)
  private String indicacion;

  @Column(nullable = false)
  private boolean anulada;

  @Column(name = "motivo_anulacion", length = 300)
  private String motivoAnulacion;

  protected Firma() {}

  Firma(
      Documento documento,
      VersionDocumento version,
      Clase clase,
      int actividad,
      String firmante,
      String firmanteNombre,
      String cargo,
      Instant fecha,
      String nivel,
      String indicacion) {
    this.documento = documento;
    this.version = version;
    this.clase = clase;
    this.actividad = actividad;
    this.firmante = firmante;
    this.firmanteNombre = firmanteNombre;
    this.cargo = cargo;
    this.fecha = fecha;
    this.nivel = nivel;
    this.indicacion = indicacion;
  }

  void anular(String motivo) {
    anulada = true;
    motivoAnulacion = motivo;
  }

  public Long getId() {
    return id;
  }

  public Documento getDocumento() {
    return documento;
  }

  public VersionDocumento getVersion() {
    return version;
  }

  public Clase getClase() {
    return clase;
  }

  public int getActividad() {
    return actividad;
  }

  public String getFirmante() {
    return firmante;
  }

  public String getFirmanteNombre() {
    return firmanteNombre;
  }

  public String getCargo() {
    return cargo;
  }

  public Instant getFecha() {
    return fecha;
  }

  public String getNivel() {
    return nivel;
  }

  public String getIndicacion() {
    return indicacion;
  }

  public boolean isAnulada() {
    return anulada;
  }

  public String getMotivoAnulacion() {
    return motivoAnulacion;
  }
}
