package pe.gob.minem.tramite.application.bandeja;

/**
 * Filters of the bandeja; null means "any". {@code texto} is found in the number or the asunto,
 * whatever the case (ConsultaDeBandeja).
 */
public record FiltroBandeja(
    String tipoDocumento, String prioridad, boolean soloVencidos, String texto) {
  public static final FiltroBandeja TODO = new FiltroBandeja(null, null, false, null);

  public FiltroBandeja(String tipoDocumento, String prioridad, boolean soloVencidos) {
    this(tipoDocumento, prioridad, soloVencidos, null);
  }
}
