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
 * its place, lost its tail or was rewritten.
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

  protected PuntoDeControl() {}

  public PuntoDeControl(Instant fecha, CabezaDeCadena cabeza) {
    this.fecha = fecha;
    this.secuencia = cabeza.getSecuencia();
    this.hash = cabeza.getHash();
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
