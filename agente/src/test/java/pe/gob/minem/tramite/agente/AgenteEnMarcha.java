package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the scenarios: an agent on a free loopback port with the SoftHSM2 module, for the
 * portal origin {@link #PORTAL}, and a browser-like client that sends that Origin.
 */
abstract class AgenteEnMarcha {

  static final String PORTAL = "https://tramite.minem.gob.pe";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  TokensDePrueba tokens;
  PinDePrueba pin;
  ServidorDelAgente agente;

  @BeforeEach
  void iniciarAgente() throws IOException {
    tokens = TokensDePrueba.get();
    pin = new PinDePrueba();
    agente =
        ServidorDelAgente.iniciar(
            0,
            Set.of(PORTAL),
            new ServicioDeFirma(
                List.of(new AlmacenPkcs11(tokens.modulo)), pin, Clock.systemDefaultZone()));
  }

  @AfterEach
  void detenerAgente() {
    agente.close();
  }

  record Respuesta(int estado, Map<String, List<String>> cabeceras, Object cuerpo) {
    String cabecera(String nombre) {
      return cabeceras.getOrDefault(nombre.toLowerCase(), List.of()).stream()
          .findFirst()
          .orElse(null);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) cuerpo;
    }

    String codigo() {
      return (String) json().get("codigo");
    }
  }

  Respuesta get(String ruta) {
    return enviar(pedido(ruta, PORTAL).GET().build());
  }

  Respuesta enviar(HttpRequest pedido) {
    try {
      HttpResponse<String> r = HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
      Map<String, List<String>> cabeceras = new LinkedHashMap<>();
      r.headers().map().forEach((k, v) -> cabeceras.put(k.toLowerCase(), v));
      return new Respuesta(
          r.statusCode(), cabeceras, r.body().isEmpty() ? null : Json.leer(r.body()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder pedido(String ruta, String origen) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agente.puerto() + ruta));
    return origen == null ? b : b.header("Origin", origen);
  }

  /** POST /firmas of the given documents ({id → Base64 data to sign}) with a certificate's id. */
  Respuesta firmar(String certificado, Map<String, byte[]> datos) {
    List<Object> firmas = new ArrayList<>();
    datos.forEach(
        (id, d) ->
            firmas.add(
                Map.of(
                    "id",
                    id,
                    "datos",
                    Base64.getEncoder().encodeToString(d),
                    "descripcion",
                    "Informe " + id)));
    return firmar(
        Json.escribir(
            Map.of("certificado", certificado, "digestAlgorithm", "SHA-256", "firmas", firmas)));
  }

  Respuesta firmar(String cuerpo) {
    return enviar(
        pedido("/firmas", PORTAL)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> resultados(Respuesta r) {
    assertEquals(200, r.estado(), () -> String.valueOf(r.cuerpo()));
    return (List<Map<String, Object>>) r.json().get("resultados");
  }

  static String id(X509Certificate c) {
    return Certificado.huella(c);
  }

  static boolean verifica(X509Certificate c, byte[] datos, String firmaBase64) throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(c.getPublicKey());
    s.update(datos);
    return s.verify(Base64.getDecoder().decode(firmaBase64));
  }
}
