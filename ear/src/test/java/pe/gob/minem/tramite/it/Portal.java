package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * HTTP client of the portal under test: the REST API at {@code /api/v1} with HTTP Basic auth of the
 * demo users. Every integration test is a client of the deployed EAR, as a user would be.
 */
public final class Portal {

  public static final String CLAVE = "Tramite2026!";
  public static final String SECRETARIA_OGA = "secretaria.oga";
  public static final String DIRECTOR_OGA = "director.oga";
  public static final String LEGAL_OGA = "legal.oga";
  public static final String SECRETARIA_OTI = "secretaria.oti";
  public static final String DIRECTOR_OTI = "director.oti";
  public static final String ANALISTA_OTI = "analista.oti";
  public static final String ADMIN = "admin";
  public static final List<String> USUARIOS =
      List.of(
          SECRETARIA_OGA,
          DIRECTOR_OGA,
          LEGAL_OGA,
          SECRETARIA_OTI,
          DIRECTOR_OTI,
          ANALISTA_OTI,
          ADMIN);

  /** A valid RUC (the MINEM's) and the same with a wrong check digit. */
  public static final String RUC_VALIDO = "20131368829";

  public static final String RUC_DIGITO_ERRADO = "20131368828";

  public static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newCachedThreadPool())
          .build();

  /** The portals that answered /health/ready in this JVM (until a test restarts one). */
  private static final java.util.Set<String> LISTOS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Another portal for this thread and the threads it starts: the classes that start a portal of
   * their own run beside the others (junit-platform.properties), which keep talking to the suite's.
   */
  private static final InheritableThreadLocal<String> OTRO_PORTAL = new InheritableThreadLocal<>();

  private Portal() {}

  public static String base() {
    String otro = OTRO_PORTAL.get();
    return otro != null ? otro : System.getProperty("it.base-url", "http://localhost:18080");
  }

  /**
   * From now on, in this thread and in the threads it starts afterwards, the helpers talk to the
   * portal at {@code base}; {@code null}: to the suite's again.
   */
  public static void usarPortal(String base) {
    if (base == null) {
      OTRO_PORTAL.remove();
    } else {
      OTRO_PORTAL.set(base);
    }
  }

  public static String api() {
    return base() + "/api/v1";
  }

  /** Data directory of the test domain ({@code tramite.data.dir}); documents under documentos/. */
  public static Path datos() {
    return Path.of(System.getProperty("it.data.dir", "target/it-data"));
  }

  public static Path serverLog() {
    return Path.of(
        System.getProperty(
            "it.server-log", "target/payara6/glassfish/domains/domain1/logs/server.log"));
  }

  public static long tamanoMaximo() {
    return Long.parseLong(System.getProperty("it.tamano-maximo", "2097152"));
  }

  /** After the test restarted the server: the next {@link #esperarListo()} waits again. */
  public static void olvidarListo() {
    LISTOS.remove(base());
  }

  /**
   * Waits (once per portal and JVM) until {@code GET /health/ready} answers 200: up to five
   * minutes, since after a kill -9 the server reloads the application while the classes that start
   * portals of their own may be starting one beside it.
   */
  public static void esperarListo() {
    if (LISTOS.contains(base())) {
      return;
    }
    long hasta = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    Respuesta ultima = null;
    while (System.nanoTime() < hasta) {
      try {
        ultima = enviar(HttpRequest.newBuilder(URI.create(base() + "/health/ready")).GET());
        if (ultima.status() == 200) {
          LISTOS.add(base());
          return;
        }
      } catch (UncheckedIOException e) {
        // not listening yet
      }
      dormir(500);
    }
    fail("el portal no respondió 200 en /health/ready en 300 s; última respuesta: " + ultima);
  }

  /**
   * Waits until the archive's worker is idle and its queue empty: text extraction writes rows after
   * the request that stored a file has answered, so a test that counts rows waits for it.
   */
  public static void archivoEnReposo() {
    long hasta = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    Respuesta ultima = null;
    while (System.nanoTime() < hasta) {
      ultima = get(ADMIN, "/archivo/estado");
      if (ultima.status() == 200
          && ultima.json().path("colaPendiente").asLong() == 0
          && ultima.json().path("colaEnCurso").asLong() == 0
          && !ultima.json().path("trabajando").asBoolean()) {
        return;
      }
      dormir(300);
    }
    fail("el archivo no terminó su cola en 120 s; último estado: " + ultima);
  }

  // ---------------------------------------------------------------- HTTP

  public record Respuesta(int status, Map<String, List<String>> headers, byte[] cuerpo) {

    public String texto() {
      return new String(cuerpo, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(cuerpo);
      } catch (IOException e) {
        throw new AssertionError("la respuesta " + status + " no es JSON: " + recorte(), e);
      }
    }

    public Optional<String> header(String nombre) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(nombre))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public String tipo() {
      return header("Content-Type").orElse("");
    }

    public String recorte() {
      String t = texto();
      if (tipo().contains("html")) { // the server's error page: its text is enough
        t = t.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
        t = t.replaceAll("\\s+", " ").trim();
      }
      return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + tipo() + " " + recorte();
    }
  }

  public static HttpRequest.Builder peticion(String usuario, String ruta) {
    return peticion(usuario, CLAVE, ruta);
  }

  public static HttpRequest.Builder peticion(String usuario, String clave, String ruta) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(ruta.startsWith("http") ? ruta : api() + ruta))
            .timeout(Duration.ofSeconds(120));
    if (usuario != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  public static Respuesta enviar(HttpRequest.Builder peticion) {
    HttpRequest p = peticion.build();
    try {
      HttpResponse<byte[]> r;
      try {
        r = HTTP.send(p, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException cerrada) {
        // A pooled connection the server closed (each IT class redeploys the application) fails
        // with "header parser received no bytes"; a GET is safe to send again, once.
        if (!"GET".equals(p.method())) {
          throw cerrada;
        }
        r = HTTP.send(p, HttpResponse.BodyHandlers.ofByteArray());
      }
      return new Respuesta(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Respuesta get(String usuario, String ruta) {
    return enviar(peticion(usuario, ruta).GET());
  }

  public static Respuesta postJson(String usuario, String ruta, Object cuerpo) {
    return conJson(usuario, ruta, "POST", cuerpo);
  }

  public static Respuesta putJson(String usuario, String ruta, Object cuerpo) {
    return conJson(usuario, ruta, "PUT", cuerpo);
  }

  private static Respuesta conJson(String usuario, String ruta, String metodo, Object cuerpo) {
    try {
      return enviar(
          peticion(usuario, ruta)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .method(
                  metodo,
                  HttpRequest.BodyPublishers.ofByteArray(
                      cuerpo == null ? new byte[0] : JSON.writeValueAsBytes(cuerpo))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- expedientes

  public record Archivo(String nombre, String tipoMime, byte[] bytes) {}

  /** The JSON part {@code expediente} of a registration, valid unless the caller changes it. */
  public static ObjectNode datosExpediente(String asunto) {
    ObjectNode e = JSON.createObjectNode();
    e.put("asunto", asunto);
    e.put("origen", "ENTIDAD");
    ObjectNode remitente = e.putObject("remitente");
    remitente.put("nombre", "Ministerio de Energía y Minas");
    remitente.put("tipoDocumento", "RUC");
    remitente.put("numeroDocumento", RUC_VALIDO);
    e.put("tipoDocumento", "OFICIO");
    e.put("numeroDocumento", "OFICIO N° 0123-2026-MINEM/OGA");
    e.put("folios", 3);
    e.put("prioridad", "NORMAL");
    e.put("plazo", 15);
    return e;
  }

  public static Archivo pdf(String nombre, String texto) {
    return new Archivo(nombre, "application/pdf", Documentos.pdf(texto));
  }

  /** {@code POST /expedientes} as multipart/form-data: part expediente + parts archivos. */
  public static Respuesta registrar(String usuario, JsonNode expediente, Archivo... archivos) {
    CuerpoMultipart cuerpo;
    try {
      cuerpo =
          new CuerpoMultipart()
              .campo(
                  "expediente",
                  "application/json; charset=UTF-8",
                  JSON.writeValueAsBytes(expediente));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Archivo a : archivos) {
      cuerpo.archivo("archivos", a.nombre(), a.tipoMime(), a.bytes());
    }
    return postMultipart(usuario, "/expedientes", cuerpo);
  }

  /** A POST of multipart/form-data to the API, answered in JSON. */
  static Respuesta postMultipart(String usuario, String ruta, CuerpoMultipart cuerpo) {
    return enviar(cuerpo.en(peticion(usuario, ruta)).header("Accept", "application/json"));
  }

  /** Registers a valid expediente as secretaria.oga and returns its JSON (asserts 201). */
  /**
   * A registration by mesa de partes with an Idempotency-Key, to {@code ruta} (relative to the API,
   * or a whole URL for another portal): the expediente {@code asunto} with one PDF.
   */
  public static Respuesta registrarConClave(String ruta, String clave, String asunto, byte[] pdf) {
    try {
      var cuerpo =
          new CuerpoMultipart()
              .campo(
                  "expediente",
                  "application/json; charset=UTF-8",
                  JSON.writeValueAsBytes(datosExpediente(asunto)))
              .archivo("archivos", "oficio.pdf", "application/pdf", pdf);
      return enviar(
          cuerpo
              .en(peticion(SECRETARIA_OGA, ruta))
              .header("Accept", "application/json")
              .header("Idempotency-Key", clave));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode registrarValido(String asunto) {
    Respuesta r =
        registrar(
            SECRETARIA_OGA,
            datosExpediente(asunto),
            pdf("oficio.pdf", "Oficio de prueba: " + asunto));
    assertEquals(201, r.status(), () -> "registro de '" + asunto + "': " + r);
    return r.json();
  }

  public static JsonNode expediente(String usuario, String numero) {
    Respuesta r = get(usuario, "/expedientes/" + numero);
    assertEquals(200, r.status(), () -> "GET /expedientes/" + numero + ": " + r);
    return r.json();
  }

  public static JsonNode hojaDeRuta(String usuario, String numero) {
    Respuesta r = get(usuario, "/expedientes/" + numero + "/hoja-de-ruta");
    assertEquals(200, r.status(), () -> "hoja de ruta de " + numero + ": " + r);
    assertTrue(r.json().isArray(), () -> "la hoja de ruta no es un arreglo: " + r);
    return r.json();
  }

  public static JsonNode buscar(String usuario, String q) {
    Respuesta r =
        get(
            usuario,
            "/expedientes?q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&page=0&size=50");
    assertEquals(200, r.status(), () -> "búsqueda '" + q + "': " + r);
    return r.json();
  }

  // ---------------------------------------------------------------- el reloj de pruebas

  /** The engine's clock back to the real time (ITs that move it call this after each test). */
  public static void relojReal() {
    Respuesta r = enviar(peticion(ADMIN, "/pruebas/reloj").DELETE());
    assertEquals(200, r.status(), r::toString);
  }

  /** Moves the engine's clock forward and says where it is now. */
  public static Instant adelantarReloj(long horas) {
    Respuesta r = postJson(ADMIN, "/pruebas/reloj?horas=" + horas, null);
    assertEquals(200, r.status(), r::toString);
    return Instant.parse(r.json().path("ahora").asText());
  }

  // ---------------------------------------------------------------- bandeja y tareas

  public static List<JsonNode> bandeja(String usuario) {
    Respuesta r = get(usuario, "/bandeja");
    assertEquals(200, r.status(), () -> "bandeja de " + usuario + ": " + r);
    JsonNode j = r.json();
    assertTrue(j.isArray(), () -> "la bandeja de " + usuario + " no es un arreglo: " + r);
    List<JsonNode> tareas = new ArrayList<>();
    j.forEach(tareas::add);
    return tareas;
  }

  public static Optional<JsonNode> tareaDe(String usuario, String numero) {
    return bandeja(usuario).stream()
        .filter(t -> numero.equals(t.path("numero").asText()))
        .findFirst();
  }

  /** The task of the expediente in the user's bandeja; fails with the whole bandeja if absent. */
  public static JsonNode tarea(String usuario, String numero) {
    List<JsonNode> b = bandeja(usuario);
    return b.stream()
        .filter(t -> numero.equals(t.path("numero").asText()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no hay tarea de " + numero + " en la bandeja de " + usuario + ": " + b));
  }

  public static Respuesta reclamar(String usuario, String tareaId) {
    return postJson(usuario, "/tareas/" + tareaId + "/reclamar", null);
  }

  public static Respuesta completar(String usuario, String tareaId, Map<String, String> datos) {
    return postJson(usuario, "/tareas/" + tareaId + "/completar", datos);
  }

  // ---------------------------------------------------------------- utilidades

  /** Asserts an error answer in the contract's form: application/problem+json with a status. */
  public static JsonNode problema(Respuesta r, int... estados) {
    boolean esperado = estados.length == 0 ? r.status() >= 400 : false;
    for (int e : estados) {
      esperado |= r.status() == e;
    }
    assertTrue(
        esperado, () -> "se esperaba HTTP " + java.util.Arrays.toString(estados) + " y llegó " + r);
    assertTrue(
        r.tipo().startsWith("application/problem+json"),
        () -> "el error no es application/problem+json: " + r);
    JsonNode p = r.json();
    assertEquals(r.status(), p.path("status").asInt(), () -> "campo status del problema: " + r);
    assertTrue(p.hasNonNull("title"), () -> "el problema no tiene title: " + r);
    assertTrue(p.hasNonNull("detail"), () -> "el problema no tiene detail: " + r);
    return p;
  }

  /**
   * Number of regular files under documentos/ of the data directory, the constancias of the audit's
   * checkpoints aside: the hourly checkpoint may sign and store one in the middle of any test.
   */
  public static long archivosGuardados() {
    Path docs = datos().resolve("documentos");
    if (!Files.isDirectory(docs)) {
      return 0;
    }
    java.util.Set<String> constancias = new java.util.HashSet<>();
    try (var c = BaseDeDatos.conectar();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT documento_sha256 FROM punto_de_control_auditoria"
                        + " WHERE documento_sha256 IS NOT NULL")) {
      while (rs.next()) {
        constancias.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("no se pudo leer la base de datos de prueba: " + e, e);
    }
    try (Stream<Path> s = Files.walk(docs)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !constancias.contains(f.getFileName().toString()))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server's log since the domain started: the rotated files ({@code server.log_<time>}, in the
   * order they were written) and then the current one — Payara rotates at 2 MB, and a line a test
   * looks for may have just moved into a rotated file.
   */
  public static String leerServerLog() {
    Path actual = serverLog();
    try (var archivos = Files.list(actual.getParent())) {
      var texto = new StringBuilder();
      for (Path rotado :
          archivos
              .filter(f -> f.getFileName().toString().startsWith(actual.getFileName() + "_"))
              .sorted()
              .toList()) {
        texto.append(Files.readString(rotado, StandardCharsets.UTF_8));
      }
      return texto.append(Files.readString(actual, StandardCharsets.UTF_8)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void dormir(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
