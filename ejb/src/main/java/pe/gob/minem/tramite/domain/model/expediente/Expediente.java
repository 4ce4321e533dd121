package pe.gob.minem.tramite.domain.model.expediente;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** A case file: its data, its files and its routing history (hoja de ruta). */
@Entity
@Table(name = "expediente")
@NamedQuery(
    name = "Expediente.porNumero",
    query = "SELECT e FROM Expediente e WHERE e.numero = :numero")
@NamedQuery(
    name = "Expediente.porNumeros",
    query = "SELECT e FROM Expediente e WHERE e.numero IN :numeros")
@NamedQuery(
    name = "Expediente.porCodigo",
    query = "SELECT e FROM Expediente e WHERE e.codigoVerificacion = :codigo")
public class Expediente {

  public static final int PLAZO_MAXIMO_DIAS = 365;

  @Id
  @SequenceGenerator(name = "expediente_seq", sequenceName = "expediente_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expediente_seq")
  private Long id;

  /** Stored as its text (NumeroExpedienteConverter). */
  @Column(nullable = false, unique = true, length = 20)
  private NumeroExpediente numero;

  @Column(nullable = false)
  private int anio;

  @Column(nullable = false)
  private long correlativo;

  @Column(nullable = false, length = 500)
  private String asunto;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Origen origen;

  @Embedded private Remitente remitente;

  @Enumerated(EnumType.STRING)
  @Column(name = "tipo_documento", nullable = false, length = 30)
  private TipoDocumento tipoDocumento;

  @Column(name = "numero_documento", nullable = false, length = 60)
  private String numeroDocumento;

  @Column(nullable = false)
  private int folios;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Prioridad prioridad;

  @Column(name = "plazo_dias", nullable = false)
  private int plazoDias;

  @Column(name = "fecha_limite", nullable = false)
  private LocalDate fechaLimite;

  @Column(name = "fecha_registro", nullable = false)
  private Instant fechaRegistro;

  @Column(name = "registrado_por", nullable = false, length = 60)
  private String registradoPor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoExpediente estado;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unidad_actual_id")
  private UnidadOrganica unidadActual;

  @ManyToOne
  @JoinColumn(name = "unidad_destino_id")
  private UnidadOrganica unidadDestino;

  @ManyToOne
  @JoinColumn(name = "responsable_id")
  private Persona responsable;

  @Column(name = "codigo_verificacion", nullable = false, unique = true, length = 20)
  private String codigoVerificacion;

  @Column(name = "proceso_id", length = 64)
  private String procesoId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Confidencialidad confidencialidad = Confidencialidad.RESERVADO;

  @Version private long version;

