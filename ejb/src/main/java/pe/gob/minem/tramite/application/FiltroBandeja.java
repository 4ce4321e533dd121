package pe.gob.minem.tramite.application;

/** Filters of the bandeja; null means "any". */
public record FiltroBandeja(String tipoDocumento, String prioridad, boolean soloVencidos) {
  public static final FiltroBandeja TODO = new FiltroBandeja(null, null, false);
}
