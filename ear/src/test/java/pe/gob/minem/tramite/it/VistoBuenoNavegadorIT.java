package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P/OGA-TI-02 in a real headless Chromium: the analyst drafts an oficio with the portal's template
 * in an expediente he has in his hands, and each role does its step from its bandeja — the Director
 * de TI approves and gives his V°B°, the secretaries route it, the OGA's legal analyst gives hers,
 * the Director General approves and signs — until the PDF carries three valid PAdES signatures.
 */
class VistoBuenoNavegadorIT extends PruebaEnNavegador {

  private static final Duration FIRMA = Duration.ofSeconds(120);
  private static final Pattern ID_DOCUMENTO = Pattern.compile("/documentos/(\\d+)/contenido");

  @Test
  void unOficioRedactadoConLaPlantillaLlegaSuscritoConTresFirmasValidas() throws Exception {
    String numero = FlujoDocumental.expedienteConElAnalista().path("numero").asText();

    // act. 1: the analyst drafts the oficio with the template, from the expediente's page
    ingresar(ANALISTA_OTI);
    navegador.get(base() + "/expediente.xhtml?numero=" + numero);
    WebElement elaborar =
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("elaborar")));
    (elaborar.getTagName().equals("a") ? elaborar : elaborar.findElement(By.tagName("a"))).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("documento:elaborar")));
    elegir("documento:tipo", "Oficio");
    escribir("documento:asunto", "Renovación del licenciamiento de la base de datos institucional");
    escribir("documento:destinatario", "Rosa Salazar Vega");
    escribir("documento:cargo-destinatario", "Directora General de Abastecimiento");
    escribir("documento:referencia", "Expediente " + numero);
    escribir(
        "documento:cuerpo",
        "Tengo el agrado de dirigirme a usted para solicitar la renovación del licenciamiento.\n\n"
            + "Se adjunta el informe técnico que sustenta la necesidad.");
    captura("vb-01-elaborar");
    navegador.findElement(By.id("documento:elaborar")).click();
    espera.until(ExpectedConditions.urlContains("/expediente.xhtml"));
    WebElement doc =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".documento-elaborado")));
    String codigo = doc.getAttribute("data-codigo");
    assertTrue(doc.getText().contains("Oficio"), doc::getText);
    assertTrue(
        navegador.findElement(By.cssSelector(".ui-messages-info")).getText().contains(codigo));
    long id = idDelDocumento(doc);
    JsonNode borrador = FlujoDocumental.documento(id);
    assertEquals("PLANTILLA", borrador.path("versiones").get(0).path("origen").asText());
    // version 1 in the page
    doc.findElement(By.cssSelector(".ver-version")).click();
    espera.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='visor-documento'] iframe")));
    captura("vb-02-documento-elaborado");

    completar(numero, 1, "vb-03-act1", () -> {});
    salir();

    ingresar(DIRECTOR_OTI);
    completar(numero, 2, "vb-04-act2-conforme", () -> radio("tarea:decision", 0));
    completar(
        numero, 5, "vb-05-act5-vistobueno", () -> vistaPrevia("Doy V°B°", "Dar V°B° y continuar"));
    salir();

    ingresar(SECRETARIA_OTI);
    completar(numero, 6, "vb-06-act6", () -> {});
    salir();

    ingresar(SECRETARIA_OGA);
    completar(numero, 7, "vb-07-act7-revision-legal", () -> radio("tarea:decision", 0));
    salir();

    ingresar(LEGAL_OGA);
    completar(
        numero,
        8,
        "vb-08-act8-vistobueno-legal",
        () -> vistaPrevia("Doy V°B°", "Dar V°B° y continuar"));
    salir();

    ingresar(DIRECTOR_OGA);
    completar(numero, 9, "vb-09-act9-conforme", () -> radio("tarea:decision", 0));
    completar(
        numero,
        11,
        "vb-10-act11-suscripcion",
        () -> vistaPrevia("Firmo en señal de conformidad", "Firmar y continuar"));

    // the signatures, through the API and by an independent verifier
    JsonNode fin = FlujoDocumental.documento(id);
    List<String> vigentes = new ArrayList<>();
    fin.path("firmas")
        .forEach(
            f -> {
              assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString);
              if (!f.path("anulada").asBoolean()) {
                vigentes.add(f.path("clase").asText());
              }
            });
    assertEquals(List.of("VISTO_BUENO", "VISTO_BUENO", "SUSCRIPCION"), vigentes, fin::toString);
    Respuesta pdf = get(ANALISTA_OTI, "/documentos/" + id + "/contenido");
    assertEquals(200, pdf.status(), pdf::toString);
    assertEquals(3, FlujoDocumental.firmasValidasSegunPdfsig(pdf.cuerpo()), "pdfsig: tres firmas");

    // the expediente's page lists them
    navegador.get(base() + "/expediente.xhtml?numero=" + numero);
    WebElement conFirmas =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".documento-elaborado")));
    assertEquals(3, conFirmas.findElements(By.cssSelector(".firma.vigente")).size());
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", conFirmas);
    captura("vb-11-expediente-con-firmas");
    salir();

    verificacionPublica(codigo);
  }

  /**
   * The QR's URL, without logging in: when the public verification of documents is in the portal,
   * it shows the three signatures as valid.
   */
  private static void verificacionPublica(String codigo) {
    navegador.get(base() + "/verificar.xhtml?codigo=" + codigo);
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("resultado-codigo")));
    var verificado = navegador.findElements(By.id("documento-verificado"));
    captura("vb-12-verificacion-publica");
    if (verificado.isEmpty()) {
      System.out.println(
          "VistoBuenoNavegadorIT: /verificar.xhtml aún no verifica documentos; se omite esa parte");
      return;
    }
    List<WebElement> filas =
        verificado.get(0).findElements(By.cssSelector(".tabla-firmas tbody tr"));
    assertEquals(3, filas.size(), verificado.get(0)::getText);
    assertTrue(
        !verificado
            .get(0)
            .findElements(By.cssSelector(".nota-validacion .insignia.valida"))
            .isEmpty(),
        verificado.get(0)::getText);
  }

  // ------------------------------------------------------------------ steps

  /** Opens the document's task at this activity from the bandeja, does what it asks, completes. */
  private static void completar(String numero, int actividad, String captura, Runnable pedido) {
    WebElement fila = filaDeLaBandeja(numero, actividad);
    fila.findElement(By.cssSelector(".boton-atender a")).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
    List<WebElement> visor =
        navegador.findElements(By.cssSelector("[id='documento-de-la-tarea'] iframe"));
    assertEquals(1, visor.size(), "el PDF del documento se ve en la tarea");
    pdfConLaSesionDelNavegador(visor.get(0).getAttribute("src"));
    pedido.run();
    captura(captura);
    navegador.findElement(By.id("tarea:completar")).click();
    new WebDriverWait(navegador, FIRMA).until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    WebElement mensaje =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(mensaje.getText().contains(numero), mensaje::getText);
  }

  /** The PDF the page shows is served to the browser's own session. */
  private static void pdfConLaSesionDelNavegador(String url) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r =
        (Map<String, Object>)
            ((JavascriptExecutor) navegador)
                .executeAsyncScript(
                    "const listo = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => listo({status: r.status,"
                        + " tipo: r.headers.get('content-type'),"
                        + " inicio: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})));",
                    url);
    assertEquals(200L, r.get("status"), () -> url + ": " + r);
    assertTrue(String.valueOf(r.get("tipo")).startsWith("application/pdf"), r::toString);
    assertEquals("%PDF-", r.get("inicio"));
  }

  /** The signing step says what it will stamp, and whose name. */
  private static void vistaPrevia(String motivo, String boton) {
    WebElement previa = navegador.findElement(By.id("vista-previa-firma"));
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", previa);
    assertTrue(previa.getText().contains(motivo), previa::getText);
    assertTrue(previa.getText().contains("PAdES"), previa::getText);
    assertTrue(previa.getText().contains("última página"), previa::getText);
    assertEquals(boton, navegador.findElement(By.id("tarea:completar")).getText());
  }

  private static WebElement filaDeLaBandeja(String numero, int actividad) {
    navegador.get(base() + "/bandeja.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    escribir("bandeja:texto", numero);
    WebElement tabla = navegador.findElement(By.id("bandeja:tareas"));
    navegador.findElement(By.id("bandeja:filtrar")).click();
    espera.until(ExpectedConditions.stalenessOf(tabla));
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    return navegador.findElements(By.cssSelector("[id='bandeja:tareas'] tbody tr")).stream()
        .filter(tr -> tr.getText().contains(numero) && tr.getText().contains("P/OGA-TI-02"))
        .filter(
            tr ->
                tr.findElements(By.cssSelector(".tarea-actividad")).stream()
                    .anyMatch(
                        s -> String.valueOf(actividad).equals(s.getAttribute("data-actividad"))))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "actividad " + actividad + " de " + numero + " no está en la bandeja"));
  }

  // ------------------------------------------------------------------ set-up through the API

  private static long idDelDocumento(WebElement documento) {
    for (WebElement a : documento.findElements(By.tagName("a"))) {
      String href = a.getAttribute("href");
      Matcher m = href == null ? null : ID_DOCUMENTO.matcher(href);
      if (m != null && m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    throw new AssertionError("sin enlace al PDF del documento: " + documento.getText());
  }

  // ------------------------------------------------------------------ browser

}
