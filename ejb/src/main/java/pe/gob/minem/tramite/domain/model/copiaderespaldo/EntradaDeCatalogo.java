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
import java.util.LinkedHashMap;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * An entry of the catálogo de respaldos (P/OGA-TI-06, ADR 0027): a server, database or folder, when
 * its backup runs, how long it is kept, on what medium and where it is kept in custody. The OTI
 * edits it; every change is kept in {@link CambioDeCatalogo}. {@code ultimaProgramada} is the last
 * due time a run was started for: the scheduler claims the next one in the database.
 */
@Entity
@Table(name = "catalogo_respaldo")
public class EntradaDeCatalogo {

  @Id
  @SequenceGenerator(
      name = "catalogo_respaldo_seq",
      sequenceName = "catalogo_respaldo_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogo_respaldo_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String servidor;

  @Column(length = 3000)
  private String informacion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TipoDeRespaldo tipo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Frecuencia frecuencia;

  private Integer dia;

  @Column(nullable = false, length = 5)
  private String hora;

  @Column(name = "retencion_dias", nullable = false)
  private int retencionDias;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MedioDeRespaldo medio;

  @Column(nullable = false, length = 200)
  private String custodia;

  @Column(nullable = false)
  private boolean activo;

  @Column(name = "ultima_programada", nullable = false)
  private Instant ultimaProgramada;

  @Column(nullable = false)
  private Instant creado;

  @Column(name = "creado_por", nullable = false, length = 100)
  private String creadoPor;

  @Version private long version;

  protected EntradaDeCatalogo() {}

  /** What an entry says, checked: the API, the page and act. 2 of P/OGA-TI-06 all give this. */
  public record Datos(
      String servidor,
      String informacion,
      TipoDeRespaldo tipo,
      Programacion programacion,
      int retencionDias,
      MedioDeRespaldo medio,
      String custodia) {
    public Datos {
      servidor = limpio(servidor);
      if (servidor == null) {
        throw new DatosInvalidosException(
            "servidor", "Indique el servidor, la base de datos o la carpeta.");
      }
      if (servidor.length() > 200) {
        throw new DatosInvalidosException(
            "servidor", "El servidor no puede pasar de 200 caracteres.");
      }
      informacion = limpio(informacion);
      if (informacion != null && informacion.length() > 3000) {
        throw new DatosInvalidosException(
            "informacion", "La información a respaldar no puede pasar de 3000 caracteres.");
      }
      if (tipo == null) {
        throw new DatosInvalidosException(
            "tipo", "Elija el tipo: servidor, base de datos o carpeta.");
      }
      if (programacion == null) {
        throw new DatosInvalidosException("frecuencia", "Elija la frecuencia.");
      }
      if (retencionDias < 1 || retencionDias > 3650) {
        throw new DatosInvalidosException(
            "retencion", "La retención debe estar entre 1 y 3650 días.");
      }
      if (medio == null) {
        throw new DatosInvalidosException("medio", "Elija el medio: cinta, disco o nube.");
      }
      custodia = limpio(custodia);
      if (custodia == null) {
        throw new DatosInvalidosException("custodia", "Indique el lugar de custodia.");
      }
      if (custodia.length() > 200) {
        throw new DatosInvalidosException(
            "custodia", "El lugar de custodia no puede pasar de 200 caracteres.");
      }
    }

    private static String limpio(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  /**
   * A new active entry; its first run is the first due time after {@code ahora} (nothing before it
   * is caught up).
   */
  public EntradaDeCatalogo(Datos d, String usuario, Instant ahora) {
    aplicar(d);
    this.activo = true;
    this.ultimaProgramada = ahora;
    this.creado = ahora;
    this.creadoPor = usuario;
  }

  /**
   * Changes what it says. A changed schedule counts from now: the runs due under the old one and
   * not started are not caught up under the new one.
   */
  public void actualizar(Datos d, Instant ahora) {
    boolean otraHora = !d.programacion().equals(programacion());
    aplicar(d);
    if (otraHora && ultimaProgramada.isBefore(ahora)) {
      ultimaProgramada = ahora;
    }
  }

  public void desactivar() {
    activo = false;
  }

  /** Active again: from now on (the runs missed while inactive are not caught up). */
  public void activar(Instant ahora) {
    if (!activo && ultimaProgramada.isBefore(ahora)) {
      ultimaProgramada = ahora;
    }
    activo = true;
  }

  private void aplicar(Datos d) {
    servidor = d.servidor();
    informacion = d.informacion();
    tipo = d.tipo();
    frecuencia = d.programacion().frecuencia();
    dia = d.programacion().dia();
    hora = d.programacion().hora().toString();
    retencionDias = d.retencionDias();
    medio = d.medio();
    custodia = d.custodia();
  }

  public Programacion programacion() {
    return new Programacion(frecuencia, dia, Programacion.hora(hora));
  }

  /** What it says now, field by field, as the history keeps it ("antes" and "después"). */
  public Map<String, String> resumen() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("servidor", servidor);
    m.put("informacion", informacion == null ? "" : informacion);
    m.put("tipo", tipo.name());
    m.put("frecuencia", frecuencia.name());
    m.put("dia", dia == null ? "" : dia.toString());
    m.put("hora", hora);
    m.put("retencionDias", Integer.toString(retencionDias));
    m.put("medio", medio.name());
    m.put("custodia", custodia);
    m.put("activo", Boolean.toString(activo));
    return m;
  }

  public Long getId() {
    return id;
  }

  public String getServidor() {
    return servidor;
  }

  public String getInformacion() {
    return informacion;
  }

  public TipoDeRespaldo getTipo() {
    return tipo;
  }

  public Frecuencia getFrecuencia() {
    return frecuencia;
  }

  public Integer getDia() {
    return dia;
  }

  public String getHora() {
    return hora;
  }

  public int getRetencionDias() {
    return retencionDias;
  }

  public MedioDeRespaldo getMedio() {
    return medio;
  }

  public String getCustodia() {
    return custodia;
  }

  public boolean isActivo() {
    return activo;
  }

  public Instant getUltimaProgramada() {
    return ultimaProgramada;
  }

  public Instant getCreado() {
    return creado;
  }

  public String getCreadoPor() {
    return creadoPor;
  }
}
