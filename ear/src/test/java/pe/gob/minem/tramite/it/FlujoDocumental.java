package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The steps the P/OGA-TI-02 integration tests share, through the REST API: an expediente routed to
 * analista.oti by P/OGA-TI-01, a document drafted in it, each activity completed from the right
 * bandeja, and the checks of its signatures (DSS's verdict in the API, poppler's pdfsig).
 */
final class FlujoDocumental {

  private FlujoDocumental() {}

  /** An expediente routed by P/OGA-TI-01 to analista.oti, and a document drafted in it. */
  static JsonNode documentoEnExpedienteDelAnalista(String tipo) {
    JsonNode e = expedienteConElAnalista();
    Respuesta r = crearDocumento(ANALISTA_OTI, e.path("numero").asText(), tipo);
    assertEquals(201, r.status(), r::toString);
    JsonNode d = r.json();
    assertEquals("BORRADOR", d.path("estado").asText());
    assertEquals(1, d.path("versionActual").asInt());
    return d;
  }

  /** A new expediente routed to analista.oti, a document drafted in it and taken to act. 5. */
  static long documentoHastaElVistoBuenoDelDirector() {
    return documentoHastaElVistoBuenoDelDirector("Documento para visto bueno " + UUID.randomUUID());
  }

  /** The same, with the expediente's asunto (to find it in a bandeja by a word of it). */
  static long documentoHastaElVistoBuenoDelDirector(String asunto) {
    JsonNode e = expedienteConElAnalista(asunto);
    Respuesta r = crearDocumento(ANALISTA_OTI, e.path("numero").asText(), "INFORME_TECNICO");
    assertEquals(201, r.status(), r::toString);
    long id = r.json().path("id").asLong();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    return id;
  }

  static JsonNode expedienteConElAnalista() {
    return expedienteConElAnalista("Documento para visto bueno " + UUID.randomUUID());
  }

  static JsonNode expedienteConElAnalista(String asunto) {
    JsonNode e = registrarValido(asunto);
    String numero = e.path("numero").asText();
    completarTI01(SECRETARIA_OGA, numero, Map.of());
    completarTI01(DIRECTOR_OGA, numero, Map.of("unidad", "OTI"));
    completarTI01(SECRETARIA_OGA, numero, Map.of());
    completarTI01(SECRETARIA_OTI, numero, Map.of());
    completarTI01(DIRECTOR_OTI, numero, Map.of("responsable", ANALISTA_OTI));
    completarTI01(SECRETARIA_OTI, numero, Map.of());
    return e;
  }

  static void completarTI01(String usuario, String numero, Map<String, String> datos) {
    String id = tarea(usuario, numero).path("id").asText();
    Respuesta r = completar(usuario, id, datos);
    assertEquals(200, r.status(), () -> usuario + ": " + r);
  }

  static void paso(String usuario, long documentoId, int actividad, Map<String, Object> datos) {
    String id = tareaDelDocumento(usuario, documentoId, actividad);
    Respuesta r = postJson(usuario, "/tareas/" + id + "/completar", datos);
    assertEquals(200, r.status(), () -> usuario + " actividad " + actividad + ": " + r);
  }

