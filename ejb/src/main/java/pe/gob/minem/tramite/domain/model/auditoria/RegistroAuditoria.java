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
 * An append-only audit record: logins, refusals and every business action. Each row is a link of a
 * hash chain ({@link CabezaDeCadena#enlazar}): its place, the previous row's hash and the hash of
 * its own content, so that an edited, deleted or reordered row is found ({@link
 * VerificadorDeCadena}).
 */
@Entity
@Table(name = "registro_auditoria")
public class RegistroAuditoria {

  static final int LARGO_USUARIO = 60;
  static final int LARGO_OBJETO = 120;
  static final int LARGO_DETALLE = 1000;

  @Id
  @SequenceGenerator(name = "auditoria_seq", sequenceName = "auditoria_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditoria_seq")
  private Long id;

  @Column(nullable = false)
  private Instant fecha;

  @Column(length = LARGO_USUARIO)
  private String usuario;

  @Column(nullable = false, length = 60)
  private String evento;

  @Column(length = LARGO_OBJETO)
  private String objeto;

  @Column(length = LARGO_DETALLE)
  private String detalle;

  /** The place in the chain: 1, 2, 3… without gaps, in the order the rows were chained. */
  private Long secuencia;

  @Column(name = "hash_anterior", length = 64)
  private String hashAnterior;

  @Column(length = 64)
  private String hash;

  protected RegistroAuditoria() {}

  public RegistroAuditoria(
      Instant fecha, String usuario, String evento, String objeto, String detalle) {
    // milliseconds: what every database keeps, so that the hash recomputed from a read row matches
    this.fecha = fecha.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    // what a user typed (a login name, a path) may be longer than its column: cut, not a failure
    this.usuario = recortar(usuario, LARGO_USUARIO);
    this.evento = evento;
    this.objeto = recortar(objeto, LARGO_OBJETO);
    this.detalle = recortar(detalle, LARGO_DETALLE);
  }

  /**
   * At most {@code largo} chars, the last one an ellipsis when cut; never half a surrogate pair.
   */
  static String recortar(String texto, int largo) {
    if (texto == null || texto.length() <= largo) {
      return texto;
    }
    int fin = largo - 1;
    if (Character.isHighSurrogate(texto.charAt(fin - 1))) {
      fin--;
    }
    return texto.substring(0, fin) + "…";
  }

  /** Takes its place after the row whose hash is {@code anterior}, and seals its content. */
  void encadenar(long secuencia, String anterior) {
    if (this.secuencia != null) {
      throw new IllegalStateException("El registro " + id + " ya está en la cadena.");
    }
    this.secuencia = secuencia;
    this.hashAnterior = anterior;
    this.hash = hashCalculado(secuencia);
  }

  /** The hash of this row's content as if it stood at {@code enSecuencia} (its own place: ok). */
  public String hashCalculado(long enSecuencia) {
    return HuellaDeRegistro.de(enSecuencia, fecha, usuario, evento, objeto, detalle, hashAnterior);
  }

  public Long getSecuencia() {
    return secuencia;
  }

  public String getHashAnterior() {
    return hashAnterior;
  }

  public String getHash() {
    return hash;
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
