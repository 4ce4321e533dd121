package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.documentoEnExpedienteDelAnalista;
import static pe.gob.minem.tramite.it.FlujoDocumental.paso;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Public verification without login, on Payara Server with PostgreSQL: the code of a document that
 * went through P/OGA-TI-02 (its signatures validated again on each request), its signed PDF, the
 * validation of an uploaded PDF (intact, altered, not a PDF, unsigned) and the cargo of an
 * expediente.
 */
class VerificacionIT extends PruebaConElEar {

  /** Nobody: every request of this class goes without credentials. */
  private static final String ANONIMO = null;

  private static JsonNode suscrito;
  private static byte[] pdfSuscrito;

  @Test
  void unOficioSuscritoSeVerificaSinCredencialesConSusTresFirmasValidas() {
    JsonNode d = oficioSuscrito();
    String codigo = d.path("codigoVerificacion").asText();

    Respuesta r = get(ANONIMO, "/verificacion/" + codigo);
    assertEquals(200, r.status(), r::toString);
    JsonNode v = r.json();
    assertEquals(codigo, v.path("codigo").asText(), v::toString);
    assertTrue(v.path("expediente").isMissingNode() || v.path("expediente").isNull(), v::toString);
    JsonNode doc = v.path("documento");
    assertEquals(d.path("numeroExpediente").asText(), doc.path("numeroExpediente").asText());
    assertEquals("OFICIO", doc.path("tipo").asText(), doc::toString);
    assertEquals("Documento de prueba (oficio)", doc.path("asunto").asText(), doc::toString);
    assertTrue(doc.path("unidad").asText().contains("Tecnolog"), doc::toString);
    assertTrue(doc.hasNonNull("fecha"), doc::toString);
    assertTrue(doc.path("descargable").asBoolean(), doc::toString);
    JsonNode informe = doc.path("validacion");
    assertTrue(informe.path("todasValidas").asBoolean(), informe::toString);
    assertFirmasValidas(informe, 3);
    List<String> firmantes = new ArrayList<>();
    informe.path("firmas").forEach(f -> firmantes.add(f.path("signer").asText()));
    firmantes.forEach(n -> assertTrue(n.length() > 3, () -> "firmante sin nombre: " + informe));
    assertEquals(3, firmantes.stream().distinct().count(), () -> "tres firmantes: " + firmantes);

    Respuesta pdf = get(ANONIMO, "/verificacion/" + codigo + "/pdf");
    assertEquals(200, pdf.status(), pdf::toString);
    assertTrue(pdf.tipo().startsWith("application/pdf"), pdf::toString);
    assertTrue(pdf.header("Content-Disposition").orElse("").startsWith("attachment"));
    assertArrayEquals(pdfSuscrito, pdf.cuerpo(), "el PDF descargado es la versión firmada");

    Respuesta subido = validar("oficio-firmado.pdf", "application/pdf", pdf.cuerpo());
    assertEquals(200, subido.status(), subido::toString);
    assertTrue(subido.json().path("todasValidas").asBoolean(), subido::toString);
    assertFirmasValidas(subido.json(), 3);

    // the page the QR opens says the same, without login
    Respuesta pagina = get(ANONIMO, base() + "/verificar.xhtml?codigo=" + codigo);
    assertEquals(200, pagina.status(), pagina::toString);
    String html = pagina.texto();
    assertEquals(3, ocurrencias(html, "insignia valida\">V(á|&aacute;|&#225;)lida<"), html);
    firmantes.forEach(n -> assertTrue(html.contains(n), () -> n + " no figura en la página"));
    assertTrue(html.contains("/api/v1/verificacion/" + codigo + "/pdf"), "enlace de descarga");
  }

