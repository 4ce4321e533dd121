package pe.gob.minem.tramite.domain.model.expediente;

import java.util.Optional;
import java.util.regex.Pattern;

/** {@code EXP-2026-000123}: the year and its correlative, never reused. */
public record NumeroExpediente(int anio, long correlativo) {

  private static final Pattern FORMATO = Pattern.compile("EXP-(\\d{4})-(\\d{6,})");

  public NumeroExpediente {
    if (anio < 1900 || anio > 9999 || correlativo < 1) {
      throw new DatosInvalidosException("numero", "Número de expediente fuera de rango.");
    }
  }

  /** A number a person typed: surrounding blanks and the case do not matter. */
  public static NumeroExpediente de(String texto) {
    var m = FORMATO.matcher(texto == null ? "" : texto.trim().toUpperCase());
    if (!m.matches()) {
      throw new DatosInvalidosException(
          "numero", "El número de expediente debe tener la forma EXP-AAAA-NNNNNN.");
    }
    return new NumeroExpediente(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
  }

  /**
   * A number as the system wrote it (its column, a process variable, an event): only its exact text
   * form, so that looking it up finds what a comparison of the texts found; empty otherwise.
   */
  public static Optional<NumeroExpediente> exacto(String texto) {
    if (texto == null || !FORMATO.matcher(texto).matches()) {
      return Optional.empty();
    }
    try {
      var n = de(texto);
      return n.toString().equals(texto) ? Optional.of(n) : Optional.empty();
    } catch (DatosInvalidosException | NumberFormatException fueraDeRango) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return String.format("EXP-%04d-%06d", anio, correlativo);
  }
}
