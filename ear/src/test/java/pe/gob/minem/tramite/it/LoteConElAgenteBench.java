package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.agente.AgenteEnProceso;

/**
 * Benchmark of issue 11 (not a test: its name does not end in IT, so {@code mvn verify} does not
 * run it; {@code bench/firma-agente.sh} does): a batch of {@code bench.documentos} (100) one-page
 * documents signed at P/OGA-TI-02's V°B° through the signing agent — the director's key in a
 * SoftHSM2 token, one PIN for the whole batch — against the server-key batch ({@code POST
 * /firmas/lotes}) in the same run, on the same portal (Payara + PostgreSQL of the ITs), at the
 * portal's signature level. Each side is warmed up with five documents first.
 *
 * <p>The agent's batch is what the bandeja page does, over the API: each document prepared by the
 * portal ({@code POST /tareas/{id}/firma-externa}), every digest signed by the agent in one request
 * (one PIN), each signature completed ({@code POST /tareas/{id}/completar}); preparing and
 * completing with four clients at once.
 */
class LoteConElAgenteBench extends PruebaConElEar {

  private static final String PIN = "246810";
  private static final int CLIENTES = 4;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void cienDocumentosConElAgenteFrenteALaLlaveDelServidor() throws Exception {
    int n = Integer.getInteger("bench.documentos", 100);
    long t = System.nanoTime();
    List<String> calentarServidor = preparar(5);
    List<String> calentarAgente = preparar(5);
    List<String> delServidor = preparar(n);
    List<String> delAgente = preparar(n);
    double preparacion = segundos(t);

    TokenDelDirector.llenar(PIN);
    AtomicInteger pines = new AtomicInteger();
    try (AgenteEnProceso agente =
        AgenteEnProceso.iniciar(
            0, TokenDelDirector.libreria(), Set.of(base()), new Firmante(pines))) {
      String urlAgente = "http://127.0.0.1:" + agente.puerto();

      loteDelServidor(calentarServidor);
      double servidor = loteDelServidor(delServidor);
      loteConElAgente(urlAgente, calentarAgente);
      int pinesAntes = pines.get();
      double conAgente = loteConElAgente(urlAgente, delAgente);
      assertEquals(pinesAntes + 1, pines.get(), "un solo PIN para el lote");

      System.out.printf(
          "%n== Firma en lote de %d documentos de una página (V°B°, P/OGA-TI-02), PAdES B-LT%n"
              + "preparación de %d documentos hasta la act. 5: %.1f s (%d clientes)%n"
              + "lote con la llave del servidor (POST /firmas/lotes): %6.2f s  %6.1f documentos/s%n"
              + "lote con el agente (token SoftHSM2, un PIN):          %6.2f s  %6.1f documentos/s%n"
              + "el agente tarda %.2f veces lo que la llave del servidor; meta del issue: < 15 s%n%n",
          n,
          2 * n + 10,
          preparacion,
          CLIENTES,
          servidor,
          n / servidor,
          conAgente,
          n / conAgente,
          conAgente / servidor);
    }
  }

  /** The director at the agent's PIN window: types the PIN, counted. */
  static final class Firmante implements pe.gob.minem.tramite.agente.PinProvider {
    private final AtomicInteger veces;

    Firmante(AtomicInteger veces) {
      this.veces = veces;
    }

    @Override
    public Optional<char[]> pedirPin(pe.gob.minem.tramite.agente.PedidoDePin pedido) {
      veces.incrementAndGet();
      return Optional.of(PIN.toCharArray());
    }
  }

  /** Documents taken to act. 5 by {@link #CLIENTES} clients; their act. 5 task ids. */
  private static List<String> preparar(int cuantos) throws Exception {
    ExecutorService hilos = Executors.newFixedThreadPool(CLIENTES);
    try {
      List<Future<String>> f = new ArrayList<>();
      for (int i = 0; i < cuantos; i++) {
        f.add(
            hilos.submit(
                () -> {
                  long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector();
                  return FlujoDocumental.tareaDelDocumento(DIRECTOR_OTI, id, 5);
                }));
      }
      List<String> tareas = new ArrayList<>();
      for (Future<String> x : f) {
        tareas.add(x.get(10, TimeUnit.MINUTES));
      }
      return tareas;
    } finally {
      hilos.shutdownNow();
    }
  }

