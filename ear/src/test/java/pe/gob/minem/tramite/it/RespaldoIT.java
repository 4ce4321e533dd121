package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.tareaDelDocumento;
import static pe.gob.minem.tramite.it.InstanciaDelPortal.exigir;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: {@code bin/tramite backup} of a portal that keeps serving, {@code backup
 * --verify}, and {@code restore} into a fresh data directory (ADR 0023), with the portals the
 * README's command starts (demo mode, H2; ports 29000+ and 29200+, never the Arquillian domain's).
 * The restored portal has every expediente the original acknowledged before the backup began, with
 * the same bytes, its signature still valid and the same search answers. PostgreSQL's path runs
 * against a throwaway cluster of its own on port 29432.
 */
@PortalAparte
class RespaldoIT {

  private static final Path DIR = Path.of("target", "respaldo-it").toAbsolutePath();
  private static final Path RUNTIME = DIR.resolve("runtime");
  private static final Path RESPALDO = DIR.resolve("respaldo");
  private static final Map<String, String> ADMINISTRADOR =
      Map.of("TRAMITE_USUARIO", ADMIN, "TRAMITE_CLAVE", CLAVE);

  /**
   * The two portals share the Payara installation (no data lives there); each has its own data
   * directory. The restored one cannot run beside the original: its demo PKI serves on the port the
   * original's certificates name.
   */
  private static final InstanciaDelPortal ORIGINAL =
      new InstanciaDelPortal("portal original", RUNTIME, DIR.resolve("datos-original"), 29000);

  private static final InstanciaDelPortal RESTAURADO =
      new InstanciaDelPortal("portal restaurado", RUNTIME, DIR.resolve("datos-restaurados"), 29200);

  @BeforeAll
  static void limpiar() throws Exception {
    borrar(DIR);
    Files.createDirectories(DIR);
  }

  @AfterAll
  static void detener() throws Exception {
    try {
      ORIGINAL.detener(); // the same domain: stops whichever runs
    } finally {
      Portal.olvidarListo();
      Portal.usarPortal(null);
    }
  }

  /** The Portal and FlujoDocumental helpers talk to this portal from now on. */
  private static void usar(InstanciaDelPortal portal) {
    Portal.usarPortal("http://127.0.0.1:" + portal.puertoHttp());
    Portal.olvidarListo();
  }

  // ------------------------------------------------------------------ H2, the whole journey

  @Test
  void elPortalRestauradoTieneTodoLoQueElOriginalConfirmoAntesDelRespaldo() throws Exception {
    long t0 = System.nanoTime();
    ORIGINAL.iniciar();
    usar(ORIGINAL);
    cronometro("portal original en marcha", t0);

    String marca = marca();
    Map<String, List<Archivo>> confirmados = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      var informe =
          new Archivo(
              "informe.pdf",
              "application/pdf",
              Documentos.pdf("Informe " + marca + " del respaldo número " + i));
      var anexo =
          new Archivo(
              "anexo.pdf",
              "application/pdf",
              Documentos.pdf("Anexo " + marca + " con la clave " + marca + "x" + i));
      Respuesta r =
          registrar(
              SECRETARIA_OGA, datosExpediente("Expediente " + marca + " " + i), informe, anexo);
      assertEquals(201, r.status(), r::toString);
      confirmados.put(r.json().path("numero").asText(), List.of(informe, anexo));
    }
    long firmado = documentoFirmado("Documento firmado " + marca);
    String codigo = documento(firmado).path("codigoVerificacion").asText();
    byte[] pdfFirmado = contenido(firmado);
    esperarIndice();
    Map<String, String> respuestas = busquedas(marca);
    cronometro("datos de prueba registrados, firmados e indexados", t0);

