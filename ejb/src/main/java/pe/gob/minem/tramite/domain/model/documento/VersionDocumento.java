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
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConflictoException;

/**
 * One immutable content of a document; its bytes are in the document store by SHA-256. A version
 * made by a signature keeps the validation of its signatures ({@link ValidacionGuardada}).
 */
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

  // the validation kept with a signed version (V8; null on other versions)

  @Column(name = "informe_indicacion", length = 20)
  private String informeIndicacion;

  @Column(name = "informe_firmas")
  private Integer informeFirmas;

  @Column(name = "informe_validado_el")
  private Instant informeValidadoEl;

  @Column(name = "informe_al_firmar")
  private Boolean informeAlFirmar;

  @Column(name = "informe_pdf_sha256", length = 64)
  private String informePdfSha256;

  @Column(name = "informe_simple_sha256", length = 64)
  private String informeSimpleSha256;

  @Column(name = "informe_detallado_sha256", length = 64)
  private String informeDetalladoSha256;

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

  /** The validation kept with this version: every signed version has one, once it is made. */
  public Optional<ValidacionGuardada> validacion() {
    if (informePdfSha256 == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ValidacionGuardada(
            informeIndicacion,
            informeFirmas == null ? 0 : informeFirmas,
            informeValidadoEl,
            Boolean.TRUE.equals(informeAlFirmar),
            informePdfSha256,
            informeSimpleSha256,
            informeDetalladoSha256));
  }

  /** A signed version whose validation is not kept yet (signed before the reports were kept). */
  public boolean esperaValidacion() {
    return origen == Origen.FIRMA && informePdfSha256 == null;
  }

  /**
   * Keeps the validation of a version signed before the reports were kept, made now. Only once, and
   * only for a signed version: the one made when signing is never replaced.
   */
  public void guardarValidacionPosterior(ValidacionGuardada v) {
    if (!esperaValidacion()) {
      throw new ConflictoException(
          "La versión "
              + numero
              + (origen == Origen.FIRMA
                  ? " ya tiene su informe de validación."
                  : " no es una versión firmada: no lleva informe de validación."));
    }
    if (v.alFirmar()) {
      throw new IllegalArgumentException("una validación posterior no se hizo al firmar");
    }
    guardar(v);
  }

  /** The validation made when the signature that produced this version was added. */
  void guardarValidacionAlFirmar(ValidacionGuardada v) {
    if (!v.alFirmar()) {
      throw new IllegalArgumentException("la validación de una firma nueva se hace al firmar");
    }
    guardar(v);
  }

  private void guardar(ValidacionGuardada v) {
    informeIndicacion = v.indicacion();
    informeFirmas = v.firmas();
    informeValidadoEl = v.validadaEl();
    informeAlFirmar = v.alFirmar();
    informePdfSha256 = v.informePdf();
    informeSimpleSha256 = v.informeSimple();
    informeDetalladoSha256 = v.informeDetallado();
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
