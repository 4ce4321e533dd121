package pe.gob.minem.tramite.domain.model.expediente;

/** The kind of document that opens an expediente. */
public enum TipoDocumento {
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

  public String etiqueta() {
    return etiqueta;
  }
}
