package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.InstanciaDelPortal.RAIZ;
import static pe.gob.minem.tramite.it.InstanciaDelPortal.exigir;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One instance of the group dies (kill -9) while a batch of signatures and registrations from
 * several clients are in progress (issue 17, point 4): the portal as {@code bin/tramite grupo
 * start} runs it, two Payara instances of a deployment group behind HAProxy, a PostgreSQL and an
 * OpenSearch node of their own. Nothing acknowledged is lost, every registration gets through after
 * at most one retry with its Idempotency-Key, the expediente numbers stay unique with a gap only
 * for a registration interrupted on the dead instance after taking its number (ADR 0008: at most
 * one per client, retried by the client or re-sent by HAProxy), the batch is finished by the other
 * instance with each document signed once, and a person logged in on the dead instance keeps
 * working on the other one (her session is in the data grid).
 */
@PortalAparte
class CaidaDeUnNodoIT {

  // below the ephemeral ports (32768 and up): a client socket there would take a listener's port
  private static final int BASE = 21000;
  private static final int PUERTO_PG = 21432;
  private static final Path DIR = Path.of("target", "grupo").toAbsolutePath();
  private static final String BALANCEADOR = "http://localhost:" + (BASE + 80);
  private static final String BD = "jdbc:postgresql://localhost:" + PUERTO_PG + "/tramite";
  private static final int DOCUMENTOS = 8;
  private static final int CLIENTES = 3;

  private static InstanciaDelPortal grupo;
  private static Process opensearch;

  @BeforeAll
  static void iniciarElGrupo() throws Exception {
    HerramientaExterna.requerida("haproxy", "haproxy");
    Files.createDirectories(DIR);
    postgres("start");
    int puertoOs = puertoLibre();
    String cp =
        RAIZ.resolve("search/target/test-classes")
            + ":"
            + RAIZ.resolve("search/target/classes")
            + ":"
            + Files.readString(RAIZ.resolve("search/target/classpath-de-pruebas.txt")).strip();
    opensearch =
        new ProcessBuilder(
                "java",
                "-Xmx512m",
                // Log4j 2's own core, as in an OpenSearch server (search module's surefire too)
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
                "-cp",
                cp,
                "pe.gob.minem.tramite.archivo.NodoOpenSearch",
                DIR.resolve("opensearch").toString(),
                Integer.toString(puertoOs))
            .redirectErrorStream(true)
            .redirectOutput(DIR.resolve("opensearch.log").toFile())
            .start();
    esperarOpenSearch(puertoOs);
    grupo =
        new InstanciaDelPortal("grupo", DIR.resolve("runtime"), DIR.resolve("datos"), BASE)
            .con("TRAMITE_DB", "postgresql")
            .con("TRAMITE_DB_URL", BD)
            .con("TRAMITE_DB_USER", "tramite")
            .con("TRAMITE_DB_PASSWORD", "tramite")
            .con("TRAMITE_ARCHIVO_INDICE", "opensearch")
            .con("TRAMITE_OPENSEARCH_URL", "http://127.0.0.1:" + puertoOs);
    exigir(grupo.tramite(Duration.ofMinutes(25), "grupo", "start"));
    usarPortal(BALANCEADOR);
    esperarListo();
  }

  @AfterAll
  static void detenerElGrupo() throws Exception {
    usarPortal(null);
    try {
      if (grupo != null) {
        grupo.tramite(Duration.ofMinutes(3), "grupo", "stop");
      }
    } finally {
      if (opensearch != null) {
        opensearch.destroyForcibly().waitFor();
      }
      postgres("stop");
    }
  }

