package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** Where a backup is recorded before it goes to custody. */
public enum MedioDeRespaldo implements ConEtiqueta {
  CINTA("Cinta"),
  DISCO("Disco"),
  NUBE("Nube");

  private final String etiqueta;

  MedioDeRespaldo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
