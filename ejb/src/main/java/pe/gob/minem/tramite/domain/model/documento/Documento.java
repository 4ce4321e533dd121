package pe.gob.minem.tramite.domain.model.documento;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * A document drafted inside an expediente (oficio, memorando, informe técnico, acta…), with its
 * immutable versions and the signatures it receives on its way through P/OGA-TI-02.
 */
@Entity
@Table(name = "documento")
@NamedQuery(
    name = "Documento.porCodigo",
    query = "SELECT d FROM Documento d WHERE d.codigoVerificacion = :codigo")
@NamedQuery(
    name = "Documento.deExpediente",
    query = "SELECT d FROM Documento d WHERE d.expediente = :expediente ORDER BY d.id")
public class Documento {

  @Id
  @SequenceGenerator(name = "documento_seq", sequenceName = "documento_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "documento_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expediente_id")
  private Expediente expediente;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TipoDocumentoInterno tipo;

  @Column(nullable = false, length = 500)
  private String asunto;

  @ManyToOne(optional = false)
  @JoinColumn(name = "autor_id")
  private Persona autor;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unidad_id")
  private UnidadOrganica unidad;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EstadoDocumento estado;

  @Column(name = "codigo_verificacion", nullable = false, unique = true, length = 20)
  private String codigoVerificacion;

  @Column(nullable = false)
  private boolean publico;

  @Column(name = "revision_legal")
  private Boolean revisionLegal;

  @Column(name = "proceso_id", length = 64)
  private String procesoId;

  @Column(name = "fecha_creacion", nullable = false)
  private Instant fechaCreacion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private pe.gob.minem.tramite.domain.model.expediente.Confidencialidad confidencialidad;

  @Version private long version;

  @OneToMany(mappedBy = "documento", cascade = CascadeType.PERSIST)
  @OrderBy("numero")
  private List<VersionDocumento> versiones = new ArrayList<>();

  @OneToMany(mappedBy = "documento", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Firma> firmas = new ArrayList<>();

  protected Documento() {}

  public Documento(
      Expediente expediente,
      TipoDocumentoInterno tipo,
      String asunto,
      Persona autor,
      UnidadOrganica unidad,
      String codigoVerificacion,
      boolean publico,
      Instant ahora) {
    this.expediente = expediente;
    this.tipo = tipo;
    this.asunto = asunto;
    this.autor = autor;
    this.unidad = unidad;
    this.codigoVerificacion = codigoVerificacion;
    this.publico = publico;
    // A public document (downloadable from the verification page) is public in the archive too;
    // any other takes its expediente's level (ADR 0011).
    this.confidencialidad =
        publico
            ? pe.gob.minem.tramite.domain.model.expediente.Confidencialidad.PUBLICO
            : expediente.getConfidencialidad();
    this.fechaCreacion = ahora;
    this.estado = EstadoDocumento.BORRADOR;
  }

  /**
   * A new content (uploaded, converted or from a template). It voids every V°B° given so far: they
   * were given to other content and must be given again.
   *
   * @return the signatures voided by this version
   */
  public List<Firma> nuevoContenido(
      String nombre,
      String sha256,
      long tamano,
      VersionDocumento.Origen origen,
      String motivo,
      String usuario,
      Instant ahora) {
    if (estado == EstadoDocumento.SUSCRITO || estado == EstadoDocumento.DERIVADO) {
      throw new ConflictoException(
          "El documento ya fue "
              + estado.etiqueta().toLowerCase()
              + ": no admite nuevas versiones.");
    }
    var v =
        new VersionDocumento(
            this, versiones.size() + 1, nombre, sha256, tamano, origen, motivo, usuario, ahora);
    versiones.add(v);
    List<Firma> anuladas = new ArrayList<>();
    for (Firma f : firmas) {
      if (!f.isAnulada()) {
        f.anular("Anulada por la versión " + v.getNumero() + " (" + motivo + ")");
        anuladas.add(f);
      }
    }
    return anuladas;
  }

  /**
   * A signature applied to the current version: the signed PDF becomes the next version, with the
   * validation of its signatures made just now (no signature is added without it).
   */
  public Firma firmar(
      Firma.Clase clase,
      int actividad,
      Persona firmante,
      String cargo,
      String sha256,
      long tamano,
      String nivel,
      String indicacion,
      ValidacionGuardada validacion,
      Instant ahora) {
    java.util.Objects.requireNonNull(validacion, "validacion");
    var v =
        new VersionDocumento(
            this,
            versiones.size() + 1,
            versionActual().getNombre(),
            sha256,
            tamano,
            VersionDocumento.Origen.FIRMA,
            clase == Firma.Clase.SUSCRIPCION
                ? "Suscripción de " + firmante.getNombreCompleto()
                : "V°B° de " + firmante.getNombreCompleto(),
            firmante.getUsuario(),
            ahora);
    v.guardarValidacionAlFirmar(validacion);
    versiones.add(v);
    var f =
        new Firma(
            this,
            v,
            clase,
            actividad,
            firmante.getUsuario(),
            firmante.getNombreCompleto(),
            cargo,
            ahora,
            nivel,
            indicacion);
    firmas.add(f);
    estado =
        clase == Firma.Clase.SUSCRIPCION
            ? EstadoDocumento.SUSCRITO
            : EstadoDocumento.CON_VISTO_BUENO;
    return f;
  }

  public void remitir() {
    if (versiones.isEmpty()) {
      throw new ConflictoException("El documento no tiene contenido.");
    }
    estado = EstadoDocumento.EN_REVISION;
  }

  public void observar() {
    estado = EstadoDocumento.OBSERVADO;
  }

  public void decidirRevisionLegal(boolean requiere) {
    this.revisionLegal = requiere;
  }

  public void derivar() {
    estado = EstadoDocumento.DERIVADO;
  }

  public void iniciarProceso(String procesoId) {
    this.procesoId = procesoId;
  }

  public VersionDocumento versionActual() {
    if (versiones.isEmpty()) {
      throw new ConflictoException("El documento no tiene contenido.");
    }
    return versiones.get(versiones.size() - 1);
  }

  public List<Firma> firmasVigentes() {
    return firmas.stream().filter(f -> !f.isAnulada()).toList();
  }

  public Long getId() {
    return id;
  }

  public Expediente getExpediente() {
    return expediente;
  }

  public TipoDocumentoInterno getTipo() {
    return tipo;
  }

  public String getAsunto() {
    return asunto;
  }

  public Persona getAutor() {
    return autor;
  }

  public UnidadOrganica getUnidad() {
    return unidad;
  }

  public EstadoDocumento getEstado() {
    return estado;
  }

  public String getCodigoVerificacion() {
    return codigoVerificacion;
  }

  /**
   * Follows its expediente's new level (ADR 0012); a public document (downloadable from the
   * verification page) stays public.
   */
  public void seguirNivelDelExpediente() {
    if (!publico) {
      this.confidencialidad = expediente.getConfidencialidad();
    }
  }

  public pe.gob.minem.tramite.domain.model.expediente.Confidencialidad getConfidencialidad() {
    return confidencialidad;
  }

  public boolean isPublico() {
    return publico;
  }

  public Boolean getRevisionLegal() {
    return revisionLegal;
  }

  public String getProcesoId() {
    return procesoId;
  }

  public Instant getFechaCreacion() {
    return fechaCreacion;
  }

  public List<VersionDocumento> getVersiones() {
    return versiones;
  }

  public List<Firma> getFirmas() {
    return firmas;
  }
}
