package pe.gob.minem.tramite.domain.model.expediente;

/** Who presents the expediente at the mesa de partes. */
public enum Origen {
  ADMINISTRADO("Administrado"),
  ENTIDAD("Otra entidad"),
  ORGANO_MINISTERIO("Órgano del ministerio");

  private final String etiqueta;

  Origen(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
