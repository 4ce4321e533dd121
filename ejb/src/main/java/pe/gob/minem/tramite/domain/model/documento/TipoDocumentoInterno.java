package pe.gob.minem.tramite.domain.model.documento;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * The kinds of documents drafted inside an expediente, and how each ends: signed (suscrito) by the
 * Director General, or only with his visto bueno (MAPRO P/OGA-TI-02 act. 9).
 */
public enum TipoDocumentoInterno implements ConEtiqueta {
  OFICIO("Oficio", true),
  MEMORANDO("Memorando", true),
  INFORME_TECNICO("Informe técnico", false),
  ACTA("Acta", true),
  TERMINOS_DE_REFERENCIA("Términos de referencia", false),
  PLAN("Plan", false),
  CONSTANCIA("Constancia", false),
  SOLICITUD("Solicitud", false);

  private final String etiqueta;
  private final boolean paraSuscribir;

  TipoDocumentoInterno(String etiqueta, boolean paraSuscribir) {
    this.etiqueta = etiqueta;
    this.paraSuscribir = paraSuscribir;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** True when it ends in the Director General's signature (act. 11), false for V°B° (act. 12). */
  public boolean paraSuscribir() {
    return paraSuscribir;
  }
}
