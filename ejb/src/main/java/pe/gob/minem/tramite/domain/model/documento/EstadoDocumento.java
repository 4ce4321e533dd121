package pe.gob.minem.tramite.domain.model.documento;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

public enum EstadoDocumento implements ConEtiqueta {
  BORRADOR("Borrador"),
  EN_REVISION("En revisión"),
  OBSERVADO("Observado"),
  CON_VISTO_BUENO("Con visto bueno"),
  SUSCRITO("Suscrito"),
  DERIVADO("Derivado al responsable");

  private final String etiqueta;

  EstadoDocumento(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
