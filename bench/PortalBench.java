/*
 * Trámite — load client of the portal's REST API (run with: java bench/PortalBench.java …).
 * A single-file program on the JDK only; bench/portal-bench.sh runs it and prints the machine.
 *
 * Phases, each with C concurrent clients:
 *   1. baseline  GET /health/ready (no auth, no database: the server's floor) and
 *                GET /api/v1/expedientes/EXP-2000-999999 (HTTP Basic + one lookup → 404: the API's floor)
 *   2. registro  N × POST /api/v1/expedientes (multipart: JSON + one PDF of SIZE_KB) as secretaria.oga
 *   3. derivación the N expedientes through the six steps of P/OGA-TI-01, one activity at a time
 *                (each actor reads his bandeja once per activity, then claims and completes each task)
 * Reports throughput, p50/p95/p99 latencies, errors and the server's peak RSS (VmRSS of --pid,
 * sampled every 200 ms, as `ps -o rss` would show it).
 */

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PortalBench {

  static final String CLAVE = "Tramite2026!";
  static String url = "http://localhost:8080";
  static int n = 400;
  static int c = 8;
  static int tamanoKb = 100;
  static int baselinePeticiones = 2000;
  static long pid = -1;
  static int documentosEnLote = 0;
  static HttpClient http;

  /** Latencies (ns) per operation, and errors. */
  static final Map<String, ConcurrentLinkedQueue<Long>> LAT = new ConcurrentHashMap<>();

  static final Map<String, AtomicInteger> ERRORES = new ConcurrentHashMap<>();
  static final List<String> EJEMPLOS_DE_ERROR = Collections.synchronizedList(new ArrayList<>());
  static final AtomicLong RSS_PICO_KB = new AtomicLong();
  static volatile boolean muestreando = true;

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i].replaceAll("/+$", "");
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--c" -> c = Integer.parseInt(args[++i]);
        case "--kb" -> tamanoKb = Integer.parseInt(args[++i]);
        case "--baseline" -> baselinePeticiones = Integer.parseInt(args[++i]);
        case "--pid" -> pid = Long.parseLong(args[++i]);
        case "--lote" -> documentosEnLote = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "uso: java bench/PortalBench.java [--url U] [--n N] [--c C] [--kb KB] [--baseline R] [--pid PID] [--lote M]");
          System.exit(2);
        }
      }
    }
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(Math.max(4, c)))
            .build();
    Thread muestreo = new Thread(PortalBench::muestrearRss, "rss");
    muestreo.setDaemon(true);
    muestreo.start();
    long rssInicial = rssKb();

    System.out.printf(
        Locale.ROOT, "portal %s  N=%d  C=%d  PDF=%d KB  pid=%d%n%n", url, n, c, tamanoKb, pid);
    Respuesta listo = enviar("calentamiento", get(url + "/health/ready", null));
    if (listo.status != 200) {
      System.err.println("el portal no está listo: GET /health/ready → " + listo.status + " " + listo.cuerpo);
      System.exit(1);
    }

    // ---- 1. baseline (with warm-up)
    paralelo(Math.min(200, baselinePeticiones), i -> enviar("calentamiento", get(url + "/health/ready", null)));
    LAT.remove("calentamiento");
    long t0 = System.nanoTime();
    paralelo(baselinePeticiones, i -> enviar("base: GET /health/ready", get(url + "/health/ready", null)));
    double tBase = segundos(t0);
    t0 = System.nanoTime();
    int pisoApi = Math.max(50, baselinePeticiones / 10);
    paralelo(
        pisoApi,
        i -> enviar("base: GET /api/v1/expedientes/{inexistente} (auth)",
            get(url + "/api/v1/expedientes/EXP-2000-999999", "secretaria.oga"), 404));
    double tPiso = segundos(t0);

    // ---- 2. registration
    String lote = UUID.randomUUID().toString().substring(0, 8);
    List<String> numeros = Collections.synchronizedList(new ArrayList<>());
    t0 = System.nanoTime();
    paralelo(
        n,
        i -> {
          Respuesta r = enviar("registrar (POST /expedientes)", registro(lote, i), 201);
          Matcher m = Pattern.compile("\"numero\"\\s*:\\s*\"([^\"]+)\"").matcher(r.cuerpo);
          if (r.status == 201 && m.find()) {
            numeros.add(m.group(1));
          }
        });
    double tRegistro = segundos(t0);
    long rssTrasRegistro = rssKb();

    // ---- 3. routing, one activity at a time
    String[] actores = {
      null, "secretaria.oga", "director.oga", "secretaria.oga", "secretaria.oti", "director.oti", "secretaria.oti"
    };
    Map<Integer, String> cuerpos = new HashMap<>();
    cuerpos.put(2, "{\"unidad\":\"OTI\",\"instruccion\":\"Atender\"}");
    cuerpos.put(5, "{\"responsable\":\"analista.oti\",\"instruccion\":\"Evaluar y responder\"}");
    List<String> enCurso = new ArrayList<>(numeros);
    AtomicInteger pasosHechos = new AtomicInteger();
    t0 = System.nanoTime();
    for (int act = 1; act <= 6; act++) {
      String actor = actores[act];
      Map<String, String> tareas = tareasDe(actor, act, enCurso);
      if (tareas.size() < enCurso.size()) {
        error("bandeja", "actividad " + act + ": " + (enCurso.size() - tareas.size())
            + " expedientes sin tarea en la bandeja de " + actor);
      }
      List<String> ids = new ArrayList<>(tareas.values());
      String cuerpo = cuerpos.getOrDefault(act, "{}");
      List<String> avanzan = Collections.synchronizedList(new ArrayList<>());
      List<String> nums = new ArrayList<>(tareas.keySet());
      final int a = act;
      paralelo(
          ids.size(),
          i -> {
            long p0 = System.nanoTime();
            Respuesta r1 = enviar("reclamar", post(url + "/api/v1/tareas/" + ids.get(i) + "/reclamar", actor, null), 200, 204);
            if (r1.status / 100 != 2) {
              return;
            }
            Respuesta r2 = enviar("completar (act. " + a + ")", post(url + "/api/v1/tareas/" + ids.get(i) + "/completar", actor, cuerpo), 200);
            if (r2.status == 200) {
              registrar("paso (reclamar + completar)", System.nanoTime() - p0);
              pasosHechos.incrementAndGet();
              avanzan.add(nums.get(i));
            }
          });
      enCurso = new ArrayList<>(avanzan);
    }
    double tDerivacion = segundos(t0);

    // ---- 4. (optional) P/OGA-TI-02 up to the Director de TI's V°B°, then signed in one batch
    String informeLote = documentosEnLote > 0 ? firmaEnLote(new ArrayList<>(enCurso.subList(0, Math.min(documentosEnLote, enCurso.size())))) : null;
    muestreando = false;
    long rssFinal = rssKb();

    // ---- report
    System.out.println("| operación | peticiones | p50 ms | p95 ms | p99 ms | máx ms | errores |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (var e : LAT.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      List<Long> l = new ArrayList<>(e.getValue());
      Collections.sort(l);
      System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", e.getKey(), l.size(),
          ms(pct(l, 50)), ms(pct(l, 95)), ms(pct(l, 99)), ms(l.isEmpty() ? 0 : l.get(l.size() - 1)),
          ERRORES.getOrDefault(e.getKey(), new AtomicInteger()).get());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "base GET /health/ready:   %8.1f peticiones/s (%d en %.1f s)%n",
        baselinePeticiones / tBase, baselinePeticiones, tBase);
    System.out.printf(Locale.ROOT, "base API autenticada:     %8.1f peticiones/s (%d en %.1f s)%n",
        pisoApi / tPiso, pisoApi, tPiso);
    System.out.printf(Locale.ROOT, "registros:                %8.1f expedientes/s (%d de %d en %.1f s)%n",
        numeros.size() / tRegistro, numeros.size(), n, tRegistro);
    System.out.printf(Locale.ROOT, "derivación:               %8.1f pasos/s (%d pasos en %.1f s; %d expedientes llegaron a analista.oti)%n",
        pasosHechos.get() / tDerivacion, pasosHechos.get(), tDerivacion, enCurso.size());
    if (pid > 0) {
      System.out.printf(Locale.ROOT, "RSS del servidor:         inicio %d MB, tras registrar %d MB, final %d MB, pico %d MB%n",
          rssInicial / 1024, rssTrasRegistro / 1024, rssFinal / 1024, RSS_PICO_KB.get() / 1024);
    }
    if (informeLote != null) {
      System.out.print(informeLote);
    }
    int totalErrores = ERRORES.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.println("errores:                  " + totalErrores + (totalErrores > 0 ? " " + ERRORES : ""));
    synchronized (EJEMPLOS_DE_ERROR) {
      EJEMPLOS_DE_ERROR.stream().limit(5).forEach(x -> System.out.println("  p. ej. " + x));
    }
    System.exit(totalErrores == 0 && enCurso.size() == n ? 0 : 1);
  }

  // ------------------------------------------------------------------ firma en lote

  /**
   * Drafts a one-page document in each expediente (now with analista.oti), takes it through
   * P/OGA-TI-02 acts 1 and 2, signs 5 of them one by one (the baseline: one PAdES signature per
   * request) and the rest in one batch ({@code POST /firmas/lotes}, progress polled every 200 ms).
   */
  static String firmaEnLote(List<String> expedientes) throws Exception {
    List<String> codigos = Collections.synchronizedList(new ArrayList<>());
    byte[] pdf = pdf("Informe técnico de prueba para firma en lote", 3 * 1024);
    paralelo(expedientes.size(), i -> {
      String limite = "----bench-" + UUID.randomUUID();
      var b = new ByteArrayOutputStream();
      escribir(b, "--" + limite + "\r\nContent-Disposition: form-data; name=\"documento\"\r\nContent-Type: application/json\r\n\r\n"
          + "{\"tipo\":\"INFORME_TECNICO\",\"asunto\":\"Informe para firma en lote\",\"publico\":false}\r\n--" + limite
          + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"informe.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
      b.write(pdf, 0, pdf.length);
      escribir(b, "\r\n--" + limite + "--\r\n");
      Respuesta r = enviar("elaborar documento", base(url + "/api/v1/expedientes/" + expedientes.get(i) + "/documentos", "analista.oti")
          .header("Content-Type", "multipart/form-data; boundary=" + limite)
          .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build(), 201);
      Matcher m = Pattern.compile("\"codigoVerificacion\"\\s*:\\s*\"([^\"]+)\"").matcher(r.cuerpo);
      if (m.find()) {
        codigos.add(m.group(1));
      }
    });
    for (String[] paso : new String[][] {{"analista.oti", "1", "{}"}, {"director.oti", "2", "{\"decision\":\"CONFORME\"}"}}) {
      List<String> ids = tareasDeDocumentos(paso[0], Integer.parseInt(paso[1]), codigos);
      paralelo(ids.size(), i -> enviar("completar P/OGA-TI-02 (act. " + paso[1] + ")",
          post(url + "/api/v1/tareas/" + ids.get(i) + "/completar", paso[0], paso[2]), 200));
    }
    List<String> firmas = tareasDeDocumentos("director.oti", 5, codigos);
    int sueltas = Math.min(5, firmas.size());
    long t0 = System.nanoTime();
    for (int i = 0; i < sueltas; i++) {
      enviar("base: V°B° de uno en uno (completar act. 5)", post(url + "/api/v1/tareas/" + firmas.get(i) + "/completar", "director.oti", "{}"), 200);
    }
    double tSueltas = segundos(t0);
    List<String> enLote = firmas.subList(sueltas, firmas.size());
    String cuerpo = enLote.stream().map(x -> "\"" + x + "\"").collect(java.util.stream.Collectors.joining(",", "{\"tareas\":[", "]}"));
    t0 = System.nanoTime();
    double cpu0 = cpuSegundos();
    Respuesta inicio = enviar("firma en lote (POST)", post(url + "/api/v1/firmas/lotes", "director.oti", cuerpo), 202);
    Matcher m = Pattern.compile("\"lote\"\\s*:\\s*\"([^\"]+)\"").matcher(inicio.cuerpo);
    if (!m.find()) {
      return "firma en lote: no se pudo iniciar (" + inicio.status + " " + inicio.cuerpo + ")\n";
    }
    String idLote = m.group(1);
    String estado = "";
    while (!estado.contains("\"fin\"") && segundos(t0) < 600) {
      Thread.sleep(200);
      estado = enviar("firma en lote (progreso)", get(url + "/api/v1/firmas/lotes/" + idLote, "director.oti"), 200).cuerpo;
    }
    double tLote = segundos(t0);
    double cpuLote = cpu0 < 0 ? -1 : cpuSegundos() - cpu0;
    long firmados = Pattern.compile("\"firmado\"\\s*:\\s*true").matcher(estado).results().count();
    return String.format(Locale.ROOT,
        "firma, base:              %8.2f documentos/s (%d V°B° de uno en uno, %.2f s; %.0f ms cada uno)%n"
            + "firma en lote:            %8.2f documentos/s (%d de %d firmados en %.2f s, nivel por omisión del portal)%n"
            + "firma en lote, CPU:       %8.1f s del proceso del servidor (%.0f ms por documento; %.2f núcleos en promedio)%n",
        sueltas / tSueltas, sueltas, tSueltas, 1000 * tSueltas / Math.max(1, sueltas),
        firmados / tLote, firmados, enLote.size(), tLote,
        cpuLote, 1000 * cpuLote / Math.max(1, firmados), cpuLote / tLote);
  }

  /** The actor's P/OGA-TI-02 task ids at that activity for these documents (by their code). */
  static List<String> tareasDeDocumentos(String actor, int actividad, List<String> codigos) throws Exception {
    java.util.Set<String> buscados = new java.util.HashSet<>(codigos);
    List<String> ids = new ArrayList<>();
    for (int intento = 0; intento < 5 && ids.size() < buscados.size(); intento++) {
      ids.clear();
      Respuesta r = enviar("bandeja (GET /bandeja)", get(url + "/api/v1/bandeja", actor), 200);
      for (Object o : (List<?>) Json.parse(r.cuerpo)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) o;
        if (buscados.contains(String.valueOf(t.get("documento"))) && t.get("actividad") instanceof Number a && a.intValue() == actividad) {
          ids.add(String.valueOf(t.get("id")));
        }
      }
      if (ids.size() < buscados.size()) {
        Thread.sleep(500);
      }
    }
    return ids;
  }

  // ------------------------------------------------------------------ bandeja

  /** numero → task id of the actor's tasks at that activity, for our expedientes (retries a bit). */
  static Map<String, String> tareasDe(String actor, int actividad, List<String> numeros) throws Exception {
    Map<String, String> resultado = new LinkedHashMap<>();
    java.util.Set<String> buscados = new java.util.HashSet<>(numeros);
    for (int intento = 0; intento < 5 && resultado.size() < buscados.size(); intento++) {
      Respuesta r = enviar("bandeja (GET /bandeja)", get(url + "/api/v1/bandeja", actor), 200);
      for (Object o : (List<?>) Json.parse(r.cuerpo)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) o;
        String numero = String.valueOf(t.get("numero"));
        Object act = t.get("actividad");
        if (buscados.contains(numero) && act instanceof Number num && num.intValue() == actividad) {
          resultado.put(numero, String.valueOf(t.get("id")));
        }
      }
      if (resultado.size() < buscados.size()) {
        Thread.sleep(500);
      }
    }
    return resultado;
  }

  // ------------------------------------------------------------------ HTTP

  record Respuesta(int status, String cuerpo) {}

  interface Tarea {
    void run(int i) throws Exception;
  }

  static void paralelo(int veces, Tarea t) throws Exception {
    ExecutorService ex = Executors.newFixedThreadPool(c);
    AtomicInteger siguiente = new AtomicInteger();
    List<Future<?>> fs = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      fs.add(ex.submit(() -> {
        for (int i; (i = siguiente.getAndIncrement()) < veces; ) {
          t.run(i);
        }
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    ex.shutdown();
  }

  static HttpRequest.Builder base(String uri, String usuario) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120));
    if (usuario != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((usuario + ":" + CLAVE).getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  static HttpRequest get(String uri, String usuario) {
    return base(uri, usuario).header("Accept", "application/json").GET().build();
  }

  static HttpRequest post(String uri, String usuario, String json) {
    return base(uri, usuario)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
        .build();
  }

  static Respuesta enviar(String op, HttpRequest req, int... esperados) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      registrar(op, System.nanoTime() - t0);
      boolean ok = esperados.length == 0 ? r.statusCode() < 400 : false;
      for (int e : esperados) {
        ok |= r.statusCode() == e;
      }
      if (!ok) {
        String cuerpo = r.body();
        error(op, "HTTP " + r.statusCode() + " " + (cuerpo.length() > 200 ? cuerpo.substring(0, 200) : cuerpo));
      }
      return new Respuesta(r.statusCode(), r.body());
    } catch (Exception e) {
      error(op, e.toString());
      return new Respuesta(-1, "");
    }
  }

  static void registrar(String op, long ns) {
    LAT.computeIfAbsent(op, k -> new ConcurrentLinkedQueue<>()).add(ns);
  }

  static void error(String op, String detalle) {
    ERRORES.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
    if (EJEMPLOS_DE_ERROR.size() < 20) {
      EJEMPLOS_DE_ERROR.add(op + ": " + detalle);
    }
  }

  static HttpRequest registro(String lote, int i) {
    String asunto = "Benchmark " + lote + " expediente " + i;
    String json = "{\"asunto\":\"" + asunto + "\",\"origen\":\"ENTIDAD\","
        + "\"remitente\":{\"nombre\":\"Ministerio de Energía y Minas\",\"tipoDocumento\":\"RUC\",\"numeroDocumento\":\"20131368829\"},"
        + "\"tipoDocumento\":\"OFICIO\",\"numeroDocumento\":\"OFICIO N° " + i + "-2026\",\"folios\":3,"
        + "\"prioridad\":\"NORMAL\",\"plazo\":15}";
    String limite = "----bench" + UUID.randomUUID();
    ByteArrayOutputStream b = new ByteArrayOutputStream(tamanoKb * 1024 + 2048);
    escribir(b, "--" + limite + "\r\nContent-Disposition: form-data; name=\"expediente\"\r\n"
        + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + json + "\r\n");
    escribir(b, "--" + limite + "\r\nContent-Disposition: form-data; name=\"archivos\"; filename=\"oficio-" + i
        + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
    b.writeBytes(pdf(asunto, tamanoKb * 1024));
    escribir(b, "\r\n--" + limite + "--\r\n");
    return base(url + "/api/v1/expedientes", "secretaria.oga")
        .header("Content-Type", "multipart/form-data; boundary=" + limite)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()))
        .build();
  }

  static void escribir(ByteArrayOutputStream b, String s) {
    b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A valid one-page PDF of about {@code tamano} bytes (text + a content stream of comments). */
  static byte[] pdf(String texto, int tamano) {
    String contenido = "BT /F1 12 Tf 72 720 Td (" + texto.replaceAll("[()\\\\]", "") + ") Tj ET\n";
    StringBuilder relleno = new StringBuilder();
    while (relleno.length() < tamano - 800) {
      relleno.append("% relleno del benchmark 0123456789 abcdefghijklmnopqrstuvwxyz\n");
    }
    String[] objetos = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 6 0 R] >>",
      "<< /Length " + contenido.length() + " >>\nstream\n" + contenido + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + relleno.length() + " >>\nstream\n" + relleno + "\nendstream",
    };
    StringBuilder out = new StringBuilder("%PDF-1.4\n");
    long[] pos = new long[objetos.length];
    for (int i = 0; i < objetos.length; i++) {
      pos[i] = out.length();
      out.append(i + 1).append(" 0 obj\n").append(objetos[i]).append("\nendobj\n");
    }
    long xref = out.length();
    out.append("xref\n0 ").append(objetos.length + 1).append("\n0000000000 65535 f \n");
    for (long p : pos) {
      out.append(String.format(Locale.ROOT, "%010d 00000 n \n", p));
    }
    out.append("trailer\n<< /Size ").append(objetos.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  // ------------------------------------------------------------------ numbers

  static long pct(List<Long> ordenados, int p) {
    if (ordenados.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * ordenados.size()) - 1;
    return ordenados.get(Math.max(0, Math.min(i, ordenados.size() - 1)));
  }

  static double ms(long ns) {
    return ns / 1e6;
  }

  static double segundos(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static long rssKb() {
    if (pid <= 0) {
      return 0;
    }
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    } catch (Exception e) {
      // the process is gone or not ours to read
    }
    return 0;
  }

  /**
   * CPU seconds (user + system) the server's process has used so far, from /proc/PID/stat; with
   * the machine shared, CPU per document says more than the wall clock. -1 when unknown.
   */
  static double cpuSegundos() {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] campos = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command: state(0) ppid … utime(11) stime(12), in clock ticks (USER_HZ = 100)
      return (Long.parseLong(campos[11]) + Long.parseLong(campos[12])) / 100.0;
    } catch (Exception e) {
      return -1;
    }
  }

  static void muestrearRss() {
    while (muestreando) {
      RSS_PICO_KB.accumulateAndGet(rssKb(), Math::max);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  // ------------------------------------------------------------------ minimal JSON reader

  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      Json j = new Json(s);
      Object v = j.valor();
      return v;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object valor() {
      ws();
      char ch = s.charAt(i);
      switch (ch) {
        case '{': {
          Map<String, Object> m = new LinkedHashMap<>();
          i++;
          ws();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String k = cadena();
            ws();
            i++; // :
            m.put(k, valor());
            ws();
            if (s.charAt(i++) == '}') {
              return m;
            }
          }
        }
        case '[': {
          List<Object> l = new ArrayList<>();
          i++;
          ws();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(valor());
            ws();
            if (s.charAt(i++) == ']') {
              return l;
            }
          }
        }
        case '"':
          return cadena();
        default: {
          int ini = i;
          while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
            i++;
          }
          String t = s.substring(ini, i);
          return switch (t) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> t.contains(".") || t.contains("e") || t.contains("E")
                ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
          };
        }
      }
    }

    private String cadena() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char ch = s.charAt(i++);
        if (ch == '"') {
          return b.toString();
        }
        if (ch == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(ch);
        }
      }
    }
  }
}
