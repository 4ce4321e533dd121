package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** What a catalogue entry backs up. */
public enum TipoDeRespaldo implements ConEtiqueta {
  SERVIDOR("Servidor"),
  BASE_DE_DATOS("Base de datos"),
  CARPETA("Carpeta");

  private final String etiqueta;

  TipoDeRespaldo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
