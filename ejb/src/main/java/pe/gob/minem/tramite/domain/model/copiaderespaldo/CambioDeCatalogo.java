package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a catalogue entry, kept for ever: who, when, what (CREADA, ACTUALIZADA,
 * DESACTIVADA, ACTIVADA), the entry before and after ({@code clave=valor} lines), and the
 * expediente of the step that made it, if a step did (act. 2 of P/OGA-TI-06).
 */
@Entity
@Table(name = "cambio_catalogo_respaldo")
public class CambioDeCatalogo {

  @Id
  @SequenceGenerator(
      name = "cambio_catalogo_respaldo_seq",
      sequenceName = "cambio_catalogo_respaldo_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cambio_catalogo_respaldo_seq")
  private Long id;

  @Column(name = "catalogo_id", nullable = false)
  private Long catalogoId;

  @Column(nullable = false)
  private Instant momento;

  @Column(nullable = false, length = 100)
  private String usuario;

  @Column(nullable = false, length = 20)
  private String accion;

  @Column(length = 4000)
  private String antes;

  @Column(nullable = false, length = 4000)
  private String despues;

  @Column(length = 30)
  private String expediente;

  protected CambioDeCatalogo() {}

  public CambioDeCatalogo(
      Long catalogoId,
      Instant momento,
      String usuario,
      String accion,
      String antes,
      String despues,
      String expediente) {
    this.catalogoId = catalogoId;
    this.momento = momento;
    this.usuario = usuario;
    this.accion = accion;
    this.antes = recortar(antes);
    this.despues = recortar(despues);
    this.expediente = expediente;
  }

  private static String recortar(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getCatalogoId() {
    return catalogoId;
  }

  public Instant getMomento() {
    return momento;
  }

  public String getUsuario() {
    return usuario;
  }

  public String getAccion() {
    return accion;
  }

  public String getAntes() {
    return antes;
  }

  public String getDespues() {
    return despues;
  }

  public String getExpediente() {
    return expediente;
  }
}
