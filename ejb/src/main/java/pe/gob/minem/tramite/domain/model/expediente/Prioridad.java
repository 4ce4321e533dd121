package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

public enum Prioridad implements ConEtiqueta {
  NORMAL("Normal"),
  URGENTE("Urgente"),
  MUY_URGENTE("Muy urgente");

  private final String etiqueta;

  Prioridad(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
