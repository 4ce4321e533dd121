package pe.gob.minem.tramite.domain.model.expediente;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Who sends the expediente: a person (DNI), a company or entity (RUC), or a unit of the ministry
 * with the name and cargo of its signer (ADR 0037), which has no identity document.
 */
@Embeddable
public class Remitente {

  public enum TipoDocumentoIdentidad {
    DNI,
    RUC
  }

  @Column(name = "remitente_nombre", nullable = false, length = 200)
  private String nombre;

  /** Null for a unit of the ministry. */
  @Enumerated(EnumType.STRING)
  @Column(name = "remitente_tipo_documento", length = 10)
  private TipoDocumentoIdentidad tipoDocumento;

  /** Null for a unit of the ministry. */
  @Column(name = "remitente_numero_documento", length = 11)
  private String numeroDocumento;

  /** The sending unit's code, when the sender is a unit of the ministry. */
  @Column(name = "remitente_unidad_codigo", length = 20)
  private String unidadCodigo;

  /** The unit's name as it was when the document was registered. */
  @Column(name = "remitente_unidad_nombre", length = 200)
  private String unidadNombre;

  /** The signer's cargo in the sending unit. */
  @Column(name = "remitente_cargo", length = 200)
  private String cargo;

  protected Remitente() {}

  /**
   * @throws DatosInvalidosException when the document number is not a valid DNI or RUC
   */
  public Remitente(String nombre, TipoDocumentoIdentidad tipoDocumento, String numeroDocumento) {
    if (nombre == null || nombre.isBlank()) {
      throw new DatosInvalidosException("remitente.nombre", "Indique el nombre del remitente.");
    }
    Objects.requireNonNull(tipoDocumento);
    String numero = numeroDocumento == null ? "" : numeroDocumento.trim();
    switch (tipoDocumento) {
      case DNI -> {
        if (!numero.matches("\\d{8}")) {
          throw new DatosInvalidosException(
              "remitente.numeroDocumento", "El DNI debe tener 8 dígitos.");
        }
      }
      case RUC -> {
        if (!Ruc.esValido(numero)) {
          throw new DatosInvalidosException(
              "remitente.numeroDocumento",
              "El RUC " + numero + " no es válido (11 dígitos con dígito verificador correcto).");
        }
      }
    }
    this.nombre = nombre.trim();
    this.tipoDocumento = tipoDocumento;
    this.numeroDocumento = numero;
  }

  /**
   * A unit of the ministry as sender: its code (its name is filled in by {@link #deUnidad(String,
   * String, String, String)} once the unit is found), the signer's name and his cargo.
   *
   * @throws DatosInvalidosException when the unit, the signer or his cargo is missing
   */
  public static Remitente deUnidad(String codigoUnidad, String firmante, String cargo) {
    return deUnidad(codigoUnidad, null, firmante, cargo);
  }

  /** As {@link #deUnidad(String, String, String)}, with the unit's name. */
  public static Remitente deUnidad(
      String codigoUnidad, String nombreUnidad, String firmante, String cargo) {
    if (codigoUnidad == null || codigoUnidad.isBlank()) {
      throw new DatosInvalidosException(
          "remitente.unidad", "Elija la unidad del ministerio que remite el documento.");
    }
    if (firmante == null || firmante.isBlank()) {
      throw new DatosInvalidosException(
          "remitente.nombre", "Indique el nombre de quien firma el documento por la unidad.");
    }
    if (cargo == null || cargo.isBlank()) {
      throw new DatosInvalidosException(
          "remitente.cargo", "Indique el cargo de quien firma el documento por la unidad.");
    }
    if (firmante.strip().length() > 200 || cargo.strip().length() > 200) {
      throw new DatosInvalidosException(
          "remitente.cargo",
          "El nombre y el cargo del firmante no pueden pasar de 200 caracteres.");
    }
    var r = new Remitente();
    r.nombre = firmante.strip();
    r.unidadCodigo = codigoUnidad.strip().toUpperCase();
    r.unidadNombre = nombreUnidad == null ? null : nombreUnidad.strip();
    r.cargo = cargo.strip();
    return r;
  }

  /** The same unit sender, with the unit's name as the organisation has it. */
  public Remitente conNombreDeUnidad(String nombreUnidad) {
    if (!esUnidad()) {
      return this;
    }
    return deUnidad(unidadCodigo, nombreUnidad, nombre, cargo);
  }

  /** True when the sender is a unit of the ministry (no DNI or RUC). */
  public boolean esUnidad() {
    return unidadCodigo != null;
  }

  /**
   * The sender in words: «Rosa Quispe — DNI 41234567», or «Dirección General de Minería (DGM) —
   * Fernando Aguilar Díaz, Director General».
   */
  public String descripcion() {
    if (esUnidad()) {
      String unidad =
          unidadNombre == null ? unidadCodigo : unidadNombre + " (" + unidadCodigo + ")";
      return unidad + " — " + nombre + ", " + cargo;
    }
    return nombre + " — " + tipoDocumento + " " + numeroDocumento;
  }

  public String getUnidadCodigo() {
    return unidadCodigo;
  }

  public String getUnidadNombre() {
    return unidadNombre;
  }

  public String getCargo() {
    return cargo;
  }

  public String getNombre() {
    return nombre;
  }

  public TipoDocumentoIdentidad getTipoDocumento() {
    return tipoDocumento;
  }

  public String getNumeroDocumento() {
    return numeroDocumento;
  }
}
