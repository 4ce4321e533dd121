package pe.gob.minem.tramite.domain.model.copiaderespaldo;

/** What a catalogue entry backs up. */
public enum TipoDeRespaldo {
  SERVIDOR("Servidor"),
  BASE_DE_DATOS("Base de datos"),
  CARPETA("Carpeta");

  private final String etiqueta;

  TipoDeRespaldo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
