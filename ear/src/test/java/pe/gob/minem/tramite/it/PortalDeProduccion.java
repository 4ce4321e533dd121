package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The portal exactly as the README's command starts it for production: {@code bin/tramite start}
 * with demo mode off, H2, the operator's certificate (made here with openssl) and every port moved
 * to {@link #BASE}+n so that it never meets the Arquillian domain or a developer's portal. Started
 * once for the server ITs, stopped after them.
 */
final class PortalDeProduccion {

  static final int BASE = 28000;
  static final int HTTP = BASE + 80;
  static final int HTTPS = BASE + 81;
  static final int ADMIN = BASE + 48;
  static final String DURACION_MAXIMA = "PT20S";

  static final Path RAIZ = Path.of("..").toAbsolutePath().normalize();
  static final Path DIR = Path.of("target", "portal-produccion").toAbsolutePath();
  static final Path DATOS = DIR.resolve("datos");

  private PortalDeProduccion() {}

  static Map<String, String> entorno() {
    return Map.of(
        "TRAMITE_RUNTIME", DIR.resolve("runtime").toString(),
        "TRAMITE_DATA", DATOS.toString(),
        "TRAMITE_PUERTO_BASE", Integer.toString(BASE),
        "TRAMITE_DEMO", "false",
        "TRAMITE_TLS_CERTIFICADO", DIR.resolve("tls/portal.crt").toString(),
        "TRAMITE_TLS_LLAVE", DIR.resolve("tls/portal.key").toString(),
        "TRAMITE_EAR", Path.of("target", "tramite.ear").toAbsolutePath().toString(),
        "TRAMITE_SESION_MAXIMA", DURACION_MAXIMA,
        "TRAMITE_HEAP", "768m");
  }

  /** Makes the operator's certificate and starts the portal (a few minutes the first time). */
  static void iniciar() throws IOException, InterruptedException {
    HerramientaExterna.requerida("openssl", "openssl");
    HerramientaExterna.requerida("ss", "iproute2");
    Files.createDirectories(DIR.resolve("tls"));
    ejecutar(
        List.of(
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=localhost/O=Ministerio de Prueba",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            DIR.resolve("tls/portal.key").toString(),
            "-out",
            DIR.resolve("tls/portal.crt").toString()),
        Duration.ofSeconds(30));
    ejecutar(
        List.of("bash", RAIZ.resolve("bin/tramite").toString(), "start"), Duration.ofMinutes(8));
  }

  static void detener() throws IOException, InterruptedException {
    ejecutar(
        List.of("bash", RAIZ.resolve("bin/tramite").toString(), "stop"), Duration.ofMinutes(2));
  }

  /** Runs a command with the portal's environment; its output goes to the test's log. */
  static String ejecutar(List<String> comando, Duration limite)
      throws IOException, InterruptedException {
    return ejecutar(comando, "", limite);
  }

  /** The same, with {@code entrada} on the command's standard input. */
  static String ejecutar(List<String> comando, String entrada, Duration limite)
      throws IOException, InterruptedException {
    return ejecutar(entorno(), comando, entrada, limite);
  }

  /** A command of the repository (bin/tramite…) with another portal's environment. */
  static String ejecutar(
      Map<String, String> entorno, List<String> comando, String entrada, Duration limite)
      throws IOException, InterruptedException {
    var pb = new ProcessBuilder(comando).directory(RAIZ.toFile()).redirectErrorStream(true);
    pb.environment().putAll(entorno);
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(entrada.getBytes(StandardCharsets.UTF_8));
    }
    var salida = new StringBuilder();
    Thread lector =
        new Thread(
            () -> {
              try {
                salida.append(
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                salida.append(e);
              }
            });
    lector.start();
    if (!p.waitFor(limite.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    lector.join(10_000);
    System.out.println(
        "[" + entorno.get("TRAMITE_DATA") + "] " + String.join(" ", comando) + "\n" + salida);
    assertEquals(0, p.exitValue(), String.join(" ", comando) + " falló:\n" + salida);
    return salida.toString();
  }

  /** The server's process id (Payara writes it beside domain.xml). */
  static long pid() throws IOException {
    return Long.parseLong(
        Files.readString(DIR.resolve("runtime/domains/tramite/config/pid")).trim());
  }

  /** Every TCP listening address of the server: "127.0.0.1:28048", "*:28081"… */
  static List<String> escuchas() throws IOException, InterruptedException {
    String pid = "pid=" + pid() + ",";
    List<String> r = new ArrayList<>();
    for (String linea : ejecutar(List.of("ss", "-ltnpH"), Duration.ofSeconds(20)).split("\n")) {
      if (linea.contains(pid)) {
        r.add(linea.trim().split("\\s+")[3]);
      }
    }
    return r;
  }

  /** A client that accepts the test's own certificate (made above; not in any trust store). */
  static HttpClient cliente(HttpClient.Version version) {
    return cliente(version, null);
  }

  /** The same, keeping cookies (a browser's session) when {@code cookies} is given. */
  static HttpClient cliente(HttpClient.Version version, java.net.CookieHandler cookies) {
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] c, String a) {}

              @Override
              public void checkServerTrusted(X509Certificate[] c, String a) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          new SecureRandom());
      SSLParameters p = new SSLParameters();
      p.setEndpointIdentificationAlgorithm(null);
      var b = HttpClient.newBuilder();
      if (cookies != null) {
        b.cookieHandler(cookies);
      }
      return b.version(version)
          .sslContext(ssl)
          .sslParameters(p)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