  @OneToMany(mappedBy = "expediente", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<ArchivoExpediente> archivos = new ArrayList<>();

  @OneToMany(mappedBy = "expediente", cascade = CascadeType.PERSIST)
  @OrderBy("secuencia")
  private List<Movimiento> movimientos = new ArrayList<>();

  protected Expediente() {}

  /** Registers an expediente at the mesa de partes (MAPRO P/OGA-TI-01, act. 1). */
  public Expediente(
      NumeroExpediente numero,
      DatosDeRegistro datos,
      UnidadOrganica mesaDePartes,
      String registradoPor,
      Instant ahora,
      LocalDate hoy,
      String codigoVerificacion) {
    this.numero = java.util.Objects.requireNonNull(numero);
    this.anio = numero.anio();
    this.correlativo = numero.correlativo();
    this.asunto = datos.asunto();
    this.origen = datos.origen();
    this.remitente = datos.remitente();
    this.tipoDocumento = datos.tipoDocumento();
    this.numeroDocumento = datos.numeroDocumento();
    this.folios = datos.folios();
    this.prioridad = datos.prioridad();
    this.plazoDias = datos.plazoDias();
    this.fechaLimite = hoy.plusDays(datos.plazoDias());
    this.fechaRegistro = ahora;
    this.registradoPor = registradoPor;
    this.estado = EstadoExpediente.REGISTRADO;
    this.unidadActual = mesaDePartes;
    this.codigoVerificacion = codigoVerificacion;
    this.confidencialidad = datos.confidencialidad();
  }

  /** Who may see it (ADR 0011); changed by the director of the unit that holds it (ADR 0012). */
  public void clasificar(Confidencialidad nivel) {
    this.confidencialidad = java.util.Objects.requireNonNull(nivel);
  }

  public Confidencialidad getConfidencialidad() {
    return confidencialidad;
  }

  public ArchivoExpediente adjuntar(
      String nombre, String tipoMime, long tamano, String sha256, Instant ahora) {
    var archivo = new ArchivoExpediente(this, nombre, tipoMime, tamano, sha256, ahora);
    archivos.add(archivo);
    return archivo;
  }

  /**
   * Act. 1's line of the hoja de ruta, once its files are attached: the mesa de partes received,
   * checked and registered it, with how many folios and files.
   */
  public Movimiento anotarRegistro(Persona secretaria) {
    String unidad = unidadActual.getCodigo();
    return anotar(
        new Movimiento.Datos(
            fechaRegistro,
            Movimiento.TI_01,
            1,
            Movimiento.Accion.REGISTRO,
            "Recepción, verificación y registro del expediente ("
                + folios
                + " folios, "
                + archivos.size()
                + " archivo(s))"
                + (remitente.esUnidad() ? "; remitido por " + remitente.descripcion() : ""),
            secretaria.getUsuario(),
            secretaria.getNombreCompleto(),
            secretaria.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * Trámite interno (ADR 0037): the line that opens an expediente a unit emits itself, instead of
   * {@link #anotarRegistro}; it leaves the expediente in the destination unit, to be received there
   * as one derived to it.
   *
   * @throws DatosInvalidosException when the destination is the unit that emits it
   */
  public Movimiento emitirYEnviar(UnidadOrganica destino, Persona emisor) {
    exigirEstado(EstadoExpediente.REGISTRADO);
    UnidadOrganica origen = unidadActual;
    if (destino == null) {
      throw new DatosInvalidosException(
          "unidadDestino", "Elija la unidad a la que se envía el documento.");
    }
    if (destino.getCodigo().equals(origen.getCodigo())) {
      throw new DatosInvalidosException(
          "unidadDestino", "La unidad de destino debe ser distinta de la unidad que envía.");
    }
    estado = EstadoExpediente.EN_TRAMITE;
    unidadDestino = destino;
    unidadActual = destino;
    return anotar(
        new Movimiento.Datos(
            fechaRegistro,
            null,
            0,
            Movimiento.Accion.EMISION,
            "Emitido por "
                + origen.getNombre()
                + " y enviado a "
                + destino.getNombre()
                + " ("
                + folios
                + " folios, "
                + archivos.size()
                + " archivo(s))",
            emisor.getUsuario(),
            emisor.getNombreCompleto(),
            emisor.cargoEn(origen.getCodigo()),
            origen.getCodigo(),
            destino.getNombre(),
            destino.getCodigo(),
            null,
            null,
            null,
            null));
  }

  /**
   * The line that opens an expediente a unit opens itself to draft a document in it (ADR 0038),
   * instead of {@link #anotarRegistro}: it stays in the unit, in the author's hands.
   */
  public Movimiento abrirParaElaborar(Persona autor, String queSeElabora) {
    exigirEstado(EstadoExpediente.REGISTRADO);
    String unidad = unidadActual.getCodigo();
    estado = EstadoExpediente.EN_ATENCION;
    responsable = autor;
    return anotar(
        new Movimiento.Datos(
            fechaRegistro,
            null,
            0,
            Movimiento.Accion.REGISTRO,
            "Abierto por "
                + unidadActual.getNombre()
                + " para elaborar un documento ("
                + queSeElabora.toLowerCase(java.util.Locale.ROOT)
                + "), a cargo de "
                + autor.getNombreCompleto(),
            autor.getUsuario(),
            autor.getNombreCompleto(),
            autor.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * Whether its unit opened it to draft a document (ADR 0038) and it is still open: no process of
   * its own, the unit itself as sender, in the unit, in someone's hands.
   */
  public boolean abiertoParaElaborar() {
    return procesoId == null
        && estado == EstadoExpediente.EN_ATENCION
        && remitente.esUnidad()
        && unidadActual.getCodigo().equals(remitente.getUnidadCodigo());
  }

  /**
   * A step of a procedure, completed (ADR 0013): what happened, who did it as which cargo of the
   * step's unit, where it sent the expediente, the instruction given, the task and how long it
   * waited since it was created.
   */
  public Movimiento anotarPaso(
      String procedimiento,
      int actividad,
      Movimiento.Accion accion,
      String descripcion,
      Persona persona,
      String unidad,
      Movimiento.Destino destino,
      String instruccion,
      String tareaId,
      Instant tareaCreada,
      Instant ahora) {
    return anotar(
        new Movimiento.Datos(
            ahora,
            procedimiento,
            actividad,
            accion,
            descripcion,
            persona.getUsuario(),
            persona.getNombreCompleto(),
            persona.cargoEn(unidad),
            unidad,
            destino.texto(),
            destino.unidadCodigo(),
            destino.personaUsuario(),
            instruccion,
            tareaId,
            Duration.between(tareaCreada, ahora).toSeconds()));
  }

  /**
   * A document drafted in it by its author, in his unit, before its P/OGA-TI-02 starts; {@code
   * documento} is how the hoja de ruta names it (type and asunto).
   */
  public Movimiento anotarElaboracion(
      String documento, Persona autor, String unidad, Instant ahora) {
    return anotarDelAutor(
        0,
        Movimiento.Accion.ELABORACION,
        documento + " elaborado (versión 1)",
        autor,
        unidad,
        ahora);
  }

  /**
   * One of its documents, signed, sent by its unit to another as a trámite interno (ADR 0037) that
   * became the expediente {@code numeroEnviado}.
   */
  public Movimiento anotarEnvioInterno(
      String documento,
      String numeroEnviado,
      UnidadOrganica destino,
      Persona persona,
      String unidad,
      Instant ahora) {
    return anotar(
        new Movimiento.Datos(
            ahora,
            null,
            0,
            Movimiento.Accion.EMISION,
            documento + " enviado a " + destino.getNombre() + " como " + numeroEnviado,
            persona.getUsuario(),
            persona.getNombreCompleto(),
            persona.cargoEn(unidad),
            unidad,
            destino.getNombre(),
            // not the destination's code: this expediente stays the sending unit's, the
            // destination sees only the one it received
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * A new version of one of its documents, uploaded by its author (P/OGA-TI-02, act. 4), naming the
   * signers whose V°B° it voids.
   */
  public Movimiento anotarNuevaVersion(
      String documento,
      int version,
      List<String> vistosBuenosAnulados,
      Persona autor,
      String unidad,
      Instant ahora) {
    String detalle =
        vistosBuenosAnulados.isEmpty()
            ? ""
            : "; anula el V°B° de "
                + String.join(", ", vistosBuenosAnulados)
                + ", que deberá darse de nuevo";
    return anotarDelAutor(
        4,
        Movimiento.Accion.NUEVA_VERSION,
        documento + ": versión " + version + detalle,
        autor,
        unidad,
        ahora);
  }

  private Movimiento anotarDelAutor(
      int actividad,
      Movimiento.Accion accion,
      String descripcion,
      Persona autor,
      String unidad,
      Instant ahora) {
    return anotar(
        new Movimiento.Datos(
            ahora,
            Movimiento.TI_02,
            actividad,
            accion,
            descripcion,
            autor.getUsuario(),
            autor.getNombreCompleto(),
            autor.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * The paper this remisión sent arrived: who confirmed it in the destination unit, and how long it
   * was on its way.
   */
  public Movimiento anotarRecepcionFisica(
      RemisionFisica remision, Persona receptor, Instant ahora) {
    String unidad = remision.getUnidadDestino().getCodigo();
    return anotar(
        new Movimiento.Datos(
            ahora,
            Movimiento.TI_01,
            0,
            Movimiento.Accion.RECEPCION_FISICA,
            "Recepción física del expediente ("
                + remision.getFolios()
                + " folios) enviado por "
                + remision.getUnidadOrigen().getCodigo(),
            receptor.getUsuario(),
            receptor.getNombreCompleto(),
            receptor.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            null,
            null,
            Duration.between(remision.getFechaEnvio(), ahora).toSeconds()));
  }

  /**
   * Its confidentiality changed from {@code anterior} to its current level (after {@link
   * #clasificar}), by a person of the unit that holds it, with the reason given (ADR 0012).
   */
  public Movimiento anotarCambioDeConfidencialidad(
      Confidencialidad anterior, String motivo, Persona persona, Instant ahora) {
    String unidad = unidadActual.getCodigo();
    return anotar(
        new Movimiento.Datos(
            ahora,
            null,
            0,
            Movimiento.Accion.RECLASIFICACION,
            "Confidencialidad: " + anterior.etiqueta() + " → " + confidencialidad.etiqueta(),
            persona.getUsuario(),
            persona.getNombreCompleto(),
            persona.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            motivo,
            null,
            null));
  }

  /**
   * Something the portal learned from outside while a procedure runs on it (a monitoring alert
   * resolved, ADR 0028), noted in the hoja de ruta by the technical account that acts for it.
   */
  public Movimiento anotarAviso(
      String procedimiento, String descripcion, Persona cuentaTecnica, Instant ahora) {
    String unidad = unidadActual.getCodigo();
    return anotar(
        new Movimiento.Datos(
            ahora,
            procedimiento,
            0,
            Movimiento.Accion.AVISO,
            descripcion,
            cuentaTecnica.getUsuario(),
            cuentaTecnica.getNombreCompleto(),
            cuentaTecnica.cargoEn(unidad),
            unidad,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  private Movimiento anotar(Movimiento.Datos datos) {
    var m = new Movimiento(this, movimientos.size() + 1, datos);
    movimientos.add(m);
    return m;
  }

  public void iniciarProceso(String procesoId) {
    this.procesoId = procesoId;
  }

  /** Act. 1 done: the secretary hands it to the Director General; it is now being routed. */
  public void entregarAlDirector() {
    exigirEstado(EstadoExpediente.REGISTRADO);
    estado = EstadoExpediente.EN_TRAMITE;
  }

  /** Act. 2: the director chooses the unit that will attend it. */
  public void disponerDerivacion(UnidadOrganica unidad) {
    exigirEstado(EstadoExpediente.EN_TRAMITE);
    unidadDestino = unidad;
  }

  /** Act. 3: derived to the chosen unit; it is there from now on. */
  public void derivarAUnidad() {
    exigirEstado(EstadoExpediente.EN_TRAMITE);
    if (unidadDestino == null) {
      throw new ConflictoException("El Director no ha dispuesto a qué unidad se deriva.");
    }
    unidadActual = unidadDestino;
  }

  /** Act. 5: the unit's director names the responsable. */
  public void asignarResponsable(Persona persona) {
    exigirEstado(EstadoExpediente.EN_TRAMITE);
    responsable = persona;
  }

  /** Act. 6: derived to the responsable, who attends it. */
  public void derivarAResponsable() {
    exigirEstado(EstadoExpediente.EN_TRAMITE);
    if (responsable == null) {
      throw new ConflictoException("El Director no ha asignado un responsable.");
    }
    estado = EstadoExpediente.EN_ATENCION;
  }

  public void atender() {
    exigirEstado(EstadoExpediente.EN_ATENCION);
    estado = EstadoExpediente.ATENDIDO;
  }

  public boolean estaVencido(LocalDate hoy) {
    return estado != EstadoExpediente.ATENDIDO && hoy.isAfter(fechaLimite);
  }

  private void exigirEstado(EstadoExpediente... permitidos) {
    for (var e : permitidos) {
      if (estado == e) {
        return;
      }
    }
    throw new ConflictoException(
        "El expediente "
            + numero
            + " está "
            + estado.etiqueta().toLowerCase()
            + ": no admite esa acción.");
  }

  public Long getId() {
    return id;
  }

  /** The number's text, {@code EXP-2026-000123}. */
  public String getNumero() {
    return numero == null ? null : numero.toString();
  }

  public NumeroExpediente getNumeroExpediente() {
    return numero;
  }

  public int getAnio() {
    return anio;
  }

  public String getAsunto() {
    return asunto;
  }

  public Origen getOrigen() {
    return origen;
  }

  public Remitente getRemitente() {
    return remitente;
  }

  public TipoDocumento getTipoDocumento() {
    return tipoDocumento;
  }

  public String getNumeroDocumento() {
    return numeroDocumento;
  }

  public int getFolios() {
    return folios;
  }

  public Prioridad getPrioridad() {
    return prioridad;
  }

  public int getPlazoDias() {
    return plazoDias;
  }

  public LocalDate getFechaLimite() {
    return fechaLimite;
  }

  public Instant getFechaRegistro() {
    return fechaRegistro;
  }

  public String getRegistradoPor() {
    return registradoPor;
  }

  public EstadoExpediente getEstado() {
    return estado;
  }

  public UnidadOrganica getUnidadActual() {
    return unidadActual;
  }

  public UnidadOrganica getUnidadDestino() {
    return unidadDestino;
  }

  public Persona getResponsable() {
    return responsable;
  }

  public String getCodigoVerificacion() {
    return codigoVerificacion;
  }

  public String getProcesoId() {
    return procesoId;
  }

  public List<ArchivoExpediente> getArchivos() {
    return archivos;
  }

  public List<Movimiento> getMovimientos() {
    return movimientos;
  }
}
