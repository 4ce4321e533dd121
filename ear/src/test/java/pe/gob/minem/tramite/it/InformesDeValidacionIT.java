package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Issue 11, item 5 (ADR 0024), on Payara Server with PostgreSQL: an oficio taken through V°B°,
 * legal review and suscripción keeps, with every version a signature made, the validation reports
 * of all the signatures that version holds; each stored verdict equals a fresh validation of that
 * version's PDF by the API; the reports download in their formats to whoever may read the document,
 * to nobody of another unit, and the PDF one to anyone from the public verification.
 */
class InformesDeValidacionIT extends PruebaConElEar {

  /** A person of another unit (Dirección General de Minería): the expediente never reached her. */
  private static final String DE_OTRA_UNIDAD = "analista.dgm";

  @Test
  void cadaFirmaDeCadaVersionTieneSuInformeIgualAUnaValidacionNueva() throws Exception {
    asegurarCertificadoValidoDelDirector();
    JsonNode d = documentoEnExpedienteDelAnalista("OFICIO");
    long id = d.path("id").asLong();
    String codigo = d.path("codigoVerificacion").asText();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", true));
    paso(LEGAL_OGA, id, 8, Map.of());
    paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OGA, id, 11, Map.of());

    JsonNode doc = documento(id);
    JsonNode versiones = doc.path("versiones");
    assertEquals(4, versiones.size(), doc::toString);
    int firmadas = 0;
    for (JsonNode v : versiones) {
      int n = v.path("numero").asInt();
      assertFalse(v.path("validacionPendiente").asBoolean(), v::toString);
      if (!"FIRMA".equals(v.path("origen").asText())) {
        assertTrue(v.path("validacion").isNull() || v.path("validacion").isMissingNode());
        problema(get(ANALISTA_OTI, informe(id, n, "pdf")), 404);
        continue;
      }
      firmadas++;
      JsonNode validacion = v.path("validacion");
      assertTrue(validacion.path("alFirmar").asBoolean(), v::toString);
      assertEquals(firmadas, validacion.path("firmas").asInt(), v::toString);

      // the stored reports, in their three formats
      Respuesta pdf = get(ANALISTA_OTI, informe(id, n, "pdf"));
      assertEquals(200, pdf.status(), pdf::toString);
      assertTrue(pdf.tipo().startsWith("application/pdf"), pdf::toString);
      assertEquals("%PDF", new String(pdf.cuerpo(), 0, 4, StandardCharsets.US_ASCII));
      Respuesta simple = get(ANALISTA_OTI, informe(id, n, "simple"));
      assertEquals(200, simple.status(), simple::toString);
      assertTrue(simple.tipo().startsWith("application/xml"), simple::toString);
      Element raizSimple = xml(simple.cuerpo());
      assertEquals("SimpleReport", raizSimple.getLocalName());
      Respuesta detallado = get(ANALISTA_OTI, informe(id, n, "detallado"));
      assertEquals(200, detallado.status(), detallado::toString);
      Element raizDetallado = xml(detallado.cuerpo());
      assertEquals("DetailedReport", raizDetallado.getLocalName());
      assertTrue(
          raizDetallado.getElementsByTagNameNS("*", "BasicBuildingBlocks").getLength() > 0,
          "el informe detallado trae las comprobaciones de EN 319 102-1");

      // every signature of the version: the stored verdict is a fresh validation's
      List<String> guardadas = firmasDelInformeSimple(raizSimple);
      byte[] contenido =
          get(ANALISTA_OTI, "/documentos/" + id + "/contenido?version=" + n).cuerpo();
      JsonNode nueva = validacionNueva(contenido);
      List<String> ahora = firmasDeLaValidacion(nueva);
      assertEquals(firmadas, ahora.size(), nueva::toString);
      assertEquals(
          ahora, guardadas, () -> "versión " + n + ": informe guardado y validación nueva");
      assertEquals(
          nueva.path("todasValidas").asBoolean(),
          "TOTAL_PASSED".equals(validacion.path("indicacion").asText()),
          v::toString);

      // someone of another unit gets what he gets for the content: nothing
      for (String formato : List.of("pdf", "simple")) {
        Respuesta ajeno = get(DE_OTRA_UNIDAD, informe(id, n, formato));
        problema(ajeno, 403, 404);
        assertEquals(
            get(DE_OTRA_UNIDAD, "/documentos/" + id + "/contenido?version=" + n).status(),
            ajeno.status(),
            "la misma regla que para leer el contenido");
      }
    }
    assertEquals(3, firmadas, "V°B° del Director de TI, V°B° legal y suscripción");
    problema(get(ANALISTA_OTI, informe(id, 2, "html")), 400);

    // the document page shows each signed version's verdict in words and links its reports
    String expediente = paginaDelExpediente(ANALISTA_OTI, d.path("numeroExpediente").asText());
    for (int n = 1; n <= 4; n++) {
      for (String formato : List.of("pdf", "simple", "detallado")) {
        assertEquals(
            n == 1 ? 0 : 1,
            ocurrencias(
                expediente, java.util.regex.Pattern.quote("/api/v1" + informe(id, n, formato))),
            "versión " + n + ", " + formato);
      }
    }
    assertEquals(3, ocurrencias(expediente, "insignia valida\">Firmas v(á|&aacute;|&#225;)lidas<"));
    assertEquals(3, ocurrencias(expediente, "Informe de validaci(ó|&oacute;|&#243;)n \\(PDF\\)"));

