package pe.gob.minem.tramite.domain.model.monitoreo;

/** The monitoring software a source is, which decides how its webhook's body is read. */
public enum TipoDeFuente {
  ALERTMANAGER("Prometheus Alertmanager"),
  ZABBIX("Zabbix");

  private final String etiqueta;

  TipoDeFuente(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
