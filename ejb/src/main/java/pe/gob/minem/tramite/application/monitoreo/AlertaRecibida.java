package pe.gob.minem.tramite.application.monitoreo;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One alert as a monitoring source's webhook says it, whatever the source: what identifies it, its
 * state and what a person needs to see to attend it.
 *
 * @param huella what identifies the alert at its source (Alertmanager's fingerprint, Zabbix's
 *     problem event id): firings and the resolution of the same alert carry the same one
 * @param resuelta the source says it is over (Alertmanager {@code resolved}, Zabbix recovery)
 * @param nombre alertname, or Zabbix's event name
 * @param severidad as the source names it (critical, warning; Disaster, High…); may be null
 * @param equipo the instance or host it is about; may be null
 * @param resumen the summary or description; may be null
 * @param datos every label and annotation, or every Zabbix parameter, in the source's order
 * @param inicio when it started at the source; may be null
 * @param fin when it ended at the source (resolved only); may be null
 * @param enlace a link to the source's view of it; may be null
 */
public record AlertaRecibida(
    String huella,
    boolean resuelta,
    String nombre,
    String severidad,
    String equipo,
    String resumen,
    Map<String, String> datos,
    Instant inicio,
    Instant fin,
    String enlace) {

  public AlertaRecibida {
    Objects.requireNonNull(huella, "huella");
    Objects.requireNonNull(nombre, "nombre");
    datos = datos == null ? Map.of() : java.util.Collections.unmodifiableMap(datos);
  }
}