    // the public verification offers the PDF report of the version it shows
    JsonNode publico = anonimo(() -> get(null, "/verificacion/" + codigo)).json();
    JsonNode verificado = publico.path("documento");
    assertEquals(4, verificado.path("version").asInt(), publico::toString);
    assertTrue(verificado.path("informeGuardado").asBoolean(), publico::toString);
    Respuesta informePublico = anonimo(() -> get(null, "/verificacion/" + codigo + "/informe"));
    assertEquals(200, informePublico.status(), informePublico::toString);
    assertTrue(informePublico.tipo().startsWith("application/pdf"), informePublico::toString);
    assertArrayEquals(
        get(ANALISTA_OTI, informe(id, 4, "pdf")).cuerpo(),
        informePublico.cuerpo(),
        "el informe guardado con la versión vigente");
    String pagina = anonimo(() -> get(null, base() + "/verificar.xhtml?codigo=" + codigo)).texto();
    assertTrue(
        pagina.contains("/api/v1/verificacion/" + codigo + "/informe"),
        "la página pública enlaza el informe");
  }

  // ---------------------------------------------------------------- helpers

  /** The expediente's page, as the person sees it after logging in through the login page. */
  private static String paginaDelExpediente(String usuario, String numero) {
    Map<String, String> galletas = new java.util.LinkedHashMap<>();
    Respuesta login = enviar(peticion(null, base() + "/login.xhtml").GET());
    assertEquals(200, login.status(), login::toString);
    guardarGalletas(login, galletas);
    var formulario = FormularioDeIngreso.de(login.texto());
    Respuesta ingreso =
        enviar(
            peticion(null, base() + formulario.accion())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", galletas(galletas))
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        formulario.cuerpo(usuario, CLAVE))));
    assertTrue(ingreso.status() < 400, ingreso::toString);
    guardarGalletas(ingreso, galletas);
    Respuesta pagina =
        enviar(
            peticion(null, base() + "/expediente.xhtml?numero=" + numero)
                .header("Cookie", galletas(galletas))
                .GET());
    assertEquals(200, pagina.status(), pagina::toString);
    assertTrue(pagina.texto().contains(numero), pagina::recorte);
    return pagina.texto();
  }

  private static void guardarGalletas(Respuesta r, Map<String, String> galletas) {
    r.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
        .flatMap(e -> e.getValue().stream())
        .map(c -> c.split(";")[0].split("=", 2))
        .filter(par -> par.length == 2)
        .forEach(par -> galletas.put(par[0], par[1]));
  }

  private static String galletas(Map<String, String> galletas) {
    return galletas.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private static int ocurrencias(String texto, String patron) {
    var m = java.util.regex.Pattern.compile(patron).matcher(texto);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String informe(long id, int version, String formato) {
    return "/documentos/" + id + "/versiones/" + version + "/informe?formato=" + formato;
  }

  /** The API's validation of a PDF now (the public one: any PDF, no login). */
  private static JsonNode validacionNueva(byte[] pdf) {
    Respuesta r =
        anonimo(
            () ->
                postMultipart(
                    null,
                    "/verificacion",
                    new CuerpoMultipart()
                        .archivo("archivo", "version.pdf", "application/pdf", pdf)));
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** Each signature as "signer: indication", in signing-time order. */
  private static List<String> firmasDeLaValidacion(JsonNode informe) {
    List<JsonNode> firmas = new ArrayList<>();
    informe.path("firmas").forEach(firmas::add);
    return firmas.stream()
        .sorted(Comparator.comparing(f -> Instant.parse(f.path("signingTime").asText())))
        .map(f -> f.path("signer").asText() + ": " + f.path("indication").asText())
        .toList();
  }

  /** The same from DSS's simple report (SignedBy, SigningTime, Indication of each Signature). */
  private static List<String> firmasDelInformeSimple(Element raiz) {
    var nodos = raiz.getElementsByTagNameNS("*", "Signature");
    List<Element> firmas = new ArrayList<>();
    for (int i = 0; i < nodos.getLength(); i++) {
      firmas.add((Element) nodos.item(i));
    }
    return firmas.stream()
        .sorted(Comparator.comparing(f -> Instant.parse(texto(f, "SigningTime"))))
        .map(f -> texto(f, "SignedBy") + ": " + texto(f, "Indication"))
        .toList();
  }

  private static String texto(Element e, String hijo) {
    return e.getElementsByTagNameNS("*", hijo).item(0).getTextContent().strip();
  }

  private static Element xml(byte[] bytes) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
  }

  /**
   * An anonymous request, waiting once if the anonymous verification's limit per address (30 a
   * minute) was spent by the ITs before this one.
   */
  private static Respuesta anonimo(Supplier<Respuesta> peticion) {
    Respuesta r = peticion.get();
    if (r.status() == 429) {
      long espera = Long.parseLong(r.header("Retry-After").orElse("60").strip());
      dormir((espera + 1) * 1000);
      r = peticion.get();
    }
    return r;
  }
}