    // the backup, while three clients keep registering
    Carga carga = new Carga(marca());
    carga.iniciar(3);
    Instant antes = Instant.now();
    var respaldo =
        ORIGINAL.tramite(ADMINISTRADOR, Duration.ofMinutes(5), "backup", RESPALDO.toString());
    Instant despues = Instant.now();
    Thread.sleep(1000);
    carga.detener();
    exigir(respaldo);
    cronometro("respaldo hecho bajo carga", t0);
    assertEquals(List.of(), carga.errores, "el portal debe seguir atendiendo durante el respaldo");
    long durante =
        carga.confirmados.stream()
            .filter(c -> !c.cuando().isBefore(antes) && c.cuando().isBefore(despues))
            .count();
    assertTrue(
        durante > 0,
        "ninguna registración se confirmó mientras corría el respaldo: "
            + carga.confirmados.size());
    carga.confirmados.stream()
        .filter(c -> c.cuando().isBefore(antes))
        .forEach(c -> confirmados.put(c.numero(), List.of(c.archivo())));
    var posteriores = carga.confirmados.stream().filter(c -> !c.cuando().isBefore(antes)).toList();

    // only an administrator may have the portal copy its database; the refusal is a problem
    problema(postJson(SECRETARIA_OGA, "/respaldo/base-de-datos", null), 403);

    var verificacion =
        ORIGINAL.tramite(Duration.ofMinutes(3), "backup", "--verify", RESPALDO.toString());
    assertEquals(0, verificacion.codigo(), verificacion::texto);
    assertTrue(verificacion.texto().contains("coincide con su manifiesto"), verificacion::texto);

    // restore: never over a data directory in use, and then into a fresh one
    ORIGINAL.detener();
    var encima = ORIGINAL.tramite(Duration.ofMinutes(2), "restore", RESPALDO.toString());
    assertEquals(2, encima.codigo(), encima::texto);
    assertTrue(encima.texto().contains("no está vacío"), encima::texto);
    exigir(RESTAURADO.tramite(Duration.ofMinutes(3), "restore", RESPALDO.toString()));
    cronometro("respaldo verificado y restaurado", t0);
    RESTAURADO.iniciar();
    usar(RESTAURADO);
    cronometro("portal restaurado en marcha", t0);

    // every expediente acknowledged before the backup began, with the same bytes
    confirmados.forEach((numero, archivos) -> assertArchivos(numero, archivos));
    int presentes = 0;
    for (Carga.Confirmado c : posteriores) {
      if (get(SECRETARIA_OGA, "/expedientes/" + c.numero()).status() == 200) {
        assertArchivos(c.numero(), List.of(c.archivo()));
        presentes++;
      }
    }
    System.out.println(
        "[respaldo] confirmados antes del respaldo: "
            + confirmados.size()
            + "; después de empezar: "
            + posteriores.size()
            + ", de ellos en el respaldo: "
            + presentes);

