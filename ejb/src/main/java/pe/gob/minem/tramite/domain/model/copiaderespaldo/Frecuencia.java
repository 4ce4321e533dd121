package pe.gob.minem.tramite.domain.model.copiaderespaldo;

/**
 * How often a backup runs: every day, one day of the week (1 = lunes … 7 = domingo) or one day of
 * the month (1 to 31; in a shorter month, its last day).
 */
public enum Frecuencia {
  DIARIA("Diaria"),
  SEMANAL("Semanal"),
  MENSUAL("Mensual");

  private final String etiqueta;

  Frecuencia(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
