package pe.gob.minem.tramite.domain.model.monitoreo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One occurrence of an alert of a monitoring source, from its first firing to its resolution (ADR
 * 0028). It is identified by its source and {@code huella} (Alertmanager's fingerprint, Zabbix's
 * problem event id); {@code claveAbierta} repeats the huella while it is open and is emptied when
 * it is resolved: a unique index on (source, claveAbierta) lets one occurrence be open at a time,
 * whatever node receives the firing.
 */
@Entity
@Table(name = "alerta_de_monitoreo")
@NamedQuery(
    name = "AlertaDeMonitoreo.abierta",
    query =
        "SELECT a FROM AlertaDeMonitoreo a WHERE a.fuenteId = :fuente AND a.claveAbierta = :clave")
@NamedQuery(
    name = "AlertaDeMonitoreo.repetir",
    query =
        "UPDATE AlertaDeMonitoreo a SET a.recepciones = a.recepciones + 1, a.ultimaRecepcion ="
            + " :ahora, a.version = a.version + 1 WHERE a.fuenteId = :fuente AND a.claveAbierta ="
            + " :clave")
@NamedQuery(
    name = "AlertaDeMonitoreo.recientes",
    query = "SELECT a FROM AlertaDeMonitoreo a ORDER BY a.ultimaRecepcion DESC, a.id DESC")
public class AlertaDeMonitoreo {

  /** The longest huella kept (Alertmanager's are 16 hex digits, a label hash 64). */
  public static final int LARGO_HUELLA = 200;

  public enum Estado {
    ABIERTA,
    RESUELTA
  }

  @Id
  @SequenceGenerator(
      name = "alerta_de_monitoreo_seq",
      sequenceName = "alerta_de_monitoreo_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alerta_de_monitoreo_seq")
  private Long id;

  @Column(name = "fuente_id", nullable = false)
  private Long fuenteId;

  @Column(nullable = false, length = LARGO_HUELLA)
  private String huella;

  @Column(name = "clave_abierta", length = LARGO_HUELLA)
  private String claveAbierta;

  @Column(nullable = false, length = 300)
  private String nombre;

  @Column(length = 40)
  private String severidad;

  @Column(length = 300)
  private String equipo;

  @Column(length = 1000)
  private String resumen;

  @Column(nullable = false, length = 20)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Estado estado = Estado.ABIERTA;

  @Column(name = "expediente_numero", length = 30)
  private String expedienteNumero;

  @Column(name = "proceso_id", length = 64)
  private String procesoId;

  private Instant inicio;

  @Column(name = "primera_recepcion", nullable = false)
  private Instant primeraRecepcion;

  @Column(name = "ultima_recepcion", nullable = false)
  private Instant ultimaRecepcion;

  private Instant resuelta;

  @Column(nullable = false)
  private int recepciones = 1;

  @Version private long version;

  protected AlertaDeMonitoreo() {}

  /** The first firing of an alert: open, received once. */
  public AlertaDeMonitoreo(
      Long fuenteId,
      String huella,
      String nombre,
      String severidad,
      String equipo,
      String resumen,
      Instant inicio,
      Instant ahora) {
    this.fuenteId = fuenteId;
    this.huella = huella;
    this.claveAbierta = huella;
    this.nombre = recortar(nombre, 300);
    this.severidad = recortar(severidad, 40);
    this.equipo = recortar(equipo, 300);
    this.resumen = recortar(resumen, 1000);
    this.inicio = inicio;
    this.primeraRecepcion = ahora;
    this.ultimaRecepcion = ahora;
  }

  /** The expediente opened for it and the P/OGA-TI-08 instance that runs on it. */
  public void atenderCon(String expedienteNumero, String procesoId) {
    this.expedienteNumero = expedienteNumero;
    this.procesoId = procesoId;
  }

  /**
   * The source says it is over: no longer open, so the next firing of the same huella is a new
   * occurrence.
   */
  public void resolver(Instant ahora) {
    if (estado == Estado.RESUELTA) {
      throw new IllegalStateException("La alerta " + id + " ya está resuelta");
    }
    estado = Estado.RESUELTA;
    claveAbierta = null;
    resuelta = ahora;
    ultimaRecepcion = ahora;
  }

  private static String recortar(String s, int largo) {
    return s == null || s.length() <= largo ? s : s.substring(0, largo - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getFuenteId() {
    return fuenteId;
  }

  public String getHuella() {
    return huella;
  }

  public String getNombre() {
    return nombre;
  }

  public String getSeveridad() {
    return severidad;
  }

  public String getEquipo() {
    return equipo;
  }

  public String getResumen() {
    return resumen;
  }

  public Estado getEstado() {
    return estado;
  }

  public String getExpedienteNumero() {
    return expedienteNumero;
  }

  public String getProcesoId() {
    return procesoId;
  }

  public Instant getInicio() {
    return inicio;
  }

  public Instant getPrimeraRecepcion() {
    return primeraRecepcion;
  }

  public Instant getUltimaRecepcion() {
    return ultimaRecepcion;
  }

  public Instant getResuelta() {
    return resuelta;
  }

  public int getRecepciones() {
    return recepciones;
  }
}