  /** The P/OGA-TI-02 task of this document at this activity, in the user's bandeja. */
  static String tareaDelDocumento(String usuario, long documentoId, int actividad) {
    String codigo = documento(documentoId).path("codigoVerificacion").asText();
    List<JsonNode> b = bandeja(usuario);
    return b.stream()
        .filter(t -> "P/OGA-TI-02".equals(t.path("procedimiento").asText()))
        .filter(t -> t.path("actividad").asInt() == actividad)
        .filter(t -> codigo.equals(t.path("documento").asText()))
        .map(t -> t.path("id").asText())
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "sin actividad "
                        + actividad
                        + " de "
                        + codigo
                        + " para "
                        + usuario
                        + ": "
                        + b));
  }

  static JsonNode documento(long id) {
    Respuesta r = get(ANALISTA_OTI, "/documentos/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static byte[] contenido(long id) {
    Respuesta r = get(ANALISTA_OTI, "/documentos/" + id + "/contenido");
    assertEquals(200, r.status(), r::toString);
    return r.cuerpo();
  }

  static List<String> firmasVigentes(JsonNode d) {
    List<String> l = new ArrayList<>();
    d.path("firmas")
        .forEach(
            f -> {
              if (!f.path("anulada").asBoolean()) {
                l.add(f.path("clase").asText());
              }
            });
    return l;
  }

  /** Counts the signatures poppler's pdfsig (an independent verifier) finds valid. */
  static int firmasValidasSegunPdfsig(byte[] pdf) throws IOException, InterruptedException {
    Path pdfsig = HerramientaExterna.requerida("pdfsig", "poppler-utils");
    Path f = Files.createTempFile("firmado", ".pdf");
    Files.write(f, pdf);
    Process p =
        new ProcessBuilder(pdfsig.toString(), f.toString()).redirectErrorStream(true).start();
    String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdfsig no terminó");
    Files.deleteIfExists(f);
    return (int)
        salida.lines().filter(l -> l.contains("Signature Validation: Signature is Valid.")).count();
  }

  // ---------------------------------------------------------------- director.oti's demo key

  /** director.oti's DNI in the demo data: the demo PKI keeps his key under it. */
  static final String DNI_DIRECTOR_OTI = "08765432";

  /** The demo PKI's administration of director.oti's certificate (ADR 0010). */
  static final String CERTIFICADO_DEL_DIRECTOR =
      "/demo/pki/personas/" + DIRECTOR_OTI + "/certificado";

  /**
   * Makes sure director.oti has a valid demo certificate now: the PKI's administrator issues one
   * when he has none yet (nothing signed for him so far) or his is revoked or expired.
   */
  static void asegurarCertificadoValidoDelDirector() {
    Respuesta c = get(ADMIN, CERTIFICADO_DEL_DIRECTOR);
    if (c.status() != 200
        || c.json().path("revocado").asBoolean()
        || c.json().path("vencido").asBoolean()) {
      Respuesta nuevo = postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of());
      assertEquals(201, nuevo.status(), nuevo::toString);
    }
  }

  /**
   * director.oti's current key and chain (alias {@code firma}), as the demo PKI keeps them in the
   * portal's data directory.
   */
  static KeyStore llavesDelDirector() throws IOException, GeneralSecurityException {
    Path p12 = datos().resolve("pki/demo-pki/persons").resolve(DNI_DIRECTOR_OTI + ".p12");
    assertTrue(Files.exists(p12), "falta " + p12);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, "demo".toCharArray());
    }
    return ks;
  }

  /** director.oti's current chain, Base64 DER, his certificate first. */
  static List<String> cadenaDelDirector(KeyStore llaves) throws GeneralSecurityException {
    List<String> cadena = new ArrayList<>();
    for (Certificate c : llaves.getCertificateChain("firma")) {
      cadena.add(Base64.getEncoder().encodeToString(c.getEncoded()));
    }
    return cadena;
  }

  // ---------------------------------------------------------------- documents

  static Respuesta crearDocumento(String usuario, String numero, String tipo) {
    String doc =
        "{\"tipo\":\""
            + tipo
            + "\",\"asunto\":\"Documento de prueba ("
            + tipo.toLowerCase().replace('_', ' ')
            + ")\",\"publico\":true}";
    return postMultipart(
        usuario,
        "/expedientes/" + numero + "/documentos",
        new CuerpoMultipart()
            .campo("documento", "application/json", doc.getBytes(StandardCharsets.UTF_8))
            .archivo(
                "archivo",
                tipo.toLowerCase() + ".pdf",
                "application/pdf",
                Documentos.pdf(tipo + " de prueba")));
  }

  static Respuesta nuevaVersion(long id) {
    return postMultipart(
        ANALISTA_OTI,
        "/documentos/" + id + "/versiones",
        new CuerpoMultipart()
            .archivo(
                "archivo",
                "ajustado.pdf",
                "application/pdf",
                Documentos.pdf("Versión ajustada " + UUID.randomUUID())));
  }
}
