package pe.gob.minem.tramite.domain.model.monitoreo;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** The monitoring software a source is, which decides how its webhook's body is read. */
public enum TipoDeFuente implements ConEtiqueta {
  ALERTMANAGER("Prometheus Alertmanager"),
  ZABBIX("Zabbix");

  private final String etiqueta;

  TipoDeFuente(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
