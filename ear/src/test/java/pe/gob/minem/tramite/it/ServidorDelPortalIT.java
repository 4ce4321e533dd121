package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, findings 1, 3, 4, 5 and 8, against the server the README's command makes ({@link
 * PortalDeProduccion}: {@code bin/tramite start}, demo off, the operator's certificate): what a
 * reviewer probing it from outside would check.
 */
@PortalAparte
class ServidorDelPortalIT {

  private static final HttpClient H2 = PortalDeProduccion.cliente(HttpClient.Version.HTTP_2);
  private static final HttpClient H1 = PortalDeProduccion.cliente(HttpClient.Version.HTTP_1_1);
  private static final String HTTPS = "https://127.0.0.1:" + PortalDeProduccion.HTTPS;

  /** The first administrator, created with the README's command once the portal runs. */
  private static final String JEFA = "jefa.oti";

  private static final String CLAVE_JEFA = "el río Rímac baja turbio en enero";

  @BeforeAll
  static void iniciar() throws Exception {
    PortalDeProduccion.iniciar();
    PortalDeProduccion.ejecutar(
        List.of(
            "bash",
            PortalDeProduccion.RAIZ.resolve("bin/tramite").toString(),
            "administrador",
            JEFA),
        CLAVE_JEFA + "\n",
        java.time.Duration.ofMinutes(2));
  }

  @AfterAll
  static void detener() throws Exception {
    PortalDeProduccion.detener();
  }

  private static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // ---- finding 1: management surfaces

  @Test
  void fueraDeLoopbackSoloEscuchanHttpYHttps() throws Exception {
    List<String> escuchas = PortalDeProduccion.escuchas();
    assertFalse(escuchas.isEmpty(), "ss no muestra los puertos del servidor");
    for (String e : escuchas) {
      int puerto = Integer.parseInt(e.substring(e.lastIndexOf(':') + 1));
      boolean loopback =
          e.startsWith("127.0.0.1:")
              || e.startsWith("[::ffff:127.0.0.1]:")
              || e.startsWith("[::1]:");
      assertTrue(
          loopback || puerto == PortalDeProduccion.HTTP || puerto == PortalDeProduccion.HTTPS,
          "el servidor escucha en " + e + " para cualquier dirección: " + escuchas);
    }
    assertTrue(
        escuchas.stream().noneMatch(e -> e.endsWith(":" + (PortalDeProduccion.BASE + 86))),
        "JMX no debe escuchar: " + escuchas);
    assertTrue(
        escuchas.stream()
            .anyMatch(e -> e.endsWith(":" + PortalDeProduccion.ADMIN) && e.contains("127.0.0.1")),
        "la administración escucha solo en loopback: " + escuchas);
  }

