package carga;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulations share: the settings (system properties passed by carga.sh), the HTTP
 * protocol and the steps through the portal's REST API, each request with the name of its type so
 * that the report separates them (docs/carga.md).
 *
 * <p>Settings: {@code carga.url} (the portal or the balancer in front of two instances),
 * {@code carga.usuarios}, {@code carga.duracion} (s), {@code carga.pausa} (ms, a person's think time
 * between two steps, ±50 %), {@code carga.kb} (size of each PDF).
 */
final class Api {

  private Api() {}

  static final String CLAVE = "Tramite2026!";
  static final String URL = System.getProperty("carga.url", "http://localhost:8080").replaceAll("/+$", "");
  static final int USUARIOS = Integer.getInteger("carga.usuarios", 10);
  static final Duration DURACION = Duration.ofSeconds(Integer.getInteger("carga.duracion", 60));
  static final int PAUSA_MS = Integer.getInteger("carga.pausa", 1000);
  static final int KB = Integer.getInteger("carga.kb", 100);

  /** A mark of this run in every asunto (to tell its expedientes apart in the archive). */
  static final String CORRIDA = UUID.randomUUID().toString().substring(0, 8);

  private static final AtomicLong SECUENCIA = new AtomicLong();

  /**
   * Verification codes seen in this run (cargos of registered expedientes, signed documents): what
   * the public verifies. Bounded, the newest replace the oldest.
   */
  static final List<String> CODIGOS = new CopyOnWriteArrayList<>();

  /**
   * Loopback source addresses to spread the virtual users over ({@code carga.origenes}, 0 = the
   * machine's default): the public verification is limited per client address (30 a minute,
   * {@code LimiteDeVerificaciones}), and the public are many people, not one address. Only for a
   * target on this machine (all of 127.0.0.0/8 is the loopback interface on Linux).
   */
  static final int ORIGENES = Integer.getInteger("carga.origenes", 0);

  static HttpProtocolBuilder protocolo() {
    var p =
        http.baseUrl(URL)
            .acceptHeader("application/json")
            .acceptLanguageHeader("es-PE")
            // each virtual user has connections of its own, as a person's browser
            .userAgentHeader("tramite-carga (Gatling)");
    if (ORIGENES > 0) {
      List<String> direcciones = new java.util.ArrayList<>();
      for (int i = 0; i < ORIGENES; i++) {
        direcciones.add("127.0." + (1 + i / 250) + "." + (1 + i % 250));
      }
      p = p.localAddresses(direcciones);
    }
    return p;
  }

  static ChainBuilder pausa() {
    return PAUSA_MS <= 0
        ? exec(s -> s)
        : pause(Duration.ofMillis(PAUSA_MS / 2), Duration.ofMillis(PAUSA_MS * 3L / 2));
  }

  // ------------------------------------------------------------------ mesa de partes

  /** Mesa de partes: POST /expedientes (multipart: JSON + one PDF of KB kB) as secretaria.oga. */
  static ChainBuilder registrar(String nombre) {
    return exec(
            s -> {
              long i = SECUENCIA.incrementAndGet();
              String asunto = "Carga " + CORRIDA + " expediente " + i + " " + tema();
              return s.set("asunto", asunto).set("i", i);
            })
        .exec(
            http(nombre)
                .post("/api/v1/expedientes")
                .basicAuth("secretaria.oga", CLAVE)
                .bodyPart(
                    StringBodyPart("expediente", Api::expediente)
                        .contentType("application/json")
                        .charset("UTF-8"))
                .bodyPart(
                    ByteArrayBodyPart("archivos", s -> pdf(s.getString("asunto"), KB * 1024))
                        .fileName(s -> "oficio-" + s.getLong("i") + ".pdf")
                        .contentType("application/pdf"))
                .asMultipartForm()
                .check(status().is(201))
                .check(jsonPath("$.numero").saveAs("numero"))
                .check(jsonPath("$.codigoVerificacion").optional().saveAs("codigoCargo")))
        .exec(
            s -> {
              if (s.contains("codigoCargo")) {
                recordar(s.getString("codigoCargo"));
              }
              return s;
            });
  }

  private static String expediente(Session s) {
    return "{\"asunto\":\""
        + s.getString("asunto")
        + "\",\"origen\":\"ENTIDAD\","
        + "\"remitente\":{\"nombre\":\"Ministerio de Energía y Minas\",\"tipoDocumento\":\"RUC\","
        + "\"numeroDocumento\":\"20131368829\"},"
        + "\"tipoDocumento\":\"OFICIO\",\"numeroDocumento\":\"OFICIO N° "
        + s.getLong("i")
        + "-2026\",\"folios\":3,\"prioridad\":\"NORMAL\",\"plazo\":15}";
  }

  // ------------------------------------------------------------------ bandejas and steps

