package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** The kind of document that opens an expediente. */
public enum TipoDocumento implements ConEtiqueta {
  SOLICITUD("Solicitud"),
  OFICIO("Oficio"),
  CARTA("Carta"),
  MEMORANDO("Memorando"),
  INFORME("Informe"),
  OTRO("Otro");

  private final String etiqueta;

  TipoDocumento(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
