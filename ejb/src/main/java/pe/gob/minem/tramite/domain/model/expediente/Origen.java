package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** Who presents the expediente at the mesa de partes. */
public enum Origen implements ConEtiqueta {
  ADMINISTRADO("Administrado"),
  ENTIDAD("Otra entidad"),
  ORGANO_MINISTERIO("Órgano del ministerio");

  private final String etiqueta;

  Origen(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
