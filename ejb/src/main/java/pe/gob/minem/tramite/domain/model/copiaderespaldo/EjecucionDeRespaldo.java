package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt at a backup of a catalogue entry in an instance of P/OGA-TI-06 (ADR 0027): recorded
 * at act. 3 (mode, size), its log verified at act. 4 (with errors: a failure, and act. 3 makes a
 * new attempt; without: a success), recorded on its medium at act. 5 (the label) and sent to
 * custody at act. 6 (the guide). The Informe técnico mensual counts them.
 */
@Entity
@Table(name = "ejecucion_de_respaldo")
public class EjecucionDeRespaldo {

  /** Its log not yet verified; with errors (a failure); without errors (a success). */
  public enum Resultado {
    PENDIENTE,
    CON_ERRORES,
    SIN_ERRORES
  }

  @Id
  @SequenceGenerator(
      name = "ejecucion_de_respaldo_seq",
      sequenceName = "ejecucion_de_respaldo_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ejecucion_de_respaldo_seq")
  private Long id;

  @Column(name = "catalogo_id", nullable = false)
  private Long catalogoId;

  @Column(name = "proceso_id", nullable = false, length = 64)
  private String procesoId;

  @Column(nullable = false)
  private int intento;

  @Column(nullable = false, length = 30)
  private String expediente;

  @Column(name = "programado_para")
  private Instant programadoPara;

  @Column(nullable = false)
  private Instant realizada;

  @Column(name = "realizada_por", nullable = false, length = 100)
  private String realizadaPor;

  @Column(nullable = false, length = 12)
  private String modo;

  @Column(name = "tamano_mb", nullable = false)
  private long tamanoMb;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Resultado resultado;

  @Column(length = 3000)
  private String observacion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MedioDeRespaldo medio;

  @Column(name = "etiqueta_medio", length = 60)
  private String etiquetaMedio;

  @Column(nullable = false, length = 200)
  private String custodia;

  @Column(name = "guia_envio", length = 60)
  private String guiaEnvio;

  private Instant enviada;

  @Version private long version;

  protected EjecucionDeRespaldo() {}

  public EjecucionDeRespaldo(
      EntradaDeCatalogo entrada,
      String procesoId,
      int intento,
      String expediente,
      Instant programadoPara,
      Instant realizada,
      String realizadaPor,
      String modo,
      long tamanoMb) {
    this.catalogoId = entrada.getId();
    this.procesoId = procesoId;
    this.intento = intento;
    this.expediente = expediente;
    this.programadoPara = programadoPara;
    this.realizada = realizada;
    this.realizadaPor = realizadaPor;
    this.modo = modo;
    this.tamanoMb = tamanoMb;
    this.resultado = Resultado.PENDIENTE;
    this.medio = entrada.getMedio();
    this.custodia = entrada.getCustodia();
  }

  public void verificar(boolean conErrores, String observacion) {
    this.resultado = conErrores ? Resultado.CON_ERRORES : Resultado.SIN_ERRORES;
    this.observacion = observacion;
  }

  public void grabar(String etiquetaMedio) {
    this.etiquetaMedio = etiquetaMedio;
  }

  public void enviar(String guiaEnvio, Instant cuando) {
    this.guiaEnvio = guiaEnvio;
    this.enviada = cuando;
  }

  public boolean exitosa() {
    return resultado == Resultado.SIN_ERRORES;
  }

  public Long getId() {
    return id;
  }

  public Long getCatalogoId() {
    return catalogoId;
  }

  public String getProcesoId() {
    return procesoId;
  }

  public int getIntento() {
    return intento;
  }

  public String getExpediente() {
    return expediente;
  }

  public Instant getProgramadoPara() {
    return programadoPara;
  }

  public Instant getRealizada() {
    return realizada;
  }

  public String getRealizadaPor() {
    return realizadaPor;
  }

  public String getModo() {
    return modo;
  }

  public long getTamanoMb() {
    return tamanoMb;
  }

  public Resultado getResultado() {
    return resultado;
  }

  public String getObservacion() {
    return observacion;
  }

  public MedioDeRespaldo getMedio() {
    return medio;
  }

  public String getEtiquetaMedio() {
    return etiquetaMedio;
  }

  public String getCustodia() {
    return custodia;
  }

  public String getGuiaEnvio() {
    return guiaEnvio;
  }

  public Instant getEnviada() {
    return enviada;
  }
}