    // the signed document, its signature valid again
    JsonNode d = documento(firmado);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText(), d::toString);
    assertArrayEquals(pdfFirmado, contenido(firmado));
    Respuesta v = get(null, "/verificacion/" + codigo);
    assertEquals(200, v.status(), v::toString);
    assertTrue(
        v.json().path("documento").path("validacion").path("todasValidas").asBoolean(),
        v::toString);

    // the restored portal goes on registering where the backup left off
    String ultimo =
        confirmados.keySet().stream().max(java.util.Comparator.naturalOrder()).orElseThrow();
    JsonNode nuevo = registrarValido("Después de restaurar " + marca());
    assertTrue(
        nuevo.path("numero").asText().compareTo(ultimo) > 0,
        () -> nuevo.path("numero") + " no sigue a " + ultimo);

    // the same search answers, once the index (left out of the backup) is rebuilt
    esperarIndice();
    assertEquals(respuestas, busquedas(marca));

    // the store agrees with the database, and the audit chain is whole
    Respuesta conciliacion = postJson(ADMIN, "/conciliacion", null);
    assertEquals(200, conciliacion.status(), conciliacion::toString);
    for (JsonNode h : conciliacion.json().path("hallazgos")) {
      String tipo = h.path("tipo").asText();
      assertTrue(
          tipo.equals("ARCHIVO_SIN_FILA") || tipo.equals("ARCHIVO_RECIENTE_SIN_FILA"),
          () -> "hallazgo tras restaurar: " + h);
    }
    Respuesta cadena = get(ADMIN, "/auditoria/verificacion");
    assertEquals(200, cadena.status(), cadena::toString);
    assertTrue(cadena.json().path("intacta").asBoolean(), cadena::toString);
    cronometro("portal restaurado comprobado", t0);

    // a damaged backup: verification names the file
    String ruta =
        lineasDelManifiesto("archivo").stream()
            .map(c -> c[4])
            .filter(r -> r.startsWith("datos/documentos/"))
            .findFirst()
            .orElseThrow();
    Files.write(RESPALDO.resolve(ruta), new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
    var danado =
        RESTAURADO.tramite(Duration.ofMinutes(3), "backup", "--verify", RESPALDO.toString());
    assertEquals(1, danado.codigo(), danado::texto);
    assertTrue(danado.texto().contains("DIFERENCIA: " + ruta), danado::texto);
    RESTAURADO.detener();
  }

  /** The expediente's files in this portal are the bytes registered. */
  private static void assertArchivos(String numero, List<Archivo> registrados) {
    JsonNode e = expediente(SECRETARIA_OGA, numero);
    List<String> esperados = new ArrayList<>();
    registrados.forEach(a -> esperados.add(a.nombre() + " " + sha256(a.bytes())));
    List<String> hallados = new ArrayList<>();
    for (JsonNode a : e.path("archivos")) {
      Respuesta r =
          get(SECRETARIA_OGA, "/expedientes/" + numero + "/archivos/" + a.path("id").asText());
      assertEquals(200, r.status(), r::toString);
      hallados.add(a.path("nombre").asText() + " " + sha256(r.cuerpo()));
    }
    assertEquals(new TreeSet<>(esperados), new TreeSet<>(hallados), numero);
  }

  /** A document taken through V°B° and signed by director.oti in a batch (as FirmaIT). */
  private static long documentoFirmado(String asunto) throws InterruptedException {
    long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector(asunto);
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    Respuesta lote = postJson(DIRECTOR_OTI, "/firmas/lotes", Map.of("tareas", List.of(tarea)));
    assertEquals(202, lote.status(), lote::toString);
    String ruta = "/firmas/lotes/" + lote.json().path("lote").asText();
    for (int i = 0; i < 240 && !get(DIRECTOR_OTI, ruta).json().has("fin"); i++) {
      Thread.sleep(500);
    }
    JsonNode d = documento(id);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText(), d::toString);
    return id;
  }

  /** Waits until the archive's worker has nothing left and the index agrees with the database. */
  private static void esperarIndice() throws InterruptedException {
    JsonNode e = null;
    for (int i = 0; i < 240; i++) {
      e = get(ADMIN, "/archivo/estado").json();
      if (e.path("coincide").asBoolean()
          && e.path("colaPendiente").asLong() == 0
          && e.path("colaEnCurso").asLong() == 0) {
        return;
      }
      Thread.sleep(500);
    }
    fail("el índice no se puso al día: " + e);
  }

  /** What the archive answers to a few searches, as two people see it (order aside). */
  private static Map<String, String> busquedas(String marca) {
    Map<String, String> r = new TreeMap<>();
    for (String usuario : List.of(SECRETARIA_OGA, DIRECTOR_OTI)) {
      for (String q :
          List.of(marca, marca + "x1", "informe " + marca, "\"documento firmado\" " + marca)) {
        Respuesta b =
            get(usuario, "/archivo?tamano=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, b.status(), b::toString);
        TreeSet<String> hallazgos = new TreeSet<>();
        b.json()
            .path("resultados")
            .forEach(
                h ->
                    hallazgos.add(
                        h.path("id").asText()
                            + " "
                            + h.path("clase").asText()
                            + " "
                            + h.path("expediente").asText()
                            + " "
                            + h.path("titulo").asText()
                            + " p."
                            + h.path("pagina").asText()));
        r.put(usuario + " «" + q + "»", b.json().path("total").asLong() + " " + hallazgos);
      }
    }
    return r;
  }

  /** Registrations by secretaria.oga from several clients until stopped, each with its own PDF. */
  private static final class Carga {
    record Confirmado(String numero, Instant cuando, Archivo archivo) {}

    final List<Confirmado> confirmados = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<String> errores = java.util.Collections.synchronizedList(new ArrayList<>());
    private final String marca;
    private final AtomicBoolean seguir = new AtomicBoolean(true);
    private final List<Thread> hilos = new ArrayList<>();

    Carga(String marca) {
      this.marca = marca;
    }

    void iniciar(int clientes) throws InterruptedException {
      AtomicLong n = new AtomicLong();
      for (int c = 0; c < clientes; c++) {
        Thread t =
            new Thread(
                () -> {
                  while (seguir.get()) {
                    long i = n.incrementAndGet();
                    var pdf =
                        new Archivo(
                            "carga.pdf",
                            "application/pdf",
                            Documentos.pdf("Carga " + marca + " " + i));
                    try {
                      Respuesta r =
                          registrar(
                              SECRETARIA_OGA, datosExpediente("Carga " + marca + " " + i), pdf);
                      if (r.status() == 201) {
                        confirmados.add(
                            new Confirmado(r.json().path("numero").asText(), Instant.now(), pdf));
                      } else {
                        errores.add(r.toString());
                      }
                    } catch (RuntimeException e) {
                      errores.add(e.toString());
                    }
                  }
                });
        t.start();
        hilos.add(t);
      }
      while (confirmados.size() < clientes && errores.isEmpty()) {
        Thread.sleep(50);
      }
    }

    void detener() throws InterruptedException {
      seguir.set(false);
      for (Thread t : hilos) {
        t.join(120_000);
      }
    }
  }

  // ------------------------------------------------------------------ PostgreSQL, from the script

  @Test
  void enPostgresqlElRespaldoEsDeUnaInstantaneaYSeRestauraSoloEnUnaBaseVacia() throws Exception {
    Path dir = DIR.resolve("postgresql");
    int puerto = 29432;
    var cluster =
        new ProcessBuilder(
                "bash",
                InstanciaDelPortal.RAIZ.resolve("ear/src/test/sh/postgres-de-prueba.sh").toString(),
                "start")
            .inheritIO();
    cluster.environment().put("IT_TARGET", dir.toString());
    cluster.environment().put("IT_DB_PORT", Integer.toString(puerto));
    assertEquals(0, cluster.start().waitFor());
    try {
      String servidor = "jdbc:postgresql://localhost:" + puerto + "/";
      try (Connection su =
              DriverManager.getConnection(servidor + "postgres", "postgres", "tramite");
          Statement s = su.createStatement()) {
        s.execute("ALTER ROLE tramite CREATEDB"); // verification restores into a scratch database
        s.execute("CREATE DATABASE restaurada OWNER tramite");
      }
      try (Connection c = DriverManager.getConnection(servidor + "tramite", "tramite", "tramite");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE expediente (id bigserial PRIMARY KEY, asunto text NOT NULL)");
        s.execute(
            "CREATE TABLE archivo_expediente (id bigserial PRIMARY KEY, expediente_id bigint NOT NULL REFERENCES expediente, contenido bytea)");
        s.execute(
            "INSERT INTO expediente (asunto) SELECT 'Restauración de la base de datos ' || g FROM generate_series(1, 3000) g");
        s.execute(
            "INSERT INTO archivo_expediente (expediente_id, contenido) SELECT id, decode(md5(id::text), 'hex') FROM expediente");
      }
      Path datos = dir.resolve("datos");
      var documento = Documentos.pdf("Documento del almacén");
      String sha = sha256(documento);
      Path enAlmacen =
          datos.resolve(
              "documentos/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
      Files.createDirectories(enAlmacen.getParent());
      Files.write(enAlmacen, documento);

      var portal =
          new InstanciaDelPortal("postgresql", dir.resolve("runtime"), datos, 29300)
              .con("TRAMITE_DB", "postgresql")
              .con("TRAMITE_DB_URL", servidor + "tramite")
              .con("TRAMITE_DB_USER", "tramite")
              .con("TRAMITE_DB_PASSWORD", "tramite");
      // a client registering expediente and file in one transaction while the backup runs
      AtomicBoolean seguir = new AtomicBoolean(true);
      AtomicLong escritos = new AtomicLong();
      Thread escritor =
          new Thread(
              () -> {
                try (Connection c =
                        DriverManager.getConnection(servidor + "tramite", "tramite", "tramite");
                    Statement s = c.createStatement()) {
                  c.setAutoCommit(false);
                  while (seguir.get()) {
                    s.execute("INSERT INTO expediente (asunto) VALUES ('durante el respaldo')");
                    s.execute(
                        "INSERT INTO archivo_expediente (expediente_id) VALUES (currval('expediente_id_seq'))");
                    c.commit();
                    escritos.incrementAndGet();
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      escritor.start();
      Path respaldo = dir.resolve("respaldo");
      var hecho = portal.tramite(Duration.ofMinutes(3), "backup", respaldo.toString());
      seguir.set(false);
      escritor.join();
      exigir(hecho);

      Map<String, Long> filas = new TreeMap<>();
      for (String[] t : lineasDelManifiesto(respaldo, "tabla")) {
        filas.put(t[1], Long.parseLong(t[2]));
      }
      long enElRespaldo = filas.get("public.expediente");
      assertEquals(enElRespaldo, filas.get("public.archivo_expediente"), filas::toString);
      assertTrue(
          enElRespaldo > 3000 && enElRespaldo < 3000 + escritos.get(),
          () -> filas + ", escritos " + escritos);

      exigir(portal.tramite(Duration.ofMinutes(3), "backup", "--verify", respaldo.toString()));
      try (Connection c = DriverManager.getConnection(servidor + "tramite", "tramite", "tramite");
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM pg_database WHERE datname LIKE '%verificacion%'")) {
        rs.next();
        assertEquals(0, rs.getLong(1), "la base temporal de la verificación debe borrarse");
      }

      var encima =
          portal
              .con("TRAMITE_DATA", dir.resolve("otros-datos").toString())
              .tramite(Duration.ofMinutes(2), "restore", respaldo.toString());
      assertEquals(2, encima.codigo(), encima::texto);
      assertTrue(encima.texto().contains("ya tiene 2 tablas"), encima::texto);
      exigir(
          portal
              .con("TRAMITE_DB_URL", servidor + "restaurada")
              .tramite(Duration.ofMinutes(3), "restore", respaldo.toString()));
      try (Connection c =
          DriverManager.getConnection(servidor + "restaurada", "tramite", "tramite")) {
        for (var t : filas.entrySet()) {
          try (ResultSet rs =
              c.createStatement().executeQuery("SELECT count(*) FROM " + t.getKey())) {
            rs.next();
            assertEquals(t.getValue(), rs.getLong(1), t.getKey());
          }
        }
      }
      Path restaurado = dir.resolve("otros-datos").resolve(datos.relativize(enAlmacen));
      assertArrayEquals(documento, Files.readAllBytes(restaurado));
    } finally {
      var parar =
          new ProcessBuilder(
                  "bash",
                  InstanciaDelPortal.RAIZ
                      .resolve("ear/src/test/sh/postgres-de-prueba.sh")
                      .toString(),
                  "stop")
              .inheritIO();
      parar.environment().put("IT_TARGET", dir.toString());
      parar.environment().put("IT_DB_PORT", Integer.toString(puerto));
      parar.start().waitFor();
    }
  }

  // ------------------------------------------------------------------ utilities

  private static List<String[]> lineasDelManifiesto(String tipo) throws java.io.IOException {
    return lineasDelManifiesto(RESPALDO, tipo);
  }

  private static List<String[]> lineasDelManifiesto(Path respaldo, String tipo)
      throws java.io.IOException {
    return Files.readAllLines(respaldo.resolve("MANIFIESTO")).stream()
        .filter(l -> l.startsWith(tipo + "\t"))
        .map(l -> l.split("\t"))
        .toList();
  }

  private static String marca() {
    var r = new Random();
    var s = new StringBuilder("qz");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + r.nextInt(26)));
    }
    return s.toString();
  }

  static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void cronometro(String que, long t0) {
    System.out.printf("[respaldo] %s: %d s%n", que, (System.nanoTime() - t0) / 1_000_000_000);
  }

  private static void borrar(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
