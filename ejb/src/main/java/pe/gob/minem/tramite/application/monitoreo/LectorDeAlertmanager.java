package pe.gob.minem.tramite.application.monitoreo;

import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.instante;
import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.primero;
import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.texto;
import static pe.gob.minem.tramite.application.monitoreo.CuerpoDeAlertas.tipoDe;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.monitoreo.AlertaDeMonitoreo;

/**
 * Prometheus Alertmanager's webhook body, version 4: {@code {"version":"4", "status", "alerts":
 * [{"status": "firing"|"resolved", "labels", "annotations", "startsAt", "endsAt", "generatorURL",
 * "fingerprint"}], ...}}. Each alert is read on its own; the group's fields are not needed.
 */
final class LectorDeAlertmanager {

  private LectorDeAlertmanager() {}

  static List<AlertaRecibida> leer(JsonObject cuerpo) {
    String version = texto(cuerpo, "version", "version");
    if (version != null && !"4".equals(version)) {
      throw new DatosInvalidosException(
          "version",
          "Versión «" + version + "» del webhook de Alertmanager no soportada: se espera la 4.");
    }
    JsonValue v = cuerpo.get("alerts");
    if (v == null) {
      throw new DatosInvalidosException(
          "alerts", "Falta «alerts»: no es un webhook de Alertmanager (versión 4).");
    }
    if (!(v instanceof JsonArray alertas)) {
      throw new DatosInvalidosException(
          "alerts", "«alerts» debe ser una lista, no " + tipoDe(v) + ".");
    }
    if (alertas.isEmpty()) {
      throw new DatosInvalidosException(
          "alerts", "«alerts» está vacía: no hay alertas que recibir.");
    }
    List<AlertaRecibida> leidas = new ArrayList<>();
    for (int i = 0; i < alertas.size(); i++) {
      leidas.add(alerta(alertas.get(i), "alerts[" + i + "]"));
    }
    return leidas;
  }

  private static AlertaRecibida alerta(JsonValue v, String campo) {
    if (!(v instanceof JsonObject a)) {
      throw new DatosInvalidosException(
          campo, "«" + campo + "» debe ser un objeto, no " + tipoDe(v) + ".");
    }
    String estado = texto(a, "status", campo + ".status");
    boolean resuelta;
    if ("firing".equals(estado)) {
      resuelta = false;
    } else if ("resolved".equals(estado)) {
      resuelta = true;
    } else {
      throw new DatosInvalidosException(
          campo + ".status",
          estado == null
              ? "Falta «" + campo + ".status» (firing o resolved)."
              : "«" + campo + ".status» debe ser firing o resolved, no «" + estado + "».");
    }
    Map<String, String> etiquetas = mapa(a, "labels", campo, true);
    Map<String, String> anotaciones = mapa(a, "annotations", campo, false);
    String huella = texto(a, "fingerprint", campo + ".fingerprint");
    if (huella == null || huella.isBlank()) {
      huella = huellaDeEtiquetas(etiquetas);
    } else if (huella.length() > AlertaDeMonitoreo.LARGO_HUELLA) {
      throw new DatosInvalidosException(
          campo + ".fingerprint",
          "«"
              + campo
              + ".fingerprint» tiene más de "
              + AlertaDeMonitoreo.LARGO_HUELLA
              + " caracteres.");
    }
    Map<String, String> datos = new LinkedHashMap<>();
    etiquetas.forEach((k, x) -> datos.put(k, x));
    anotaciones.forEach((k, x) -> datos.put(k, x));
    return new AlertaRecibida(
        huella.strip(),
        resuelta,
        primero(etiquetas.get("alertname"), "Alerta sin alertname"),
        primero(etiquetas.get("severity")),
        primero(etiquetas.get("instance"), etiquetas.get("host"), etiquetas.get("job")),
        primero(
            anotaciones.get("summary"), anotaciones.get("description"), anotaciones.get("message")),
        datos,
        instante(texto(a, "startsAt", campo + ".startsAt"), campo + ".startsAt"),
        resuelta ? instante(texto(a, "endsAt", campo + ".endsAt"), campo + ".endsAt") : null,
        primero(texto(a, "generatorURL", campo + ".generatorURL")));
  }

  private static Map<String, String> mapa(
      JsonObject a, String clave, String campo, boolean requerido) {
    JsonValue v = a.get(clave);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (requerido) {
        throw new DatosInvalidosException(
            campo + "." + clave, "Falta «" + campo + "." + clave + "».");
      }
      return Map.of();
    }
    if (!(v instanceof JsonObject o)) {
      throw new DatosInvalidosException(
          campo + "." + clave,
          "«" + campo + "." + clave + "» debe ser un objeto, no " + tipoDe(v) + ".");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : o.keySet()) {
      String x = texto(o, k, campo + "." + clave + "." + k);
      if (x != null) {
        m.put(k, x);
      }
    }
    if (requerido && m.isEmpty()) {
      throw new DatosInvalidosException(
          campo + "." + clave,
          "«" + campo + "." + clave + "» está vacío: una alerta tiene etiquetas.");
    }
    return m;
  }

  /**
   * What identifies an alert without a fingerprint: the SHA-256 of its labels sorted by name, as
   * Alertmanager's own fingerprint is a hash of the label set.
   */
  static String huellaDeEtiquetas(Map<String, String> etiquetas) {
    var canon = new StringBuilder();
    new TreeMap<>(etiquetas)
        .forEach((k, v) -> canon.append(k).append('\u0000').append(v).append('\u0000'));
    try {
      return "sha256:"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(canon.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
