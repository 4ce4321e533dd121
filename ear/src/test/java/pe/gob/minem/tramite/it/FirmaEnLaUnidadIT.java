package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.completarTI01;
import static pe.gob.minem.tramite.it.FlujoDocumental.crearDocumento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasVigentes;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A unit other than the OTI drafts, signs and sends its own documents (issue 16, ADR 0038), over
 * HTTP against the EAR on Payara and PostgreSQL: the Dirección General de Minería's analyst drafts
 * a memorándum in an expediente in her hands, her Director observes it, she uploads the adjusted
 * version, the Director signs it (a PAdES suscripción that DSS and poppler's pdfsig accept), and
 * the DGM sends it to the OTI as a trámite interno; an informe técnico of the same unit ends with
 * the Director's V°B°. Together the two take every edge of {@code firma_en_unidad}.
 */
class FirmaEnLaUnidadIT extends PruebaConElEar {

  static final String SECRETARIA_DGM = TramiteInternoIT.SECRETARIA_DGM;
  static final String DIRECTOR_DGM = TramiteInternoIT.DIRECTOR_DGM;
  static final String ANALISTA_DGM = TramiteInternoIT.ANALISTA_DGM;

  /** An expediente registered at the mesa de partes and routed to the DGM's analyst. */
  private static String expedienteConLaAnalistaDeLaDgm() {
    String numero =
        registrarValido("Consulta sobre concesiones " + UUID.randomUUID()).path("numero").asText();
    completarTI01(SECRETARIA_OGA, numero, Map.of());
    completarTI01(DIRECTOR_OGA, numero, Map.of("unidad", "DGM"));
    completarTI01(SECRETARIA_OGA, numero, Map.of());
    completarTI01(SECRETARIA_DGM, numero, Map.of());
    completarTI01(DIRECTOR_DGM, numero, Map.of("responsable", ANALISTA_DGM));
    completarTI01(SECRETARIA_DGM, numero, Map.of());
    return numero;
  }

  @Test
  void unMemorandoDeLaDgmSeObservaSeAjustaLoSuscribeSuDirectorYSeEnviaALaOti() throws Exception {
    String numero = expedienteConLaAnalistaDeLaDgm();
    Respuesta creado = crearDocumento(ANALISTA_DGM, numero, "MEMORANDO");
    assertEquals(201, creado.status(), creado::toString);
    long id = creado.json().path("id").asLong();
    JsonNode d = documento(id);
    assertEquals("DGM", d.path("unidad").asText(), d::toString);

    // the hoja de ruta says the DGM drafted it
    assertTrue(
        lineas(numero).stream()
            .anyMatch(m -> m.startsWith("ELABORACION DGM") && m.contains("Memorando")),
        () -> lineas(numero).toString());

    // the analyst sends it to her Director; the OTI's Director cannot review it
    completarDeLaUnidad(ANALISTA_DGM, id, "remitir", Map.of());
    String revisar = tareaDeLaUnidad(DIRECTOR_DGM, id, "revisar");
    problema(completar(DIRECTOR_OTI, revisar, Map.of("decision", "CONFORME")), 403);

    // an observation needs its text; then the analyst must upload a new version before resending
    problema(completar(DIRECTOR_DGM, revisar, Map.of("decision", "CAMBIOS")), 400);
    completarDeLaUnidad(
        DIRECTOR_DGM,
        id,
        "revisar",
        Map.of("decision", "CAMBIOS", "instruccion", "Cite el informe de fiscalización."));
    assertEquals("OBSERVADO", documento(id).path("estado").asText());
    String ajustar = tareaDeLaUnidad(ANALISTA_DGM, id, "ajustar");
    problema(completar(ANALISTA_DGM, ajustar, Map.of()), 400);
    Respuesta version =
        postMultipart(
            ANALISTA_DGM,
            "/documentos/" + id + "/versiones",
            new CuerpoMultipart()
                .archivo(
                    "archivo",
                    "memorando-ajustado.pdf",
                    "application/pdf",
                    Documentos.pdf("Memorando ajustado " + UUID.randomUUID())));
    assertEquals(200, version.status(), version::toString);
    completarDeLaUnidad(ANALISTA_DGM, id, "ajustar", Map.of());

    // the Director finds it conforme and signs it: the MAPRO's OGA is not involved
    completarDeLaUnidad(DIRECTOR_DGM, id, "revisar", Map.of("decision", "CONFORME"));
    completarDeLaUnidad(DIRECTOR_DGM, id, "suscribir", Map.of());
    d = documento(id);
    assertEquals("SUSCRITO", d.path("estado").asText(), d::toString);
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(d));
    JsonNode firma = d.path("firmas").get(0);
    assertEquals("Fernando Aguilar Díaz", firma.path("firmante").asText(), firma::toString);
    assertEquals("Director General", firma.path("cargo").asText(), firma::toString);
    byte[] firmado = get(ANALISTA_DGM, "/documentos/" + id + "/contenido").cuerpo();
    assertEquals(1, firmasValidasSegunPdfsig(firmado), "pdfsig: la suscripción del Director");
    assertTrue(bandejaDeLaUnidad(DIRECTOR_DGM, id).isEmpty(), "el camino de firma terminó");
    assertTrue(bandejaDeLaUnidad(DIRECTOR_OGA, id).isEmpty(), "la OGA no firma lo de la DGM");

    // the DGM sends it to the OTI, whose secretary receives it in her bandeja
    Map<String, Object> envio = new HashMap<>();
    envio.put("documento", id);
    envio.put("unidadOrigen", "DGM");
    envio.put("unidadDestino", "OTI");
    Respuesta r = postJson(ANALISTA_DGM, "/tramite-interno", envio);
    assertEquals(201, r.status(), r::toString);
    JsonNode enviado = r.json();
    assertEquals("DGM", enviado.path("remitente").path("unidad").asText(), enviado::toString);
    assertEquals("Fernando Aguilar Díaz", enviado.path("remitente").path("nombre").asText());
    assertEquals("OTI", enviado.path("unidadActual").asText());
    String numeroEnviado = enviado.path("numero").asText();
    assertEquals("EMISION DGM", lineas(numeroEnviado).get(0).substring(0, "EMISION DGM".length()));
    assertTrue(
        !tarea(SECRETARIA_OTI, numeroEnviado).path("id").asText().isEmpty(),
        "en la bandeja de la secretaria de la OTI");
  }

  @Test
  void unInformeDeLaDgmTerminaConElVistoBuenoDeSuDirector() throws Exception {
    String numero = expedienteConLaAnalistaDeLaDgm();
    Respuesta creado = crearDocumento(ANALISTA_DGM, numero, "INFORME_TECNICO");
    assertEquals(201, creado.status(), creado::toString);
    long id = creado.json().path("id").asLong();
    completarDeLaUnidad(ANALISTA_DGM, id, "remitir", Map.of());
    completarDeLaUnidad(DIRECTOR_DGM, id, "revisar", Map.of("decision", "CONFORME"));
    assertTrue(
        bandejaDeLaUnidad(DIRECTOR_DGM, id).stream()
            .noneMatch(t -> "suscribir".equals(t.path("clave").asText())),
        "un informe no se suscribe");
    completarDeLaUnidad(DIRECTOR_DGM, id, "visar", Map.of());
    JsonNode d = documento(id);
    assertEquals("CON_VISTO_BUENO", d.path("estado").asText(), d::toString);
    assertEquals(List.of("VISTO_BUENO"), firmasVigentes(d));
    byte[] firmado = get(ANALISTA_DGM, "/documentos/" + id + "/contenido").cuerpo();
    assertEquals(1, firmasValidasSegunPdfsig(firmado), "pdfsig: el V°B° del Director");

    // a person who drafts for no unit (the DGM's secretary) cannot draft
    JsonNode p = problema(crearDocumento(SECRETARIA_DGM, numero, "OFICIO"), 403);
    assertTrue(p.path("detail").asText().startsWith("Solo un analista"), p::toString);

    // with her informe signed, the analyst attends the expediente the mesa de partes sent her
    // (the attention's last step: the edge report showed no test had taken it)
    completarTI01(ANALISTA_DGM, numero, Map.of());
    JsonNode atendido = expediente(DIRECTOR_DGM, numero);
    assertEquals("ATENDIDO", atendido.path("estado").asText(), atendido::toString);
    assertTrue(
        lineas(numero).stream().anyMatch(l -> l.startsWith("ATENCION DGM")),
        () -> lineas(numero).toString());
  }

  @Test
  void sinExpedienteLaUnidadAbreUnoASuCargoYUnArchivoMaloNoGastaNumero() {
    // a damaged PDF is refused in Spanish before an expediente number is spent
    Map<String, Long> antes = TramiteInternoIT.filasDelRegistro();
    Respuesta malo =
        oficioSinExpediente(
            ANALISTA_DGM,
            "Oficio dañado",
            "%PDF-1.7\nesto no es un PDF".getBytes(StandardCharsets.UTF_8));
    JsonNode p = problema(malo, 400);
    assertTrue(p.path("detail").asText().contains("PDF"), p::toString);
    assertEquals(
        antes, TramiteInternoIT.filasDelRegistro(), "nada queda de un documento rechazado");

    // someone who drafts for no unit cannot open one either
    problema(oficioSinExpediente(SECRETARIA_DGM, "No", Documentos.pdf("No")), 403);

    String asunto = "Oficio de la DGM sin expediente " + UUID.randomUUID();
    Respuesta r = oficioSinExpediente(ANALISTA_DGM, asunto, Documentos.pdf(asunto));
    assertEquals(201, r.status(), r::toString);
    JsonNode d = r.json();
    assertEquals("DGM", d.path("unidad").asText(), d::toString);
    String numero = d.path("numeroExpediente").asText();
    JsonNode e = expediente(ANALISTA_DGM, numero);
    assertEquals(asunto, e.path("asunto").asText(), e::toString);
    assertEquals("EN_ATENCION", e.path("estado").asText());
    assertEquals("DGM", e.path("unidadActual").asText());
    assertEquals(ANALISTA_DGM, e.path("responsable").asText());
    assertEquals("ORGANO_MINISTERIO", e.path("origen").asText());
    assertEquals("DGM", e.path("remitente").path("unidad").asText());
    assertEquals("RESERVADO", e.path("confidencialidad").asText());
    List<String> hoja = lineas(numero);
    assertTrue(
        hoja.get(0).startsWith("REGISTRO DGM Abierto por Dirección General de Minería"),
        hoja::toString);
    assertTrue(hoja.stream().anyMatch(l -> l.startsWith("ELABORACION DGM")), hoja::toString);
    // the unit sees it, a third unit does not
    assertEquals(200, get(DIRECTOR_DGM, "/expedientes/" + numero).status());
    assertEquals(404, get(TramiteInternoIT.USUARIO_DGH, "/expedientes/" + numero).status());
    // and the Director has nothing to sign until the analyst sends it
    assertTrue(bandejaDeLaUnidad(DIRECTOR_DGM, d.path("id").asLong()).isEmpty());
    assertEquals(
        List.of("remitir"),
        bandejaDeLaUnidad(ANALISTA_DGM, d.path("id").asLong()).stream()
            .map(t -> t.path("clave").asText())
            .toList());
  }

  // ---------------------------------------------------------------- helpers

  /** {@code POST /documentos}: an oficio drafted without an expediente. */
  private static Respuesta oficioSinExpediente(String usuario, String asunto, byte[] pdf) {
    return postMultipart(
        usuario,
        "/documentos",
        new CuerpoMultipart()
            .campo(
                "documento",
                "application/json",
                ("{\"tipo\":\"OFICIO\",\"asunto\":\"" + asunto + "\"}")
                    .getBytes(StandardCharsets.UTF_8))
            .archivo("archivo", "oficio.pdf", "application/pdf", pdf));
  }

  private static JsonNode documento(long id) {
    Respuesta r = get(ANALISTA_DGM, "/documentos/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** The hoja de ruta's lines as «ACCION UNIDAD descripción». */
  private static List<String> lineas(String numero) {
    List<String> l = new java.util.ArrayList<>();
    hojaDeRuta(ANALISTA_DGM, numero)
        .forEach(
            m ->
                l.add(
                    m.path("accion").asText()
                        + " "
                        + m.path("unidad").asText()
                        + " "
                        + m.path("descripcion").asText()));
    return l;
  }

  private static List<JsonNode> bandejaDeLaUnidad(String usuario, long id) {
    String codigo = documento(id).path("codigoVerificacion").asText();
    return bandeja(usuario).stream()
        .filter(t -> codigo.equals(t.path("documento").asText()))
        .toList();
  }

  private static String tareaDeLaUnidad(String usuario, long id, String clave) {
    List<JsonNode> b = bandejaDeLaUnidad(usuario, id);
    return b.stream()
        .filter(t -> clave.equals(t.path("clave").asText()))
        .map(t -> t.path("id").asText())
        .findFirst()
        .orElseThrow(() -> new AssertionError("sin «" + clave + "» para " + usuario + ": " + b));
  }

  private static void completarDeLaUnidad(
      String usuario, long id, String clave, Map<String, String> datos) {
    Respuesta r = completar(usuario, tareaDeLaUnidad(usuario, id, clave), datos);
    assertEquals(
        200,
        r.status(),
        () -> usuario + " «" + clave + "»: " + new String(r.cuerpo(), StandardCharsets.UTF_8));
  }
}
