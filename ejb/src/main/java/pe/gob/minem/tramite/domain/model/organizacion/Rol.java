package pe.gob.minem.tramite.domain.model.organizacion;

/**
 * The kind of position a cargo is; together with the unit it names the BPMN candidate group ({@code
 * OTI:DIRECTOR}, {@code OGA:SECRETARIA}).
 */
public enum Rol {
  DIRECTOR,
  SECRETARIA,
  ANALISTA_LEGAL,
  ANALISTA,
  ESPECIALISTA,
  COORDINADOR,
  OPERADOR,
  REPRESENTANTE,
  USUARIO;

  public String grupo(String codigoUnidad) {
    return codigoUnidad + ":" + name();
  }
}
