package pe.gob.minem.tramite.domain.model.archivo;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The text of one stored file, extracted once by Tika (with OCR for scanned pages), or why it could
 * not be. The index is rebuilt from these rows without extracting again.
 */
@Entity
@Table(name = "texto_extraido")
@NamedQuery(
    name = "TextoExtraido.de",
    query = "SELECT t FROM TextoExtraido t WHERE t.clase = :clase AND t.referencia = :referencia")
@NamedQuery(
    name = "TextoExtraido.fallidos",
    query = "SELECT t FROM TextoExtraido t WHERE t.estado = :estado ORDER BY t.fecha DESC")
public class TextoExtraido {

  /** What kind of stored file. */
  public enum Clase {
    /** A file received at the mesa de partes ({@code archivo_expediente}). */
    ARCHIVO,
    /** A version of a document drafted in the portal ({@code version_documento}). */
    VERSION
  }

  /** Outcome. */
  public enum Estado {
    EXTRAIDO,
    /** Failed for a reason that may pass (time limit, I/O): tried again later. */
    REINTENTAR,
    /** Failed for good (hostile, corrupt, encrypted, unknown format): listed for the admin. */
    FALLIDO
  }

  public static final int MAXIMO_INTENTOS = 3;

  @Id
  @SequenceGenerator(
      name = "texto_extraido_seq",
      sequenceName = "texto_extraido_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "texto_extraido_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Clase clase;

  @Column(nullable = false)
  private long referencia;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Estado estado;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private String texto;

  private Integer paginas;

  @Column(name = "tipo_mime", length = 120)
  private String tipoMime;

  @Column(name = "con_ocr", nullable = false)
  private boolean conOcr;

  @Column(nullable = false)
  private boolean truncado;

  @Column(length = 500)
  private String motivo;

  @Column(nullable = false)
  private int intentos;

  private Long milisegundos;

  @Column(nullable = false)
  private Instant fecha;

  protected TextoExtraido() {}

  public TextoExtraido(Clase clase, long referencia, String sha256) {
    this.clase = clase;
    this.referencia = referencia;
    this.sha256 = sha256;
    this.estado = Estado.REINTENTAR;
    this.fecha = Instant.now();
  }

  public void extraido(
      String texto,
      int paginas,
      String tipoMime,
      boolean conOcr,
      boolean truncado,
      long milisegundos,
      Instant ahora) {
    this.estado = Estado.EXTRAIDO;
    this.texto = texto;
    this.paginas = paginas;
    this.tipoMime = tipoMime;
    this.conOcr = conOcr;
    this.truncado = truncado;
    this.motivo = null;
    this.intentos++;
    this.milisegundos = milisegundos;
    this.fecha = ahora;
  }

  /** Records a failure; a passing one becomes final after {@link #MAXIMO_INTENTOS}. */
  public void fallo(String motivo, boolean reintentable, long milisegundos, Instant ahora) {
    this.intentos++;
    this.estado = reintentable && intentos < MAXIMO_INTENTOS ? Estado.REINTENTAR : Estado.FALLIDO;
    this.motivo = motivo == null ? null : motivo.substring(0, Math.min(motivo.length(), 500));
    this.texto = null;
    this.milisegundos = milisegundos;
    this.fecha = ahora;
  }

  /** An administrator asks for another try of a failed one. */
  public void reintentar() {
    this.estado = Estado.REINTENTAR;
    this.intentos = 0;
  }

  public Long getId() {
    return id;
  }

  public Clase getClase() {
    return clase;
  }

  public long getReferencia() {
    return referencia;
  }

  public String getSha256() {
    return sha256;
  }

  public Estado getEstado() {
    return estado;
  }

  public String getTexto() {
    return texto;
  }

  public Integer getPaginas() {
    return paginas;
  }

  public String getTipoMime() {
    return tipoMime;
  }

  public boolean isConOcr() {
    return conOcr;
  }

  public boolean isTruncado() {
    return truncado;
  }

  public String getMotivo() {
    return motivo;
  }

  public int getIntentos() {
    return intentos;
  }

  public Long getMilisegundos() {
    return milisegundos;
  }

  public Instant getFecha() {
    return fecha;
  }
}
