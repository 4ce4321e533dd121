package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accounts (issue 12, ADR 0017) over HTTP against the EAR as built: a person changes their own
 * password, an administrator's reset blocks the API and the pages until it is changed, weak and
 * common passwords are refused with a Spanish problem. Every test works on persons it creates
 * through the API, so that no demo login (which the other ITs use) changes.
 */
class CuentasIT extends PruebaConElEar {

  private static final String PRIMERA = "primera clave de la persona";

  /** A person new to the portal, created by the demo administrator with {@link #PRIMERA}. */
  private static String personaNueva() {
    String usuario = "it.cuentas." + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode p = JSON.createObjectNode();
    p.put("usuario", usuario);
    p.put("nombres", "Prueba");
    p.put("apellidos", "De Cuentas");
    p.put("clave", PRIMERA);
    Respuesta r = postJson(ADMIN, "/personas", p);
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.json().path("debeCambiarClave").asBoolean(), r::toString);
    return usuario;
  }

  private static Respuesta cambiar(String usuario, String clave, String actual, String nueva) {
    ObjectNode c = JSON.createObjectNode();
    c.put("actual", actual);
    c.put("nueva", nueva);
    try {
      return enviar(
          peticion(usuario, clave, "/cuenta/clave")
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(c))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Respuesta leer(String usuario, String clave, String ruta) {
    return enviar(peticion(usuario, clave, ruta).GET());
  }

  @Test
  void cambiaSuPropiaClaveYLaAnteriorDejaDeServir() {
    String u = personaNueva();
    String nueva = "mi nueva frase de paso " + u.substring(11);
    Respuesta r = cambiar(u, PRIMERA, PRIMERA, nueva);
    assertEquals(204, r.status(), r::toString);
    Respuesta cuenta = leer(u, nueva, "/cuenta");
    assertEquals(200, cuenta.status(), cuenta::toString);
    assertFalse(cuenta.json().path("debeCambiarClave").asBoolean());
    assertEquals(401, leer(u, PRIMERA, "/cuenta").status(), "la clave anterior ya no sirve");
    assertEquals(200, leer(u, nueva, "/bandeja").status());
  }

  @Test
  void elRestablecimientoObligaACambiarAntesDeUsarLaApi() {
    String u = personaNueva();
    String propia = "la clave propia de " + u.substring(11);
    assertEquals(204, cambiar(u, PRIMERA, PRIMERA, propia).status());
    assertEquals(200, leer(u, propia, "/bandeja").status());

    Respuesta reset = postJson(ADMIN, "/personas/" + u + "/clave-temporal", Map.of());
    assertEquals(200, reset.status(), reset::toString);
    String temporal = reset.json().path("claveTemporal").asText();
    assertTrue(temporal.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), temporal);
    assertEquals(401, leer(u, propia, "/cuenta").status(), "la clave anterior ya no sirve");

    Respuesta bloqueada = leer(u, temporal, "/bandeja");
    assertEquals(403, bloqueada.status(), bloqueada::toString);
    assertTrue(bloqueada.tipo().startsWith("application/problem+json"), bloqueada::toString);
    assertTrue(
        bloqueada.json().path("detail").asText().contains("cámbiela antes de continuar"),
        bloqueada::toString);
    Respuesta cuenta = leer(u, temporal, "/cuenta");
    assertEquals(200, cuenta.status(), cuenta::toString);
    assertTrue(cuenta.json().path("debeCambiarClave").asBoolean());

    String otra = "otra clave propia de " + u.substring(11);
    assertEquals(204, cambiar(u, temporal, temporal, otra).status());
    assertEquals(200, leer(u, otra, "/bandeja").status());
  }

  @Test
  void unaClaveCortaComunOLaActualErradaSeRechazanCon400YElMotivo() {
    String u = personaNueva();
    Respuesta corta = cambiar(u, PRIMERA, PRIMERA, "corta");
    assertEquals(400, corta.status(), corta::toString);
    assertEquals("nueva", corta.json().path("campo").asText());
    assertTrue(
        corta.json().path("detail").asText().contains("al menos 12 caracteres"), corta::toString);
    Respuesta comun = cambiar(u, PRIMERA, PRIMERA, "1qaz2wsx3edc");
    assertEquals(400, comun.status(), comun::toString);
    assertTrue(
        comun.json().path("detail").asText().contains("contraseñas comunes o filtradas"),
        comun::toString);
    Respuesta demo = cambiar(u, PRIMERA, PRIMERA, CLAVE);
    assertEquals(400, demo.status(), "la clave publicada de la demo: " + demo);
    Respuesta errada = cambiar(u, PRIMERA, "no es la actual", "una frase perfectamente buena");
    assertEquals(400, errada.status(), errada::toString);
    assertEquals("actual", errada.json().path("campo").asText());
    assertEquals(204, cambiar(u, PRIMERA, PRIMERA, "una frase perfectamente buena").status());
  }

  @Test
  void soloUnAdministradorRestableceOCreaCuentas() {
    String u = personaNueva();
    Respuesta r = postJson(SECRETARIA_OGA, "/personas/" + u + "/clave-temporal", Map.of());
    assertEquals(403, r.status(), r::toString);
    ObjectNode p = JSON.createObjectNode();
    p.put("usuario", "it.intruso." + UUID.randomUUID().toString().substring(0, 8));
    p.put("nombres", "X");
    p.put("apellidos", "Y");
    p.put("clave", PRIMERA);
    assertEquals(403, postJson(SECRETARIA_OGA, "/personas", p).status());
  }

  // ------------------------------------------------------------------ the pages, without a browser

  @Test
  void lasPaginasLlevanALaCuentaHastaQueCambiaLaClave() throws Exception {
    String u = personaNueva();
    var navegador =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> login = obtener(navegador, "/login.xhtml");
    assertEquals(200, login.statusCode());
    HttpResponse<String> ingreso =
        publicar(
            navegador, "/login.xhtml", FormularioDeIngreso.de(login.body()).cuerpo(u, PRIMERA));
    assertEquals(302, ingreso.statusCode(), ingreso::body);

    HttpResponse<String> bandeja = obtener(navegador, "/bandeja.xhtml");
    assertEquals(302, bandeja.statusCode(), bandeja::body);
    assertTrue(
        bandeja.headers().firstValue("Location").orElse("").endsWith("/cuenta.xhtml"),
        bandeja.headers()::toString);
    HttpResponse<String> cuenta = obtener(navegador, "/cuenta.xhtml");
    assertEquals(200, cuenta.statusCode());
    assertTrue(cuenta.body().contains("aviso-cambio"), "dice por qué está ahí");

    assertEquals(204, cambiar(u, PRIMERA, PRIMERA, "ya elegí mi propia clave").status());
    assertEquals(200, obtener(navegador, "/bandeja.xhtml").statusCode(), "la sesión sigue");
  }

  private static HttpResponse<String> obtener(HttpClient c, String ruta) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base() + ruta)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> publicar(HttpClient c, String ruta, String cuerpo)
      throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base() + ruta))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
