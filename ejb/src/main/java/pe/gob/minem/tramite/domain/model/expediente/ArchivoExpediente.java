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
import java.time.Instant;

/** A file presented with the expediente; its bytes live in the document store by SHA-256. */
@Entity
@Table(name = "archivo_expediente")
public class ArchivoExpediente {

  @Id
  @SequenceGenerator(name = "archivo_seq", sequenceName = "archivo_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archivo_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expediente_id")
  private Expediente expediente;

  @Column(nullable = false, length = 255)
  private String nombre;

  @Column(name = "tipo_mime", nullable = false, length = 120)
  private String tipoMime;

  @Column(nullable = false)
  private long tamano;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "fecha_carga", nullable = false)
  private Instant fechaCarga;

  protected ArchivoExpediente() {}

  ArchivoExpediente(
      Expediente expediente,
      String nombre,
      String tipoMime,
      long tamano,
      String sha256,
      Instant fechaCarga) {
    this.expediente = expediente;
    this.nombre = nombre;
    this.tipoMime = tipoMime;
    this.tamano = tamano;
    this.sha256 = sha256;
    this.fechaCarga = fechaCarga;
  }

  public Long getId() {
    return id;
  }

  public Expediente getExpediente() {
    return expediente;
  }

  public String getNombre() {
    return nombre;
  }

  public String getTipoMime() {
    return tipoMime;
  }

  public long getTamano() {
    return tamano;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getFechaCarga() {
    return fechaCarga;
  }

  public boolean esPdf() {
    return "application/pdf".equals(tipoMime);
  }
}
