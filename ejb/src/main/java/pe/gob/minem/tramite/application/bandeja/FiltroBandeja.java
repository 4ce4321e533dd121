package pe.gob.minem.tramite.application.bandeja;

import java.util.Locale;

/** Filters of the bandeja; null means "any". {@code texto} matches the number or the asunto. */
public record FiltroBandeja(
    String tipoDocumento, String prioridad, boolean soloVencidos, String texto) {
  public static final FiltroBandeja TODO = new FiltroBandeja(null, null, false, null);

  public FiltroBandeja(String tipoDocumento, String prioridad, boolean soloVencidos) {
    this(tipoDocumento, prioridad, soloVencidos, null);
  }

  boolean coincide(String numero, String asunto) {
    if (texto == null || texto.isBlank()) {
      return true;
    }
    String t = texto.strip().toLowerCase(Locale.ROOT);
    return numero.toLowerCase(Locale.ROOT).contains(t)
        || asunto.toLowerCase(Locale.ROOT).contains(t);
  }
}