  @Test
  void enLaPaginaCualquieraSubeUnPdfFirmadoYVeElResultadoDeCadaFirma() {
    oficioSuscrito();
    Respuesta pagina = get(ANONIMO, base() + "/verificar.xhtml");
    assertEquals(200, pagina.status(), pagina::toString);
    String html = pagina.texto();
    String accion = grupo(html, "<form id=\"validacion\"[^>]*action=\"([^\"]+)\"");
    String estado = grupo(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    String campo = grupo(html, "<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"");
    String galleta = pagina.header("Set-Cookie").orElse("").split(";")[0];
    CuerpoMultipart formulario =
        new CuerpoMultipart()
            .campo("validacion", "validacion")
            .campo("jakarta.faces.ViewState", estado)
            // PrimeFaces' script sends the page's CSP nonce with every postback
            .campo(
                "primefaces.nonce",
                grupo(html, "PrimeFaces\\.csp\\.init\\('([^']+)'\\)").replace("\\/", "/"))
            .campo("validacion:validar", "")
            .archivo(campo, "oficio-firmado.pdf", "application/pdf", pdfSuscrito);
    Respuesta r =
        enviar(
            formulario
                .en(peticion(ANONIMO, base() + accion.replace("&amp;", "&")))
                .header("Cookie", galleta));
    assertEquals(200, r.status(), r::toString);
    String resultado = r.texto();
    assertTrue(resultado.contains("oficio-firmado.pdf"), resultado);
    assertEquals(
        3, ocurrencias(resultado, "insignia valida\">V(á|&aacute;|&#225;)lida<"), resultado);
  }

  @Test
  void unPdfFirmadoAlteradoDespuesDeLaFirmaNoEsValido() {
    oficioSuscrito();
    byte[] alterado = alterarUnByteFirmado(pdfSuscrito);

    Respuesta r = validar("oficio-alterado.pdf", "application/pdf", alterado);
    assertEquals(200, r.status(), r::toString);
    JsonNode informe = r.json();
    assertTrue(!informe.path("todasValidas").asBoolean(), informe::toString);
    assertEquals(3, informe.path("firmas").size(), informe::toString);
    JsonNode ultima = informe.path("firmas").get(2);
    assertTrue(
        List.of("TOTAL_FAILED", "INDETERMINATE").contains(ultima.path("indication").asText()),
        informe::toString);
    assertTrue(!ultima.path("explicacion").asText().isBlank(), informe::toString);
  }

  @Test
  void unArchivoQueNoEsPdfOUnPdfDanadoSeRechazanConUnMotivoEnEspanol() {
    Respuesta r =
        validar(
            "nota.pdf", "application/pdf", "hola, no soy un PDF".getBytes(StandardCharsets.UTF_8));
    JsonNode p = problema(r, 400);
    assertTrue(p.path("detail").asText().contains("no es un PDF"), p::toString);

    Respuesta texto = validar("nota.txt", "text/plain", "texto".getBytes(StandardCharsets.UTF_8));
    problema(texto, 400);

    byte[] danado = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode d = problema(validar("danado.pdf", "application/pdf", danado), 400);
    assertTrue(d.path("detail").asText().contains("dañado"), d::toString);
  }

  @Test
  void unPdfSinFirmasDiceQueNoTieneFirmas() {
    Respuesta r = validar("sin-firmas.pdf", "application/pdf", Documentos.pdf("Sin firmas"));
    assertEquals(200, r.status(), r::toString);
    assertEquals(0, r.json().path("firmas").size(), r::toString);
    assertTrue(r.json().path("nota").asText().contains("no contiene firmas"), r::toString);
  }

  @Test
  void elDocumentoOpenApiDiceQueLaVerificacionNoPideCredencialesYLoDemasSi() {
    Respuesta r =
        enviar(peticion(ANONIMO, base() + "/openapi").header("Accept", "application/json"));
    assertEquals(200, r.status(), r::toString);
    JsonNode api = r.json();
    assertEquals("basic", api.path("security").get(0).fieldNames().next(), "Basic por omisión");
    int publicas = 0;
    for (var ruta : (Iterable<Map.Entry<String, JsonNode>>) () -> api.path("paths").fields()) {
      for (var op : (Iterable<Map.Entry<String, JsonNode>>) () -> ruta.getValue().fields()) {
        if (!List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
          continue;
        }
        JsonNode seguridad = op.getValue().path("security");
        String que = op.getKey() + " " + ruta.getKey() + ": " + seguridad;
        if (ruta.getKey().startsWith("/api/v1/verificacion")) {
          publicas++;
          // no requirement, or an empty one: no credentials needed (OpenAPI 3.0, 4.8.10)
          assertTrue(seguridad.isArray(), que);
          assertTrue(
              seguridad.isEmpty() || (seguridad.size() == 1 && seguridad.get(0).isEmpty()), que);
        } else if (ruta.getKey().equals("/api/v1/monitoreo/alertas")) {
          // the monitoring software's webhook: its source's bearer token, not a person's login
          assertEquals(1, seguridad.size(), que);
          assertTrue(seguridad.get(0).has("tokenDeFuente"), que);
        } else {
          assertTrue(seguridad.isMissingNode(), que + " (hereda HTTP Basic)");
        }
      }
    }
    assertEquals(
        4,
        publicas,
        "GET /verificacion/{codigo}, GET …/pdf, GET …/informe (el informe de validación en PDF) y"
            + " POST /verificacion");
  }

  @Test
  void elPieDeCadaPaginaEnlazaLaVerificacionDeDocumentos() {
    Respuesta pagina = get(ANONIMO, base() + "/login.xhtml");
    assertEquals(200, pagina.status(), pagina::toString);
    String enlace = grupo(pagina.texto(), "<a[^>]*id=\"enlace-verificar\"[^>]*>([^<]+)</a>");
    assertEquals("Verificar un documento", enlace.strip());
  }

  @Test
  void unCodigoDesconocidoNoExiste() {
    problema(get(ANONIMO, "/verificacion/ZZZZ-ZZZZ-ZZZ9"), 404);
    problema(get(ANONIMO, "/verificacion/ZZZZ-ZZZZ-ZZZ9/pdf"), 404);
    problema(get(ANONIMO, "/verificacion/no-es-un-codigo"), 404);
  }

  @Test
  void elCodigoDelCargoDeUnExpedienteSigueVerificandose() {
    JsonNode e = registrarValido("Verificación del cargo " + UUID.randomUUID());
    String codigo = e.path("codigoVerificacion").asText();

    Respuesta r = get(ANONIMO, "/verificacion/" + codigo.toLowerCase());
    assertEquals(200, r.status(), r::toString);
    assertEquals(e.path("numero").asText(), r.json().path("expediente").path("numero").asText());
    assertTrue(r.json().path("documento").isMissingNode() || r.json().path("documento").isNull());
    problema(get(ANONIMO, "/verificacion/" + codigo + "/pdf"), 404);

    Respuesta pagina = get(ANONIMO, base() + "/verificar.xhtml?codigo=" + codigo);
    assertEquals(200, pagina.status(), pagina::toString);
    assertTrue(pagina.texto().contains(e.path("numero").asText()), pagina::toString);
  }

  // ------------------------------------------------------------------ helpers

  private static void assertFirmasValidas(JsonNode informe, int cuantas) {
    JsonNode firmas = informe.path("firmas");
    assertEquals(cuantas, firmas.size(), informe::toString);
    firmas.forEach(
        f -> {
          assertEquals("TOTAL_PASSED", f.path("indication").asText(), f::toString);
          assertEquals("Válida", f.path("resultado").asText(), f::toString);
          assertTrue(f.hasNonNull("signingTime"), f::toString);
          assertTrue(f.path("level").asText().startsWith("PAdES-BASELINE"), f::toString);
          assertTrue(!f.path("modifiedAfterSigning").asBoolean(), f::toString);
        });
  }

  /**
   * An OFICIO taken through P/OGA-TI-02 with legal review (V°B° of the Director de TI and of the
   * legal advisor, suscripción of the Director General), once for the whole class.
   */
  private static synchronized JsonNode oficioSuscrito() {
    if (suscrito == null) {
      JsonNode d = documentoEnExpedienteDelAnalista("OFICIO");
      long id = d.path("id").asLong();
      paso(ANALISTA_OTI, id, 1, Map.of());
      paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
      paso(DIRECTOR_OTI, id, 5, Map.of());
      paso(SECRETARIA_OTI, id, 6, Map.of());
      paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", true));
      paso(LEGAL_OGA, id, 8, Map.of());
      paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
      paso(DIRECTOR_OGA, id, 11, Map.of());
      paso(SECRETARIA_OGA, id, 13, Map.of());
      Respuesta c = get(ANALISTA_OTI, "/documentos/" + id + "/contenido");
      assertEquals(200, c.status(), c::toString);
      pdfSuscrito = c.cuerpo();
      suscrito = documento(id);
    }
    return suscrito;
  }

  /**
   * The PDF with one byte changed in the text of the page (covered by every signature's byte range,
   * outside every signature's /Contents), so that it still opens.
   */
  static byte[] alterarUnByteFirmado(byte[] pdf) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    List<long[]> huecos = new ArrayList<>();
    Matcher m =
        Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
            .matcher(latin);
    while (m.find()) {
      long a = Long.parseLong(m.group(1));
      long b = Long.parseLong(m.group(2));
      long c = Long.parseLong(m.group(3));
      huecos.add(new long[] {a + b, c});
    }
    assertEquals(3, huecos.size(), "tres /ByteRange en el PDF suscrito");
    int i = latin.indexOf("Tramite - prueba");
    if (i < 0) { // not found as plain text (compressed): the middle of the first stream's data,
      // which lies in the unsigned first revision (covered by every signature) and whose change
      // keeps the file parseable (its /Length is unchanged); the middle of the file could land
      // in the structure of a later revision and hide a signature instead of breaking it
      Matcher flujo = Pattern.compile("stream\r?\n").matcher(latin);
      assertTrue(flujo.find(), "el PDF no tiene flujos");
      int fin = latin.indexOf("endstream", flujo.end());
      i = (flujo.end() + fin) / 2;
    }
    for (long[] h : huecos) {
      if (i >= h[0] && i < h[1]) {
        i = (int) h[1] + 1;
      }
    }
    byte[] alterado = pdf.clone();
    alterado[i] = (byte) (alterado[i] == 'X' ? 'Y' : 'X');
    assertNotEquals(pdf[i], alterado[i]);
    return alterado;
  }

  private static int ocurrencias(String texto, String patron) {
    return (int) Pattern.compile(patron).matcher(texto).results().count();
  }

  private static Respuesta validar(String nombre, String tipo, byte[] bytes) {
    return postMultipart(
        ANONIMO, "/verificacion", new CuerpoMultipart().archivo("archivo", nombre, tipo, bytes));
  }

  private static String grupo(String html, String patron) {
    Matcher m = Pattern.compile(patron).matcher(html);
    assertTrue(m.find(), () -> patron + " no aparece en la página: " + html);
    return m.group(1);
  }
}
