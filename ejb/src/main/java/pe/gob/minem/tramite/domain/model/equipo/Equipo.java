package pe.gob.minem.tramite.domain.model.equipo;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An item of the OTI's equipment inventory, known by its código patrimonial (unique): what it is,
 * who has it, where, until when its warranty runs and whether it is in use. Its history is kept in
 * {@link EventoDeEquipo}, written by the service with every change.
 */
@Entity
@Table(name = "equipo")
public class Equipo {

  @Id
  @SequenceGenerator(name = "equipo_seq", sequenceName = "equipo_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipo_seq")
  private Long id;

  @Column(name = "codigo_patrimonial", nullable = false, unique = true, length = 20)
  private String codigoPatrimonial;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TipoDeEquipo tipo;

  @Column(nullable = false, length = DatosDeEquipo.LARGO_MARCA)
  private String marca;

  @Column(length = DatosDeEquipo.LARGO_MODELO)
  private String modelo;

  @Column(length = DatosDeEquipo.LARGO_SERIE)
  private String serie;

  @Column(name = "usuario_asignado", length = DatosDeEquipo.LARGO_USUARIO)
  private String usuarioAsignado;

  @Column(length = DatosDeEquipo.LARGO_UNIDAD)
  private String unidad;

  @Column(length = DatosDeEquipo.LARGO_UBICACION)
  private String ubicacion;

  @Column(name = "garantia_hasta")
  private LocalDate garantiaHasta;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoDeEquipo estado;

  @Column(nullable = false)
  private Instant registrado;

  @Version private long version;

  protected Equipo() {}

  /** A new item; OPERATIVO unless the data say otherwise. */
  public Equipo(DatosDeEquipo d, Instant ahora) {
    this.codigoPatrimonial = d.codigoPatrimonial();
    this.estado = d.estado() == null ? EstadoDeEquipo.OPERATIVO : d.estado();
    this.registrado = ahora;
    aplicar(d);
  }

  /**
   * Takes what the data say (the código stays) and returns each change as "campo: antes → después",
   * in Spanish; empty when nothing changed. A written-off item keeps its state and gets no new
   * person.
   */
  public List<String> actualizar(DatosDeEquipo d) {
    List<String> cambios = new ArrayList<>();
    EstadoDeEquipo nuevoEstado = d.estado() == null ? estado : d.estado();
    if (estado == EstadoDeEquipo.DADO_DE_BAJA) {
      if (nuevoEstado != estado) {
        throw new EquipoDadoDeBajaException(codigoPatrimonial, "cambiar su estado");
      }
      if (d.usuarioAsignado() != null && !d.usuarioAsignado().equals(usuarioAsignado)) {
        throw new EquipoDadoDeBajaException(codigoPatrimonial, "asignarlo a una persona");
      }
    }
    cambio(cambios, "Tipo", tipo.etiqueta(), d.tipo().etiqueta());
    cambio(cambios, "Marca", marca, d.marca());
    cambio(cambios, "Modelo", modelo, d.modelo());
    cambio(cambios, "Serie", serie, d.serie());
    cambio(cambios, "Usuario asignado", usuarioAsignado, d.usuarioAsignado());
    cambio(cambios, "Unidad", unidad, d.unidad());
    cambio(cambios, "Ubicación", ubicacion, d.ubicacion());
    cambio(cambios, "Garantía hasta", fecha(garantiaHasta), fecha(d.garantiaHasta()));
    cambio(cambios, "Estado", estado.etiqueta(), nuevoEstado.etiqueta());
    aplicar(d);
    estado = nuevoEstado;
    return cambios;
  }

  /** Whether the change of data gives the item to another person (an ASIGNACION event). */
  public boolean otraPersona(DatosDeEquipo d) {
    return !Objects.equals(usuarioAsignado, d.usuarioAsignado());
  }

  /** A new state; false when it already was in it. */
  public boolean cambiarEstado(EstadoDeEquipo nuevo) {
    Objects.requireNonNull(nuevo, "estado");
    if (nuevo == estado) {
      return false;
    }
    if (estado == EstadoDeEquipo.DADO_DE_BAJA) {
      throw new EquipoDadoDeBajaException(codigoPatrimonial, "cambiar su estado");
    }
    estado = nuevo;
    return true;
  }

  /** Under warranty on this day (the last day included); never without a date. */
  public boolean enGarantia(LocalDate fecha) {
    return garantiaHasta != null && !fecha.isAfter(garantiaHasta);
  }

  private void aplicar(DatosDeEquipo d) {
    tipo = d.tipo();
    marca = d.marca();
    modelo = d.modelo();
    serie = d.serie();
    usuarioAsignado = d.usuarioAsignado();
    unidad = d.unidad();
    ubicacion = d.ubicacion();
    garantiaHasta = d.garantiaHasta();
  }

  private static void cambio(List<String> cambios, String campo, String antes, String despues) {
    if (!Objects.equals(antes, despues)) {
      cambios.add(campo + ": " + vacio(antes) + " → " + vacio(despues));
    }
  }

  private static String vacio(String s) {
    return s == null ? "(vacío)" : s;
  }

  /** dd/MM/yyyy, as the history shows dates. */
  static String fecha(LocalDate d) {
    return d == null
        ? null
        : String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  public Long getId() {
    return id;
  }

  public String getCodigoPatrimonial() {
    return codigoPatrimonial;
  }

  public TipoDeEquipo getTipo() {
    return tipo;
  }

  public String getMarca() {
    return marca;
  }

  public String getModelo() {
    return modelo;
  }

  public String getSerie() {
    return serie;
  }

  public String getUsuarioAsignado() {
    return usuarioAsignado;
  }

  public String getUnidad() {
    return unidad;
  }

  public String getUbicacion() {
    return ubicacion;
  }

  public LocalDate getGarantiaHasta() {
    return garantiaHasta;
  }

  public EstadoDeEquipo getEstado() {
    return estado;
  }

  public Instant getRegistrado() {
    return registrado;
  }

  public long getVersion() {
    return version;
  }
}