  /**
   * Reads the user's bandeja filtered by the expediente's number ({@code ?q=}, what a person types
   * in the bandeja's search box) and keeps the id of the task at that activity in {@code tarea}.
   * The task may appear a moment after the step that made it: up to 5 readings, 200 ms apart.
   */
  static ChainBuilder buscarTarea(String usuario, int actividad) {
    return exec(s -> s.remove("tarea").set("intentos", 0))
        .asLongAs(s -> !s.contains("tarea") && s.getInt("intentos") < 5)
        .on(
            exec(s -> s.set("intentos", s.getInt("intentos") + 1))
                .doIf(s -> s.getInt("intentos") > 1)
                .then(pause(Duration.ofMillis(200)))
                .exec(
                    http("bandeja")
                        .get("/api/v1/bandeja")
                        .queryParam("q", "#{numero}")
                        .basicAuth(usuario, CLAVE)
                        .check(status().is(200))
                        .check(
                            jsonPath("$[?(@.actividad == " + actividad + ")].id")
                                .optional()
                                .saveAs("tarea"))))
        .exitHereIf(s -> !s.contains("tarea"));
  }

  static ChainBuilder reclamar(String usuario) {
    return exec(
        http("reclamar")
            .post("/api/v1/tareas/#{tarea}/reclamar")
            .basicAuth(usuario, CLAVE)
            .check(status().in(200, 204)));
  }

  static ChainBuilder completar(String nombre, String usuario, String cuerpo) {
    return exec(
        http(nombre)
            .post("/api/v1/tareas/#{tarea}/completar")
            .basicAuth(usuario, CLAVE)
            .body(StringBody(cuerpo))
            .asJson()
            .check(status().is(200)));
  }

  // ------------------------------------------------------------------ archive, verification

  static ChainBuilder buscarEnElArchivo() {
    return exec(s -> s.set("termino", tema()))
        .exec(
            http("archivo: buscar")
                .get("/api/v1/archivo")
                .queryParam("q", "#{termino}")
                .basicAuth("analista.oti", CLAVE)
                .check(status().is(200)));
  }

  static ChainBuilder verificar() {
    return exec(s -> s.set("codigo", codigoAlAzar()))
        .doIf(s -> s.getString("codigo") != null)
        .then(
            exec(
                http("verificación pública")
                    .get("/api/v1/verificacion/#{codigo}")
                    .check(status().is(200))));
  }

  // ------------------------------------------------------------------ V°B°

  /** analista.oti drafts a document in his unit (POST /documentos): it starts P/OGA-TI-02. */
  static ChainBuilder elaborarDocumento() {
    return exec(
            s ->
                s.set(
                    "asuntoDoc",
                    "Informe técnico " + CORRIDA + " " + SECUENCIA.incrementAndGet() + " " + tema()))
        .exec(
            http("documento: elaborar")
                .post("/api/v1/documentos")
                .basicAuth("analista.oti", CLAVE)
                .bodyPart(
                    StringBodyPart(
                            "documento",
                            s ->
                                "{\"tipo\":\"INFORME_TECNICO\",\"asunto\":\""
                                    + s.getString("asuntoDoc")
                                    + "\",\"publico\":true}")
                        .contentType("application/json")
                        .charset("UTF-8"))
                .bodyPart(
                    ByteArrayBodyPart("archivo", s -> pdf(s.getString("asuntoDoc"), 3 * 1024))
                        .fileName("informe.pdf")
                        .contentType("application/pdf"))
                .asMultipartForm()
                .check(status().is(201))
                .check(jsonPath("$.numeroExpediente").saveAs("numero"))
                .check(jsonPath("$.codigoVerificacion").saveAs("codigoDoc")));
  }

  // ------------------------------------------------------------------ helpers

  private static final String[] TEMAS = {
    "energía", "minería", "oficio", "informe", "concesión", "electrificación", "hidrocarburos",
    "presupuesto", "sistemas", "licencias", "mantenimiento", "solicitud"
  };

  static String tema() {
    return TEMAS[ThreadLocalRandom.current().nextInt(TEMAS.length)];
  }

  static void recordar(String codigo) {
    if (CODIGOS.size() >= 500) {
      CODIGOS.remove(0);
    }
    CODIGOS.add(codigo);
  }

  static String codigoAlAzar() {
    int n = CODIGOS.size();
    if (n == 0) {
      return null;
    }
    try {
      return CODIGOS.get(ThreadLocalRandom.current().nextInt(n));
    } catch (IndexOutOfBoundsException e) {
      return CODIGOS.isEmpty() ? null : CODIGOS.get(0);
    }
  }

  /** A valid one-page PDF of about {@code tamano} bytes whose text is {@code texto}. */
  static byte[] pdf(String texto, int tamano) {
    String contenido =
        "BT /F1 12 Tf 72 720 Td ("
            + texto.replaceAll("[^A-Za-z0-9 .-]", "")
            + ") Tj ET\n";
    StringBuilder relleno = new StringBuilder();
    while (relleno.length() < tamano - 800) {
      relleno.append("% relleno de la prueba de carga 0123456789 abcdefghijklmnopqrstuvwxyz\n");
    }
    String[] objetos = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
          + " /Contents [4 0 R 6 0 R] >>",
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
    out.append("trailer\n<< /Size ")
        .append(objetos.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