  @Test
  void laAdministracionExigeLaContrasenaGeneradaQueSoloElDuenoLee() throws Exception {
    String url =
        "http://127.0.0.1:"
            + PortalDeProduccion.ADMIN
            + "/management/domain/applications/list-applications";
    var anonimo = get(H1, url);
    assertEquals(401, anonimo.statusCode(), "REST de administración sin credenciales");

    var archivo = PortalDeProduccion.DATOS.resolve(".payara-admin");
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archivo)));
    String clave = Files.readString(archivo).trim().replaceFirst("^AS_ADMIN_PASSWORD=", "");
    assertTrue(clave.length() >= 24, "la contraseña generada es larga");
    var conClave =
        H1.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("X-Requested-By", "ServidorDelPortalIT")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(("admin:" + clave).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, conClave.statusCode(), conClave.body());
    assertTrue(conClave.body().contains("tramite"), conClave.body());
  }

  // ---- finding 2 on this server: demo accounts off, the first administrator by command

  private static int conBasic(String usuario, String clave, String ruta) throws Exception {
    return H1.send(
            HttpRequest.newBuilder(URI.create(HTTPS + ruta))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (usuario + ":" + clave).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void sinDemostracionLasCuentasPublicadasNoEntranYElAdministradorDelComandoSi() throws Exception {
    assertEquals(401, conBasic("admin", "Tramite2026!", "/api/v1/bandeja"));
    assertEquals(401, conBasic("director.oti", "Tramite2026!", "/api/v1/bandeja"));
    assertEquals(200, conBasic(JEFA, CLAVE_JEFA, "/api/v1/bandeja"));
  }

  // ---- finding 3: transport

  @Test
  void httpRedirigeAHttps() throws Exception {
    var r = get(H1, "http://127.0.0.1:" + PortalDeProduccion.HTTP + "/login.xhtml");
    assertTrue(
        r.statusCode() == 301
            || r.statusCode() == 302
            || r.statusCode() == 307
            || r.statusCode() == 308,
        "HTTP responde " + r.statusCode());
    String destino = r.headers().firstValue("Location").orElse("");
    assertTrue(
        destino.startsWith("https://")
            && destino.contains(":" + PortalDeProduccion.HTTPS + "/login.xhtml"),
        "redirige a " + destino);
  }

  @Test
  void laCookieDeSesionEsSecureHttpOnlyYSameSiteLax() throws Exception {
    var r = get(H2, HTTPS + "/login.xhtml");
    String cookie =
        r.headers().allValues("set-cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElse("");
    assertAll(
        () -> assertTrue(cookie.contains("; Secure"), cookie),
        () -> assertTrue(cookie.contains("HttpOnly"), cookie),
        () -> assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie));
  }

  // ---- finding 4: sessions

  @Test
  void losIdentificadoresDeSesionTienenAlMenos128BitsAlAzar() throws Exception {
    Set<String> ids = new HashSet<>();
    Set<String> prefijos = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      var r = get(H1, HTTPS + "/login.xhtml");
      String cookie = r.headers().firstValue("set-cookie").orElseThrow();
      String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
      assertTrue(id.matches("[0-9a-f]{32,}"), "identificador " + id);
      ids.add(id);
      prefijos.add(id.substring(0, 7));
    }
    assertEquals(40, ids.size());
    // Payara's own ids begin with the millisecond clock: 40 ids a few ms apart share their start
    assertTrue(prefijos.size() > 35, "los identificadores comparten su comienzo: " + prefijos);
  }

  @Test
  void unaSesionEnLaDireccionSeRechaza() throws Exception {
    var r = get(H1, HTTPS + "/bandeja.xhtml");
    String cookie = r.headers().firstValue("set-cookie").orElseThrow();
    String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    var conId = get(H1, HTTPS + "/login.xhtml;jsessionid=" + id);
    assertEquals(400, conId.statusCode());
    assertTrue(conId.body().contains("no acepta identificadores de sesión"), conId.body());
  }

  @Test
  void unaSesionTerminaAlCumplirSuDuracionMaximaAunqueSigaActiva() throws Exception {
    HttpClient navegador =
        PortalDeProduccion.cliente(HttpClient.Version.HTTP_1_1, new java.net.CookieManager());
    var login = get(navegador, HTTPS + "/login.xhtml");
    String cuerpo = FormularioDeIngreso.de(login.body()).cuerpo(JEFA, CLAVE_JEFA);
    var ingreso =
        navegador.send(
            HttpRequest.newBuilder(URI.create(HTTPS + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, ingreso.statusCode(), ingreso.body());
    long inicio = System.nanoTime();
    assertEquals(200, get(navegador, HTTPS + "/bandeja.xhtml").statusCode());
    // active every few seconds, far below the 30-minute idle timeout, past the 20 s maximum
    HttpResponse<String> r;
    do {
      Thread.sleep(4_000);
      r = get(navegador, HTTPS + "/bandeja.xhtml");
    } while (r.statusCode() == 200 && System.nanoTime() - inicio < 40_000_000_000L);
    long segundos = (System.nanoTime() - inicio) / 1_000_000_000L;
    assertEquals(302, r.statusCode(), "tras " + segundos + " s la sesión sigue abierta");
    assertTrue(segundos >= 19, "venció antes de tiempo: " + segundos + " s");
    assertTrue(
        r.headers().firstValue("location").orElse("").contains("/login.xhtml?vencida=1"),
        r.headers().map().toString());
  }

  // ---- finding 5: headers

  @Test
  void cabecerasDeSeguridadEnHttp2YEnHttp11() throws Exception {
    for (HttpClient c : List.of(H2, H1)) {
      var r = get(c, HTTPS + "/login.xhtml");
      var h = r.headers();
      String csp = h.firstValue("content-security-policy").orElse("");
      assertAll(
          "cabeceras por " + r.version(),
          () -> assertEquals(200, r.statusCode()),
          () ->
              assertTrue(
                  Pattern.compile("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'")
                      .matcher(csp)
                      .find(),
                  csp),
          () -> assertTrue(csp.contains("frame-ancestors 'self'"), csp),
          () -> assertTrue(csp.contains("object-src 'none'"), csp),
          () -> assertEquals("SAMEORIGIN", h.firstValue("x-frame-options").orElse(null)),
          () -> assertEquals("nosniff", h.firstValue("x-content-type-options").orElse(null)),
          () -> assertEquals("same-origin", h.firstValue("referrer-policy").orElse(null)),
          () ->
              assertTrue(
                  h.firstValue("strict-transport-security")
                      .orElse("")
                      .startsWith("max-age=31536000")),
          () -> assertEquals("no-store", h.firstValue("cache-control").orElse(null)),
          () -> assertTrue(h.firstValue("server").isEmpty(), "Server: " + h.firstValue("server")),
          () ->
              assertTrue(
                  h.firstValue("x-powered-by").isEmpty(),
                  "X-Powered-By: " + h.firstValue("x-powered-by")));
    }
    // a nonce is never reused
    String a =
        get(H2, HTTPS + "/login.xhtml").headers().firstValue("content-security-policy").orElse("");
    String b =
        get(H2, HTTPS + "/login.xhtml").headers().firstValue("content-security-policy").orElse("");
    assertNotEquals(a, b);
  }

  @Test
  void lasRespuestasDeLaApiNoSeGuardanYNoSeEnmarcanDesdeFuera() throws Exception {
    var r = get(H2, HTTPS + "/api/v1/verificacion/NO-EXISTE-1");
    assertEquals("no-store", r.headers().firstValue("cache-control").orElse(null));
    assertEquals(
        "frame-ancestors 'self'", r.headers().firstValue("content-security-policy").orElse(null));
    assertTrue(r.headers().firstValue("server").isEmpty());
  }

  @Test
  void ningunaPaginaDeErrorNiMetodoTraceDelataElServidor() throws Exception {
    // a public path (no login redirect first): the application's error page, not the server's
    var noExiste = get(H1, HTTPS + "/resources/no-existe-" + System.nanoTime() + ".css");
    assertEquals(404, noExiste.statusCode());
    assertFalse(noExiste.body().contains("Payara"), noExiste.body());
    assertTrue(noExiste.headers().firstValue("x-powered-by").isEmpty());
    var trace =
        H1.send(
            HttpRequest.newBuilder(URI.create(HTTPS + "/login.xhtml"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, trace.statusCode(), "TRACE respondió: " + trace.body());
  }

  // ---- finding 8: anonymous endpoints

  @Test
  void laVerificacionAnonimaTieneLimitePorDireccion() throws Exception {
    List<Integer> estados = new ArrayList<>();
    HttpResponse<String> ultima = null;
    for (int i = 0; i < 35; i++) {
      ultima = get(H1, HTTPS + "/api/v1/verificacion/NO-EXISTE-" + i);
      estados.add(ultima.statusCode());
    }
    assertTrue(estados.subList(0, 20).stream().allMatch(s -> s == 404), estados.toString());
    assertEquals(429, ultima.statusCode(), estados.toString());
    long espera = Long.parseLong(ultima.headers().firstValue("retry-after").orElse("0"));
    assertTrue(espera >= 1 && espera <= 60, "Retry-After " + espera);
    assertTrue(ultima.body().contains("verificaciones por minuto"), ultima.body());
  }
}