  @Test
  void alCaerUnaInstanciaNadaConfirmadoSePierdeElLoteLoTerminaLaOtraYLasSesionesSiguen()
      throws Exception {
    asegurarCertificadoValidoDelDirector();
    List<Long> documentos = new ArrayList<>();
    List<String> tareas = new ArrayList<>();
    for (int i = 0; i < DOCUMENTOS; i++) {
      long id = documentoHastaElVistoBuenoDelDirector();
      documentos.add(id);
      tareas.add(tareaDelDocumento(DIRECTOR_OTI, id, 5));
    }
    // a person logged in through the page on each instance (HAProxy's cookie says which)
    Map<String, HttpClient> sesiones = sesionesEnCadaInstancia();

    // mesa de partes registering from several clients, each retrying once with its key
    AtomicBoolean seguir = new AtomicBoolean(true);
    List<String> confirmados = Collections.synchronizedList(new ArrayList<>());
    List<String> perdidos = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger reintentos = new AtomicInteger();
    List<Thread> clientes = new ArrayList<>();
    for (int c = 0; c < CLIENTES; c++) {
      int cliente = c;
      Thread t =
          new Thread(
              () -> {
                byte[] pdf = Documentos.pdf("Oficio durante la caída, cliente " + cliente);
                for (int i = 0; seguir.get(); i++) {
                  String clave = UUID.randomUUID().toString();
                  String asunto = "Caída de una instancia " + cliente + "-" + i;
                  String numero = registrarUnaVez(clave, asunto, pdf);
                  if (numero == null) {
                    reintentos.incrementAndGet();
                    numero = registrarUnaVez(clave, asunto, pdf);
                  }
                  if (numero == null) {
                    perdidos.add(asunto);
                  } else {
                    confirmados.add(numero);
                  }
                }
              },
              "cliente-" + c);
      t.start();
      clientes.add(t);
    }

    Respuesta inicio = postJson(DIRECTOR_OTI, "/firmas/lotes", Map.of("tareas", tareas));
    assertEquals(202, inicio.status(), inicio::toString);
    String lote = inicio.json().path("lote").asText();
    String nodoDelLote = nodoDelLote(lote);
    String instancia = nodoDelLote.replaceAll("-.*", "");
    assertTrue(instancia.matches("nodo[12]"), "el lote lo trabaja " + nodoDelLote);

    // kill -9 the instance working the batch once it has signed something, before it is done
    JsonNode antes = null;
    for (int i = 0; i < 400; i++) {
      antes = get(DIRECTOR_OTI, "/firmas/lotes/" + lote).json();
      if (antes.path("resultados").size() > 0) {
        break;
      }
      Thread.sleep(50);
    }
    matar(instancia);
    JsonNode alCaer = antes;
    assertTrue(
        alCaer.path("resultados").size() < DOCUMENTOS && !alCaer.has("fin"),
        () -> "el lote debía seguir en curso al caer la instancia; iba en " + alCaer);
    long muerta = System.nanoTime();

    // the batch: finished by the other instance, each document signed once
    JsonNode progreso = terminado(lote);
    Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - muerta) / 1_000_000));
    seguir.set(false);
    for (Thread t : clientes) {
      t.join(180_000);
    }
    assertEquals(DOCUMENTOS, progreso.path("resultados").size(), progreso::toString);
    for (JsonNode r : progreso.path("resultados")) {
      assertTrue(r.path("firmado").asBoolean(), () -> "sin firmar: " + r);
    }
    for (long id : documentos) {
      JsonNode d = documento(id);
      assertEquals(1, d.path("firmas").size(), d::toString);
      assertEquals(1, firmasValidasSegunPdfsig(contenido(id)), "pdfsig: una sola firma");
    }
    assertNotEquals(nodoDelLote, nodoDelLote(lote), "la otra instancia retomó el lote");

    // the registrations: none failed twice, every acknowledged one is there, numbers without gaps
    assertTrue(perdidos.isEmpty(), () -> "registros que fallaron dos veces: " + perdidos);
    assertTrue(confirmados.size() >= CLIENTES, () -> "registros confirmados: " + confirmados);
    assertEquals(
        confirmados.size(), new HashSet<>(confirmados).size(), "números repetidos: " + confirmados);
    for (String numero : confirmados) {
      assertEquals(200, get(SECRETARIA_OGA, "/expedientes/" + numero).status(), numero);
    }
    // a number is taken in its own short transaction (ADR 0008): only a registration interrupted
    // on the killed instance after taking its number leaves a gap, so at most one per client (each
    // has one registration in flight at a time), whether the client saw it fail and retried it or
    // HAProxy sent it again to the other instance (retry-on empty-response, which the client never
    // sees); none from the two instances numbering side by side
    TreeSet<Integer> correlativos = correlativosDelAnio();
    int huecos = correlativos.last() - correlativos.first() + 1 - correlativos.size();
    assertTrue(
        huecos <= CLIENTES,
        () ->
            huecos
                + " huecos en la numeración con "
                + CLIENTES
                + " clientes ("
                + reintentos
                + " intentos fallidos vistos por ellos)");
    System.out.println(
        "[caída] confirmados "
            + confirmados.size()
            + ", reintentos "
            + reintentos.get()
            + ", huecos "
            + huecos
            + ", lote retomado por "
            + nodoDelLote(lote));

    // the person whose session lived on the dead instance goes on, on the other one
    HttpClient huerfana = sesiones.get(instancia);
    HttpResponse<String> bandeja = obtener(huerfana, "/bandeja.xhtml");
    assertEquals(200, bandeja.statusCode(), () -> "la sesión no sobrevivió: " + bandeja.headers());
    assertFalse(bandeja.body().contains("id=\"login\""), "volvió a la página de ingreso");
    String otra = instancia.equals("nodo1") ? "nodo2" : "nodo1";
    assertEquals(otra, nodoDeLaSesion(huerfana), "HAProxy la llevó a la instancia viva");
  }

  // ------------------------------------------------------------------ registrations

  /** One attempt: the expediente's number if the portal acknowledged it, null otherwise. */
  private static String registrarUnaVez(String clave, String asunto, byte[] pdf) {
    try {
      Respuesta r = registrarConClave("/expedientes", clave, asunto, pdf);
      if (r.status() == 201 || r.status() == 200) {
        return r.json().path("numero").asText();
      }
      System.out.println("[caída] " + asunto + ": " + r);
      return null;
    } catch (UncheckedIOException e) {
      System.out.println("[caída] " + asunto + ": " + e.getCause());
      return null;
    }
  }

  private static TreeSet<Integer> correlativosDelAnio() throws Exception {
    TreeSet<Integer> correlativos = new TreeSet<>();
    try (Connection c = DriverManager.getConnection(BD, "tramite", "tramite");
        var st = c.prepareStatement("SELECT numero FROM expediente WHERE numero LIKE ?")) {
      st.setString(1, "EXP-" + Year.now(java.time.ZoneId.of("America/Lima")) + "-%");
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          correlativos.add(Integer.parseInt(rs.getString(1).substring(9)));
        }
      }
    }
    return correlativos;
  }

  // ------------------------------------------------------------------ the batch

  private static String nodoDelLote(String lote) throws Exception {
    try (Connection c = DriverManager.getConnection(BD, "tramite", "tramite");
        var st = c.prepareStatement("SELECT nodo FROM lote_de_firma WHERE id = ?")) {
      st.setString(1, lote);
      try (var rs = st.executeQuery()) {
        assertTrue(rs.next(), "el lote " + lote + " no está en la base");
        return rs.getString(1);
      }
    }
  }

  private static JsonNode terminado(String lote) throws Exception {
    JsonNode progreso = null;
    for (int i = 0; i < 360; i++) {
      Respuesta r = get(DIRECTOR_OTI, "/firmas/lotes/" + lote);
      if (r.status() == 200) {
        progreso = r.json();
        if (progreso.has("fin")) {
          return progreso;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("la otra instancia no terminó el lote: " + progreso);
  }

  // ------------------------------------------------------------------ the instances

  /** kill -9 of an instance's JVM (its command line names its folder under this runtime). */
  private static void matar(String instancia) {
    String marca =
        "-Dcom.sun.aas.instanceRoot="
            + DIR.resolve("runtime/payara6/glassfish/nodes/localhost-grupo/" + instancia);
    List<ProcessHandle> jvms =
        ProcessHandle.allProcesses()
            .filter(p -> (p.info().commandLine().orElse("") + " ").contains(marca + " "))
            .toList();
    assertEquals(1, jvms.size(), () -> "la JVM de " + instancia + ": " + jvms);
    jvms.get(0).destroyForcibly();
    System.out.println("[caída] kill -9 de " + instancia + " (pid " + jvms.get(0).pid() + ")");
  }

  /** A logged-in page session on each instance: logs in until HAProxy has used both. */
  private static Map<String, HttpClient> sesionesEnCadaInstancia() throws Exception {
    Map<String, HttpClient> sesiones = new HashMap<>();
    for (int i = 0; i < 10 && sesiones.size() < 2; i++) {
      HttpClient navegador =
          HttpClient.newBuilder()
              // HTTP/1.1 like a browser on plain HTTP: Java's default h2c upgrade turns HAProxy's
              // connection into a tunnel, and a tunnel's responses get no TRAMITE_NODO cookie
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      HttpResponse<String> login = obtener(navegador, "/login.xhtml");
      assertEquals(200, login.statusCode());
      HttpResponse<String> ingreso =
          navegador.send(
              HttpRequest.newBuilder(URI.create(BALANCEADOR + "/login.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          FormularioDeIngreso.de(login.body()).cuerpo(SECRETARIA_OGA, CLAVE)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(302, ingreso.statusCode(), ingreso::body);
      assertEquals(200, obtener(navegador, "/bandeja.xhtml").statusCode());
      sesiones.putIfAbsent(nodoDeLaSesion(navegador), navegador);
    }
    assertEquals(Set.of("nodo1", "nodo2"), sesiones.keySet(), "HAProxy reparte las sesiones");
    return sesiones;
  }

  private static String nodoDeLaSesion(HttpClient navegador) {
    // every cookie of this client (it only talks to the balancer): the store's get(uri) misses
    // host-only cookies of «localhost», to which CookieManager gives the domain «localhost.local»
    var cookies =
        ((CookieManager) navegador.cookieHandler().orElseThrow()).getCookieStore().getCookies();
    return cookies.stream()
        .filter(c -> c.getName().equals("TRAMITE_NODO"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private static HttpResponse<String> obtener(HttpClient c, String ruta) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(BALANCEADOR + ruta)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ PostgreSQL and OpenSearch

  private static void postgres(String orden) throws IOException, InterruptedException {
    var pb =
        new ProcessBuilder(
                "bash", RAIZ.resolve("ear/src/test/sh/postgres-de-prueba.sh").toString(), orden)
            .inheritIO();
    pb.environment().put("IT_TARGET", DIR.toString());
    pb.environment().put("IT_DB_PORT", Integer.toString(PUERTO_PG));
    assertEquals(0, pb.start().waitFor(), "postgres-de-prueba.sh " + orden);
  }

  private static int puertoLibre() throws IOException {
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void esperarOpenSearch(int puerto) throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    for (int i = 0; i < 360; i++) {
      try {
        if (c.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + puerto + "/")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      assertTrue(
          opensearch.isAlive(), "el nodo OpenSearch terminó: vea " + DIR.resolve("opensearch.log"));
      Thread.sleep(500);
    }
    throw new AssertionError(
        "el nodo OpenSearch no respondió: vea " + DIR.resolve("opensearch.log"));
  }
}
