package pe.gob.minem.tramite.application.monitoreo;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

/**
 * The body of a webhook call, read as the source's kind writes it: Alertmanager's webhook (version
 * 4) or the JSON object of a Zabbix webhook media type (ADR 0028). A body of another shape is
 * refused with a {@link DatosInvalidosException} naming the field that is wrong.
 */
public final class CuerpoDeAlertas {

  /**
   * Made once: {@code Json.createReader} looks the JSON-P provider up through the ServiceLoader on
   * every call, which was the webhook's largest single cost (benchmark, docs/benchmark-portal.md).
   */
  private static final JsonReaderFactory LECTORES = Json.createReaderFactory(Map.of());

  /** The earliest start kept: before it, a source's zero value («0001-01-01T00:00:00Z»). */
  private static final Instant PRIMER_DIA = Instant.parse("1970-01-02T00:00:00Z");

  private CuerpoDeAlertas() {}

  public static List<AlertaRecibida> leer(byte[] cuerpo, TipoDeFuente tipo) {
    JsonObject json = objeto(cuerpo);
    return switch (tipo) {
      case ALERTMANAGER -> LectorDeAlertmanager.leer(json);
      case ZABBIX -> LectorDeZabbix.leer(json);
    };
  }

  static JsonObject objeto(byte[] cuerpo) {
    if (cuerpo == null || cuerpo.length == 0) {
      throw new DatosInvalidosException(
          "cuerpo", "El cuerpo está vacío: envíe el JSON de la alerta.");
    }
    try (var lector = LECTORES.createReader(new ByteArrayInputStream(cuerpo))) {
      JsonValue v = lector.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new DatosInvalidosException(
            "cuerpo", "El cuerpo debe ser un objeto JSON, no " + tipoDe(v) + ".");
      }
      return v.asJsonObject();
    } catch (JsonParsingException e) {
      var lugar = e.getLocation();
      throw new DatosInvalidosException(
          "cuerpo",
          "El cuerpo no es JSON válido"
              + (lugar == null
                  ? ""
                  : " (línea "
                      + lugar.getLineNumber()
                      + ", columna "
                      + lugar.getColumnNumber()
                      + ")")
              + ".");
    } catch (JsonException e) {
      throw new DatosInvalidosException("cuerpo", "El cuerpo no es JSON válido.");
    }
  }

  /** A text value (a number is taken as its text); null when absent or JSON null. */
  static String texto(JsonObject o, String clave, String campo) {
    JsonValue v = o.get(clave);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    throw new DatosInvalidosException(
        campo, "«" + campo + "» debe ser un texto, no " + tipoDe(v) + ".");
  }

  /** An RFC 3339 instant; null when absent, empty or Go's zero time (year 1: "not set"). */
  static Instant instante(String valor, String campo) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    try {
      Instant i = OffsetDateTime.parse(valor.strip()).toInstant();
      return i.isBefore(PRIMER_DIA) ? null : i;
    } catch (DateTimeParseException e) {
      throw new DatosInvalidosException(
          campo,
          "«" + campo + "» no es una fecha RFC 3339 (p. ej. 2026-12-02T10:15:00Z): " + valor);
    }
  }

  static String tipoDe(JsonValue v) {
    return switch (v.getValueType()) {
      case OBJECT -> "un objeto";
      case ARRAY -> "una lista";
      case STRING -> "un texto";
      case NUMBER -> "un número";
      case TRUE, FALSE -> "un booleano";
      case NULL -> "null";
    };
  }

  static String primero(String... valores) {
    for (String v : valores) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
