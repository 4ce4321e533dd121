package pe.gob.minem.tramite.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * What the page carries between the portal and the signer's agent (docs/signing.md, «Agente de
 * firma»): the items of its {@code POST /firmas}, prepared by step 1, and the agent's {@code
 * resultados}, one signature value or refusal per item, which the page hands back for step 3; the
 * chain and the refusals the page passes as plain parameters.
 */
final class FirmasDelAgente {

  private static final Jsonb JSON = JsonbBuilder.create();
  static final int MAXIMO_JSON = 4 * 1024 * 1024;

  private FirmasDelAgente() {}

  /** One item of the agent's {@code firmas}: the request of step 1, its digest, what it is. */
  public static class Item {
    public String id;
    public String digest;
    public String descripcion;

    Item() {}

    Item(String id, byte[] digest, String descripcion) {
      this.id = id;
      this.digest = Base64.getEncoder().encodeToString(digest);
      this.descripcion = descripcion;
    }
  }

  /** One of the agent's {@code resultados}: {@code firma} (Base64) or {@code error}. */
  public static class Resultado {
    public String id;
    public String firma;
    public ErrorDeItem error;
  }

  /** A per-document refusal of the agent. */
  public static class ErrorDeItem {
    public String codigo;
    public String mensaje;
  }

  /** A signature value the agent made, decoded, or the reason it did not. */
  record Leido(String solicitud, byte[] firma, String codigo, String mensaje) {
    boolean firmado() {
      return firma != null;
    }
  }

  static String pedido(List<Item> items) {
    return JSON.toJson(items);
  }

  /** The agent's {@code resultados} as the page passed them; malformed input is refused. */
  static List<Leido> leer(String json) {
    if (json == null || json.isBlank() || json.length() > MAXIMO_JSON) {
      throw invalido();
    }
    Resultado[] rs;
    try {
      rs = JSON.fromJson(json, Resultado[].class);
    } catch (JsonbException e) {
      throw invalido();
    }
    if (rs == null) {
      throw invalido();
    }
    List<Leido> l = new ArrayList<>();
    for (Resultado r : rs) {
      if (r == null || r.id == null) {
        throw invalido();
      }
      if (r.firma != null && !r.firma.isBlank()) {
        try {
          l.add(new Leido(r.id, Base64.getDecoder().decode(r.firma.strip()), null, null));
        } catch (IllegalArgumentException e) {
          throw invalido();
        }
      } else {
        l.add(
            new Leido(
                r.id,
                null,
                r.error == null ? null : r.error.codigo,
                r.error == null ? null : r.error.mensaje));
      }
    }
    return l;
  }

  /** Base64 DER certificates joined by commas, as the page sends them. */
  /** The chain of the chosen certificate as the page sends it: Base64 DER joined by commas. */
  static List<String> certificados(String certificados) {
    if (certificados == null || certificados.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(certificados.split(",")).map(String::strip).toList();
  }

  /**
   * The tries left the page passes ({@code intentosRestantes}; empty when the token did not tell).
   */
  static Integer intentos(String texto) {
    try {
      return texto == null || texto.isBlank() ? null : Integer.valueOf(texto.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The agent's own message, shown only for a code the portal does not know: short, one line. */
  static String mensajeDelAgente(String mensaje) {
    if (mensaje == null) {
      return null;
    }
    String m = mensaje.replaceAll("\\s+", " ").strip();
    return m.length() <= 300 ? m : m.substring(0, 299) + "…";
  }

  private static DatosInvalidosException invalido() {
    return new DatosInvalidosException(
        "firmas", "La respuesta del agente de firma no se pudo leer; no se firmó nada.");
  }
}
