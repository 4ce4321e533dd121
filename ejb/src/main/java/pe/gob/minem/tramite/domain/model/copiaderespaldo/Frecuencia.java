package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * How often a backup runs: every day, one day of the week (1 = lunes … 7 = domingo) or one day of
 * the month (1 to 31; in a shorter month, its last day).
 */
public enum Frecuencia implements ConEtiqueta {
  DIARIA("Diaria"),
  SEMANAL("Semanal"),
  MENSUAL("Mensual");

  private final String etiqueta;

  Frecuencia(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
