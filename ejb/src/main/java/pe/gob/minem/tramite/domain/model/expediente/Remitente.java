package pe.gob.minem.tramite.domain.model.expediente;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Who sends the expediente: a person (DNI) or a company or entity (RUC). */
@Embeddable
public class Remitente {

  public enum TipoDocumentoIdentidad {
    DNI,
    RUC
  }

  @Column(name = "remitente_nombre", nullable = false, length = 200)
  private String nombre;

  @Enumerated(EnumType.STRING)
  @Column(name = "remitente_tipo_documento", nullable = false, length = 10)
  private TipoDocumentoIdentidad tipoDocumento;

  @Column(name = "remitente_numero_documento", nullable = false, length = 11)
  private String numeroDocumento;

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
