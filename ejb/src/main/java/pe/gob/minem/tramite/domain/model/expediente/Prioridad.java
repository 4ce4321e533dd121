package pe.gob.minem.tramite.domain.model.expediente;

public enum Prioridad {
  NORMAL("Normal"),
  URGENTE("Urgente"),
  MUY_URGENTE("Muy urgente");

  private final String etiqueta;

  Prioridad(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
