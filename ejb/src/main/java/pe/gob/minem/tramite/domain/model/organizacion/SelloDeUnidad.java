package pe.gob.minem.tramite.domain.model.organizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's V°B° seal image (PNG or JPEG), drawn in the stamp of its V°B° signatures. */
@Entity
@Table(name = "sello_unidad")
public class SelloDeUnidad {

  @Id
  @Column(name = "unidad_id")
  private Long unidadId;

  @Column(nullable = false)
  private byte[] imagen;

  @Column(nullable = false, length = 20)
  private String tipo;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private Instant actualizado;

  @Column(name = "actualizado_por", nullable = false, length = 100)
  private String actualizadoPor;

  protected SelloDeUnidad() {}

  public SelloDeUnidad(Long unidadId) {
    this.unidadId = unidadId;
  }

  public void reemplazar(byte[] imagen, String tipo, String sha256, String por, Instant cuando) {
    this.imagen = imagen.clone();
    this.tipo = tipo;
    this.sha256 = sha256;
    this.actualizadoPor = por;
    this.actualizado = cuando;
  }

  public Long getUnidadId() {
    return unidadId;
  }

  public byte[] getImagen() {
    return imagen.clone();
  }

  public String getTipo() {
    return tipo;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getActualizado() {
    return actualizado;
  }

  public String getActualizadoPor() {
    return actualizadoPor;
  }
}
