// Trámite — benchmark of the monitoring webhook (P/OGA-TI-08, ADR 0028) against a RUNNING portal.
// Run by bench/monitoreo/alertas.sh; Java 17 single-file program, no dependencies.
//
// 1. An administrator creates a fresh Alertmanager source (its token is returned once).
// 2. Baseline, "apertura": F new fingerprints, each opening an expediente with P/OGA-TI-08
//    (PDF/A, document store, Flowable, audit chain), C at a time.
// 0. The floor: N GET /health/ready, C at a time (what any request costs on this machine).
// 3. "deduplicación": N firings over those F open fingerprints, C at a time: each is one UPDATE;
//    twice, since the first round competes with the background indexing of the F PDFs.
// Reports alerts/s of both, p50/p95/p99, and checks that nothing was lost (opened + repeated = sent).

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Alertas {

  static String url = "http://localhost:8080";
  static String admin = "admin";
  static String clave = "Tramite2026!";
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public static void main(String[] args) throws Exception {
    int n = 5000;
    int f = 50;
    int c = 16;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--n" -> n = Integer.parseInt(args[i + 1]);
        case "--f" -> f = Integer.parseInt(args[i + 1]);
        case "--c" -> c = Integer.parseInt(args[i + 1]);
        case "--admin" -> admin = args[i + 1];
        case "--clave" -> clave = args[i + 1];
        default -> throw new IllegalArgumentException("opción desconocida " + args[i]);
      }
    }
    String codigo = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String token = crearFuente(codigo);
    System.out.println("== fuente " + codigo + " (ALERTMANAGER), " + c + " clientes concurrentes");

    List<String> huellas = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      huellas.add(UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }
    // warm-up: the webhook's classes and the JIT, on fingerprints of their own
    List<String> calentar = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calentar.add("calentar-" + UUID.randomUUID().toString().substring(0, 8));
    }
    correr(token, calentar, 200, c);

    Medida piso = piso(n, c);
    Medida apertura = correr(token, huellas, f, c);
    // the 50 PDFs are indexed in the background (Tika, Lucene) right after they are stored: a
    // first round competes with that for the CPU; the second is the webhook alone
    Medida primera = correr(token, huellas, n, c);
    Medida dedup = correr(token, huellas, n, c);

    piso.imprimir("piso del servidor: GET /health/ready con la misma concurrencia");
    apertura.imprimir("apertura (línea base: cada alerta abre un expediente con P/OGA-TI-08)");
    primera.imprimir("deduplicación, 1.ª ronda (mientras se indexan los PDF de las aperturas)");
    dedup.imprimir("deduplicación, 2.ª ronda (misma alerta abierta: solo se cuenta)");
    System.out.printf(
        "%nresultado: %.0f alertas/s con deduplicación (meta ≥ 500/s: %s); %.1f× la apertura de"
            + " expedientes (%.1f/s)%n",
        dedup.porSegundo(),
        dedup.porSegundo() >= 500 ? "cumplida" : "NO cumplida",
        dedup.porSegundo() / apertura.porSegundo(),
        apertura.porSegundo());
    System.out.printf(
        "piso: %.0f peticiones/s de GET /health/ready: la deduplicación es el %.0f %% del piso%n",
        piso.porSegundo(), 100 * dedup.porSegundo() / piso.porSegundo());
    boolean completo =
        apertura.abiertas == f
            && apertura.repetidas == 0
            && dedup.abiertas == 0
            && dedup.repetidas == n
            && primera.repetidas == n
            && apertura.errores + primera.errores + dedup.errores == 0;
    System.out.println(
        "conteo: "
            + (completo ? "completo" : "INCOMPLETO")
            + " (apertura: "
            + apertura.abiertas
            + " abiertas; deduplicación: "
            + (primera.repetidas + dedup.repetidas)
            + " contadas de "
            + 2 * n
            + "; errores: "
            + (apertura.errores + primera.errores + dedup.errores)
            + ")");
    System.exit(completo ? 0 : 1);
  }

  static final class Medida {
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    long total;
    int abiertas;
    int repetidas;
    int errores;

    double porSegundo() {
      return nanos.size() / (total / 1e9);
    }

    void imprimir(String titulo) {
      List<Long> l = new ArrayList<>(nanos);
      Collections.sort(l);
      System.out.printf(
          "%n== %s%n   %d alertas en %.2f s: %.1f alertas/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
          titulo,
          l.size(),
          total / 1e9,
          porSegundo(),
          p(l, 50),
          p(l, 95),
          p(l, 99));
    }

    static double p(List<Long> l, int q) {
      return l.isEmpty() ? 0 : l.get(Math.min(l.size() - 1, l.size() * q / 100)) / 1e6;
    }
  }

  static final Pattern ABIERTAS = Pattern.compile("\"abiertas\":\\[(.*?)\\]");
  static final Pattern REPETIDAS = Pattern.compile("\"repetidas\":(\\d+)");

  static Medida correr(String token, List<String> huellas, int envios, int c) throws Exception {
    Medida m = new Medida();
    ExecutorService hilos = Executors.newFixedThreadPool(c);
    List<Future<String>> fs = new ArrayList<>();
    long inicio = System.nanoTime();
    for (int i = 0; i < envios; i++) {
      String h = huellas.get(i % huellas.size());
      fs.add(
          hilos.submit(
              () -> {
                long t0 = System.nanoTime();
                var r = enviar(token, cuerpo(h));
                m.nanos.add(System.nanoTime() - t0);
                return r.statusCode() / 100 == 2 ? r.body() : null;
              }));
    }
    for (Future<String> f : fs) {
      String cuerpo = f.get();
      if (cuerpo == null) {
        m.errores++;
        continue;
      }
      Matcher a = ABIERTAS.matcher(cuerpo);
      if (a.find() && !a.group(1).isBlank()) {
        m.abiertas += a.group(1).split("\\},\\{").length;
      }
      Matcher r = REPETIDAS.matcher(cuerpo);
      if (r.find()) {
        m.repetidas += Integer.parseInt(r.group(1));
      }
    }
    m.total = System.nanoTime() - inicio;
    hilos.shutdown();
    return m;
  }

  /** GET /health/ready n times, c at a time: what any request costs on this machine. */
  static Medida piso(int n, int c) throws Exception {
    Medida m = new Medida();
    ExecutorService hilos = Executors.newFixedThreadPool(c);
    List<Future<Integer>> fs = new ArrayList<>();
    long inicio = System.nanoTime();
    for (int i = 0; i < n; i++) {
      fs.add(
          hilos.submit(
              () -> {
                long t0 = System.nanoTime();
                int s =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(url + "/health/ready")).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                m.nanos.add(System.nanoTime() - t0);
                return s;
              }));
    }
    for (Future<Integer> f : fs) {
      if (f.get() != 200) {
        m.errores++;
      }
    }
    m.total = System.nanoTime() - inicio;
    hilos.shutdown();
    return m;
  }

  static String cuerpo(String huella) {
    return ("{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"tramite\",\"alerts\":[{"
            + "\"status\":\"firing\",\"labels\":{\"alertname\":\"Bench\",\"instance\":\"srv-%s\","
            + "\"severity\":\"warning\"},\"annotations\":{\"summary\":\"benchmark\"},"
            + "\"startsAt\":\"2026-12-02T14:55:03Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
            + "\"fingerprint\":\"%s\"}]}")
        .formatted(huella, huella);
  }

  static HttpResponse<String> enviar(String token, String cuerpo) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + "/api/v1/monitoreo/alertas"))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String crearFuente(String codigo) throws Exception {
    var r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/monitoreo/fuentes"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((admin + ":" + clave).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"codigo\":\"" + codigo + "\",\"tipo\":\"ALERTMANAGER\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher t = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 201 || !t.find()) {
      throw new IllegalStateException("no se pudo crear la fuente: HTTP " + r.statusCode() + " " + r.body());
    }
    return t.group(1);
  }
}
