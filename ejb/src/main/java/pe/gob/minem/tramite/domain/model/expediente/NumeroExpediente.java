package pe.gob.minem.tramite.domain.model.expediente;

import java.util.regex.Pattern;

/** {@code EXP-2026-000123}: the year and its correlative, never reused. */
public record NumeroExpediente(int anio, long correlativo) {

  private static final Pattern FORMATO = Pattern.compile("EXP-(\\d{4})-(\\d{6,})");

  public NumeroExpediente {
    if (anio < 1900 || anio > 9999 || correlativo < 1) {
      throw new DatosInvalidosException("numero", "Número de expediente fuera de rango.");
    }
  }

  public static NumeroExpediente de(String texto) {
    var m = FORMATO.matcher(texto == null ? "" : texto.trim().toUpperCase());
    if (!m.matches()) {
      throw new DatosInvalidosException(
          "numero", "El número de expediente debe tener la forma EXP-AAAA-NNNNNN.");
    }
    return new NumeroExpediente(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
  }

  @Override
  public String toString() {
    return String.format("EXP-%04d-%06d", anio, correlativo);
  }
}
