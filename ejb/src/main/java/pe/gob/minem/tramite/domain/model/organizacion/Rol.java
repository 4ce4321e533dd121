package pe.gob.minem.tramite.domain.model.organizacion;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * The kind of position a cargo is; together with the unit it names the BPMN candidate group ({@code
 * OTI:DIRECTOR}, {@code OGA:SECRETARIA}).
 */
public enum Rol implements ConEtiqueta {
  DIRECTOR("Director(a)"),
  SECRETARIA("Secretaria"),
  ANALISTA_LEGAL("Analista legal"),
  ANALISTA("Analista"),
  ESPECIALISTA("Especialista"),
  COORDINADOR("Coordinador(a)"),
  OPERADOR("Operador(a)"),
  REPRESENTANTE("Representante"),
  USUARIO("Usuario(a)");

  private final String etiqueta;

  Rol(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** The word a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public String grupo(String codigoUnidad) {
    return codigoUnidad + ":" + name();
  }
}
