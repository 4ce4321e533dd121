package pe.gob.minem.tramite.domain.model.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The chain's head as it was at a moment: a later chain shorter than this, or with another row at
 * its place, lost its tail or was rewritten. Once its signed PDF (the constancia, which states the
 * same place and hash) is in the document store, the row names it by SHA-256.
 */
@Entity
@Table(name = "punto_de_control_auditoria")
public class PuntoDeControl {

  @Id
  @SequenceGenerator(
      name = "punto_de_control_seq",
      sequenceName = "punto_de_control_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "punto_de_control_seq")
  private Long id;

  @Column(nullable = false)
  private Instant fecha;

  private long secuencia;

  @Column(length = 64, nullable = false)
  private String hash;

  @Column(name = "documento_sha256", length = 64)
  private String documentoSha256;

  protected PuntoDeControl() {}

  public PuntoDeControl(Instant fecha, CabezaDeCadena cabeza) {
    this.fecha = fecha;
    this.secuencia = cabeza.getSecuencia();
    this.hash = cabeza.getHash();
  }

  /** Records the signed PDF that states this checkpoint; a checkpoint is signed once. */
  public void registrarConstancia(String sha256) {
    if (documentoSha256 != null) {
      throw new IllegalStateException("El punto de control " + id + " ya tiene su constancia.");
    }
    documentoSha256 = sha256;
  }

  public Long getId() {
    return id;
  }

  /** The SHA-256 of its signed PDF in the document store, or null when it was not signed. */
  public String getDocumentoSha256() {
    return documentoSha256;
  }

  public Instant getFecha() {
    return fecha;
  }

  public long getSecuencia() {
    return secuencia;
  }

  public String getHash() {
    return hash;
  }
}
