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

/** One immutable content of a document; its bytes are in the document store by SHA-256. */
@Entity
@Table(name = "version_documento")
public class VersionDocumento {

  /** Where the content came from. */
  public enum Origen {
    SUBIDO,
    CONVERTIDO,
    PLANTILLA,
    FIRMA
  }

  @Id
  @SequenceGenerator(
      name = "version_documento_seq",
      sequenceName = "version_documento_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "version_documento_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "documento_id")
  private Documento documento;

  @Column(nullable = false)
  private int numero;

  @Column(nullable = false, length = 255)
  private String nombre;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private long tamano;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Origen origen;

  @Column(nullable = false, length = 300)
  private String motivo;

  @Column(name = "creada_por", nullable = false, length = 60)
  private String creadaPor;

  @Column(nullable = false)
  private Instant fecha;

  protected VersionDocumento() {}

  VersionDocumento(
      Documento documento,
      int numero,
      String nombre,
      String sha256,
      long tamano,
      Origen origen,
      String motivo,
      String creadaPor,
      Instant fecha) {
    this.documento = documento;
    this.numero = numero;
    this.nombre = nombre;
    this.sha256 = sha256;
    this.tamano = tamano;
    this.origen = origen;
    this.motivo = motivo;
    this.creadaPor = creadaPor;
    this.fecha = fecha;
  }

  public Long getId() {
    return id;
  }

  public Documento getDocumento() {
    return documento;
  }

  public int getNumero() {
    return numero;
  }

  public String getNombre() {
    return nombre;
  }

  public String getSha256() {
    return sha256;
  }

  public long getTamano() {
    return tamano;
  }

  public Origen getOrigen() {
    return origen;
  }

  public String getMotivo() {
    return motivo;
  }

  public String getCreadaPor() {
    return creadaPor;
  }

  public Instant getFecha() {
    return fecha;
  }
}
