package pe.gob.minem.tramite.domain.model.copiaderespaldo;

/** Where a backup is recorded before it goes to custody. */
public enum MedioDeRespaldo {
  CINTA("Cinta"),
  DISCO("Disco"),
  NUBE("Nube");

  private final String etiqueta;

  MedioDeRespaldo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
