package pe.gob.minem.tramite.domain.model.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An append-only audit record: logins, refusals and every business action. */
@Entity
@Table(name = "registro_auditoria")
public class RegistroAuditoria {

  @Id
  @SequenceGenerator(name = "auditoria_seq", sequenceName = "auditoria_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditoria_seq")
  private Long id;

  @Column(nullable = false)
  private Instant fecha;

  @Column(length = 60)
  private String usuario;

  @Column(nullable = false, length = 60)
  private String evento;

  @Column(length = 120)
  private String objeto;

  @Column(length = 1000)
  private String detalle;

  protected RegistroAuditoria() {}

  public RegistroAuditoria(
      Instant fecha, String usuario, String evento, String objeto, String detalle) {
    this.fecha = fecha;
    this.usuario = usuario;
    this.evento = evento;
    this.objeto = objeto;
    this.detalle =
        detalle == null || detalle.length() <= 1000 ? detalle : detalle.substring(0, 1000);
  }

  public Long getId() {
    return id;
  }

  public Instant getFecha() {
    return fecha;
  }

  public String getUsuario() {
    return usuario;
  }

  public String getEvento() {
    return evento;
  }

  public String getObjeto() {
    return objeto;
  }

  public String getDetalle() {
    return detalle;
  }
}
