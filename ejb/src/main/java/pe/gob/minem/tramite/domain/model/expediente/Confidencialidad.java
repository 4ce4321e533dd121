package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * Who may see an expediente or a document (Ley 27806: information is public unless one of its
 * exceptions applies). See ADR 0011.
 */
public enum Confidencialidad implements ConEtiqueta {
  /** Any person of the entity who logs in finds and reads it. */
  PUBLICO("Público"),
  /** Art. 16 (reservada): the units it passed through, and the persons who handled it. */
  RESERVADO("Reservado"),
  /**
   * Art. 17 (confidencial, e.g. personal data): only the persons who handled it and the directors
   * of the units it passed through.
   */
  CONFIDENCIAL("Confidencial");

  private final String etiqueta;

  Confidencialidad(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
