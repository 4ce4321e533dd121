package pe.gob.minem.tramite.application.monitoreo;

import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.primero;
import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.texto;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * The JSON object a Zabbix webhook media type posts: its parameters, each a macro Zabbix resolved
 * (ADR 0028 says how the media type is configured). Read: {@code event_id} ({EVENT.ID}, the
 * problem's id — in a recovery message too, so the recovery finds its problem), {@code event_value}
 * ({EVENT.VALUE}: 1 problem, 0 resolved) or {@code event_status} ({EVENT.STATUS}: PROBLEM,
 * RESOLVED), {@code event_name}, {@code event_severity}, {@code host}, {@code trigger_id}, {@code
 * event_date} and {@code event_time}, {@code event_recovery_date} and {@code event_recovery_time},
 * {@code event_opdata}, {@code trigger_description}, {@code event_url}. A macro Zabbix left
 * unresolved ("{EVENT.RECOVERY.DATE}" in a problem message) counts as absent.
 */
final class LectorDeZabbix {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  private LectorDeZabbix() {}

  static List<AlertaRecibida> leer(JsonObject p) {
    String id = valor(p, "event_id");
    if (id == null) {
      throw new DatosInvalidosException(
          "event_id",
          "Falta «event_id»: no es el cuerpo de un tipo de medio webhook de Zabbix (configure el"
              + " parámetro event_id con {EVENT.ID}).");
    }
    if (!id.matches("\\d{1,20}")) {
      throw new DatosInvalidosException(
          "event_id", "«event_id» debe ser el número del evento de Zabbix, no «" + id + "».");
    }
    boolean resuelta = resuelta(p);
    String nombre = primero(valor(p, "event_name"), valor(p, "trigger_name"));
    if (nombre == null) {
      throw new DatosInvalidosException(
          "event_name", "Falta «event_name» (configure el parámetro con {EVENT.NAME}).");
    }
    Map<String, String> datos = new LinkedHashMap<>();
    for (String k : p.keySet()) {
      String v = valor(p, k);
      if (v != null) {
        datos.put(k, v);
      }
    }
    return List.of(
        new AlertaRecibida(
            id,
            resuelta,
            nombre,
            valor(p, "event_severity"),
            primero(valor(p, "host"), valor(p, "host_name"), valor(p, "host_ip")),
            primero(valor(p, "event_opdata"), valor(p, "trigger_description")),
            datos,
            fechaYHora(p, "event_date", "event_time"),
            resuelta ? fechaYHora(p, "event_recovery_date", "event_recovery_time") : null,
            valor(p, "event_url")));
  }

  private static boolean resuelta(JsonObject p) {
    String valor = valor(p, "event_value");
    if (valor != null) {
      return switch (valor) {
        case "1" -> false;
        case "0" -> true;
        default ->
            throw new DatosInvalidosException(
                "event_value",
                "«event_value» debe ser 1 (problema) o 0 (resuelto), no «" + valor + "».");
      };
    }
    String estado = valor(p, "event_status");
    if (estado == null) {
      throw new DatosInvalidosException(
          "event_value",
          "Falta el estado del evento: envíe «event_value» ({EVENT.VALUE}) o «event_status»"
              + " ({EVENT.STATUS}).");
    }
    return switch (estado.toUpperCase(Locale.ROOT)) {
      case "PROBLEM" -> false;
      case "RESOLVED", "OK" -> true;
      default ->
          throw new DatosInvalidosException(
              "event_status", "«event_status» debe ser PROBLEM o RESOLVED, no «" + estado + "».");
    };
  }

  /** A parameter's text; null when absent, blank or a macro left unresolved ("{EVENT.X}"). */
  private static String valor(JsonObject p, String clave) {
    JsonValue v = p.get(clave);
    if (v == null
        || v.getValueType() == JsonValue.ValueType.OBJECT
        || v.getValueType() == JsonValue.ValueType.ARRAY) {
      return null;
    }
    String s =
        v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE
            ? v.toString()
            : texto(p, clave, clave);
    if (s == null || s.isBlank() || s.strip().matches("\\{[A-Z0-9_.]+\\}")) {
      return null;
    }
    return s.strip();
  }

  /**
   * Zabbix's {EVENT.DATE} (yyyy.MM.dd) and {EVENT.TIME} (HH:mm:ss), in the Zabbix server's time
   * zone, taken as Lima's; null when either is absent.
   */
  private static Instant fechaYHora(JsonObject p, String claveFecha, String claveHora) {
    String f = valor(p, claveFecha);
    String h = valor(p, claveHora);
    if (f == null || h == null) {
      return null;
    }
    try {
      return LocalDate.parse(f, FECHA).atTime(LocalTime.parse(h)).atZone(Reloj.LIMA).toInstant();
    } catch (DateTimeParseException e) {
      throw new DatosInvalidosException(
          claveFecha,
          "«"
              + claveFecha
              + "» y «"
              + claveHora
              + "» deben ser como 2026.12.02 y 10:15:00, no «"
              + f
              + "» y «"
              + h
              + "».");
    }
  }
}