  private static double loteDelServidor(List<String> tareas) throws Exception {
    long t = System.nanoTime();
    Respuesta inicio = postJson(DIRECTOR_OTI, "/firmas/lotes", Map.of("tareas", tareas));
    assertEquals(202, inicio.status(), inicio::toString);
    String lote = inicio.json().path("lote").asText();
    JsonNode p;
    do {
      Thread.sleep(100);
      p = get(DIRECTOR_OTI, "/firmas/lotes/" + lote).json();
    } while (!p.has("fin"));
    double s = segundos(t);
    long firmados = 0;
    for (JsonNode r : p.path("resultados")) {
      firmados += r.path("firmado").asBoolean() ? 1 : 0;
    }
    assertEquals(tareas.size(), firmados, p::toString);
    return s;
  }

  private static double loteConElAgente(String agente, List<String> tareas) throws Exception {
    long t = System.nanoTime();
    JsonNode certificado = agente(agente, "GET", "/certificados", null).path("certificados").get(0);
    List<String> cadena = new ArrayList<>();
    certificado.path("certificados").forEach(c -> cadena.add(c.asText()));

    ExecutorService hilos = Executors.newFixedThreadPool(CLIENTES);
    try {
      // 1. the portal prepares each document
      List<Future<JsonNode>> preparadas = new ArrayList<>();
      for (String tarea : tareas) {
        preparadas.add(
            hilos.submit(
                () -> {
                  Respuesta r =
                      postJson(
                          DIRECTOR_OTI,
                          "/tareas/" + tarea + "/firma-externa",
                          Map.of("certificados", cadena));
                  assertEquals(200, r.status(), r::toString);
                  return r.json();
                }));
      }
      ObjectNode pedido = JSON.createObjectNode();
      pedido.put("certificado", certificado.path("id").asText());
      pedido.put("digestAlgorithm", "SHA256");
      ArrayNode firmas = pedido.putArray("firmas");
      List<JsonNode> p = new ArrayList<>();
      for (int i = 0; i < tareas.size(); i++) {
        JsonNode x = preparadas.get(i).get(5, TimeUnit.MINUTES);
        p.add(x);
        firmas
            .addObject()
            .put("id", tareas.get(i))
            .put("datos", x.path("dataToSign").asText())
            .put("descripcion", "Documento " + (i + 1));
      }
      // 2. the agent signs them all, one PIN
      JsonNode resultados = agente(agente, "POST", "/firmas", pedido).path("resultados");
      assertEquals(tareas.size(), resultados.size(), resultados::toString);
      // 3. the portal completes each one
      List<Future<Integer>> hechas = new ArrayList<>();
      for (int i = 0; i < tareas.size(); i++) {
        String tarea = tareas.get(i);
        String solicitud = p.get(i).path("solicitud").asText();
        String firma = resultados.get(i).path("firma").asText();
        assertEquals(tarea, resultados.get(i).path("id").asText());
        assertTrue(!firma.isEmpty(), () -> "sin firma: " + resultados);
        hechas.add(
            hilos.submit(
                () ->
                    postJson(
                            DIRECTOR_OTI,
                            "/tareas/" + tarea + "/completar",
                            Map.of(
                                "firmaExterna",
                                Map.of(
                                    "solicitud",
                                    solicitud,
                                    "firma",
                                    firma,
                                    "certificados",
                                    cadena)))
                        .status()));
      }
      for (Future<Integer> h : hechas) {
        assertEquals(200, h.get(5, TimeUnit.MINUTES));
      }
    } finally {
      hilos.shutdownNow();
    }
    return segundos(t);
  }

  private static JsonNode agente(String base, String metodo, String ruta, JsonNode cuerpo)
      throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .timeout(Duration.ofMinutes(5))
            .header("Origin", base());
    if (cuerpo == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(cuerpo)));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    return JSON.readTree(r.body());
  }

  private static double segundos(long desde) {
    return (System.nanoTime() - desde) / 1e9;
  }
}
