package pe.gob.minem.tramite.domain.model.expediente;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** One line of the hoja de ruta: who did what, as which cargo, in which unit, when. */
@Entity
@Table(name = "movimiento")
public class Movimiento {

  /** What happened. */
  public enum Accion implements ConEtiqueta {
    REGISTRO("Registro"),
    ENTREGA("Entrega"),
    DISPOSICION("Disposición de derivación"),
    DERIVACION("Derivación"),
    RECEPCION("Recepción y registro"),
    ASIGNACION("Asignación de responsable"),
    REMISION_FISICA("Remisión en físico"),
    RECEPCION_FISICA("Recepción en físico"),
    ATENCION("Atención"),
    ELABORACION("Elaboración de documento"),
    NUEVA_VERSION("Nueva versión"),
    REVISION("Revisión"),
    OBSERVACION("Observación"),
    VISTO_BUENO("Visto bueno"),
    SUSCRIPCION("Suscripción"),
    RECLASIFICACION("Cambio de confidencialidad"),
    AVISO("Aviso del sistema"),
    EMISION("Emisión y envío");

    private final String etiqueta;

    Accion(String etiqueta) {
      this.etiqueta = etiqueta;
    }

    @Override
    public String etiqueta() {
      return etiqueta;
    }
  }

  /** The MAPRO's procedures whose lines the expediente writes itself. */
  static final String TI_01 = "P/OGA-TI-01";

  static final String TI_02 = "P/OGA-TI-02";

  /** The {@code descripcion} column's length: longer descriptions are cut with an ellipsis. */
  static final int LARGO_DESCRIPCION = 300;

  /**
   * Where a step sent the expediente: in words (a unit's or a person's name), and the codes of the
   * unit and the person when it went to one; any of them may be null.
   */
  public record Destino(String texto, String unidadCodigo, String personaUsuario) {}

  /** Every column of one line; the expediente's methods fill it for each kind of line. */
  record Datos(
      Instant fecha,
      String procedimiento,
      int actividad,
      Accion accion,
      String descripcion,
      String usuario,
      String personaNombre,
      String cargoNombre,
      String unidadCodigo,
      String destino,
      String unidadDestinoCodigo,
      String personaDestinoUsuario,
      String instruccion,
      String tareaId,
      Long duracionSegundos) {}

  @Id
  @SequenceGenerator(name = "movimiento_seq", sequenceName = "movimiento_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movimiento_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expediente_id")
  private Expediente expediente;

  @Column(nullable = false)
  private int secuencia;

  @Column(nullable = false)
  private Instant fecha;

  @Column(length = 20)
  private String procedimiento;

  @Column(nullable = false)
  private int actividad;

  @Column(nullable = false, length = 40)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Accion accion;

  @Column(nullable = false, length = 300)
  private String descripcion;

  @Column(nullable = false, length = 60)
  private String usuario;

  @Column(name = "persona_nombre", nullable = false, length = 250)
  private String personaNombre;

  @Column(name = "cargo_nombre", length = 200)
  private String cargoNombre;

  @Column(name = "unidad_codigo", nullable = false, length = 20)
  private String unidadCodigo;

  @Column(length = 250)
  private String destino;

  @Column(name = "unidad_destino_codigo", length = 20)
  private String unidadDestinoCodigo;

  @Column(name = "persona_destino_usuario", length = 60)
  private String personaDestinoUsuario;

  @Column(length = 1000)
  private String instruccion;

  @Column(name = "tarea_id", length = 64, unique = true)
  private String tareaId;

  @Column(name = "duracion_segundos")
  private Long duracionSegundos;

  protected Movimiento() {}

  Movimiento(Expediente expediente, int secuencia, Datos d) {
    this.expediente = expediente;
    this.secuencia = secuencia;
    this.fecha = d.fecha();
    this.procedimiento = d.procedimiento();
    this.actividad = d.actividad();
    this.accion = d.accion();
    this.descripcion = recortar(d.descripcion());
    this.usuario = d.usuario();
    this.personaNombre = d.personaNombre();
    this.cargoNombre = d.cargoNombre();
    this.unidadCodigo = d.unidadCodigo();
    this.destino = d.destino();
    this.unidadDestinoCodigo = d.unidadDestinoCodigo();
    this.personaDestinoUsuario = d.personaDestinoUsuario();
    this.instruccion =
        d.instruccion() == null || d.instruccion().isBlank() ? null : d.instruccion().trim();
    this.tareaId = d.tareaId();
    this.duracionSegundos = d.duracionSegundos();
  }

  private static String recortar(String s) {
    return s.length() <= LARGO_DESCRIPCION ? s : s.substring(0, LARGO_DESCRIPCION - 3) + "…";
  }

  public Long getId() {
    return id;
  }

  public Expediente getExpediente() {
    return expediente;
  }

  public int getSecuencia() {
    return secuencia;
  }

  public Instant getFecha() {
    return fecha;
  }

  public String getProcedimiento() {
    return procedimiento;
  }

  public int getActividad() {
    return actividad;
  }

  public Accion getAccion() {
    return accion;
  }

  public String getDescripcion() {
    return descripcion;
  }

  public String getUsuario() {
    return usuario;
  }

  public String getPersonaNombre() {
    return personaNombre;
  }

  public String getCargoNombre() {
    return cargoNombre;
  }

  public String getUnidadCodigo() {
    return unidadCodigo;
  }

  public String getDestino() {
    return destino;
  }

  public String getUnidadDestinoCodigo() {
    return unidadDestinoCodigo;
  }

  public String getPersonaDestinoUsuario() {
    return personaDestinoUsuario;
  }

  public String getInstruccion() {
    return instruccion;
  }

  public String getTareaId() {
    return tareaId;
  }

  public Long getDuracionSegundos() {
    return duracionSegundos;
  }
}
