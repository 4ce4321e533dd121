package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pe.gob.minem.tramite.agente.AgenteEnProceso;
import pe.gob.minem.tramite.agente.PedidoDePin;
import pe.gob.minem.tramite.agente.PinProvider;

/**
 * The signing page and the bandeja with the signer's local agent (ADR 0019), in a real headless
 * Chromium: the agent runs in this JVM on the port the test domain's {@code tramite.agente.url}
 * names, for the test portal's origin only, over a real SoftHSM2 token with the Director de TI's
 * key; its PIN window is a test {@link PinProvider} that answers as the director would. He signs
 * one document (after cancelling once), then a batch with one PIN; every signature is made by the
 * token's key and is valid for the portal's DSS and for poppler's pdfsig.
 */
class FirmaConAgenteNavegadorIT extends PruebaEnNavegador {

  private static final String PIN = "135790";
  private static final Duration FIRMA = Duration.ofSeconds(180);
  private static final int DOCUMENTOS_DEL_LOTE = 20;

  /** The director at the agent's PIN window: the answers queued, and what each window showed. */
  static final class Director implements PinProvider {
    final ConcurrentLinkedQueue<Optional<char[]>> respuestas = new ConcurrentLinkedQueue<>();
    final List<PedidoDePin> ventanas = new CopyOnWriteArrayList<>();

    @Override
    public Optional<char[]> pedirPin(PedidoDePin pedido) {
      ventanas.add(pedido);
      Optional<char[]> r = respuestas.poll();
      return r != null ? r : Optional.of(PIN.toCharArray());
    }
  }

  private static final Director director = new Director();
  private static AgenteEnProceso agente;
  private static String serieDelToken;

  @BeforeAll
  static void iniciarElAgente() throws Exception {
    serieDelToken = TokenDelDirector.llenar(PIN);
    agente =
        AgenteEnProceso.iniciar(
            Integer.getInteger("it.agente.port", 18651),
            TokenDelDirector.libreria(),
            Set.of(base()),
            director);
  }

  @AfterAll
  static void detenerElAgente() {
    if (agente != null) {
      agente.close();
    }
  }

  @BeforeEach
  void olvidarVentanas() {
    director.ventanas.clear();
    director.respuestas.clear();
  }

  @Test
  void elDirectorFirmaUnDocumentoConSuTokenDesdeLaPaginaDeLaTarea() throws Exception {
    long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector();
    ingresar(DIRECTOR_OTI);
    navegador.get(
        base() + "/tarea.xhtml?id=" + FlujoDocumental.tareaDelDocumento(DIRECTOR_OTI, id, 5));
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
    elegirFirmaEnElCliente();
    WebElement boton =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("agente-firmar")));
    assertEquals("Firmar con mi certificado (token o DNIe)", boton.getText());
    captura("agente-01-boton");

    // he closes the agent's PIN window: nothing is signed, the page says so in Spanish
    director.respuestas.add(Optional.empty());
    boton.click();
    WebElement error =
        new WebDriverWait(navegador, FIRMA)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(error.getText().contains("Canceló la firma"), error::getText);
    assertEquals(0, FlujoDocumental.documento(id).path("firmas").size());
    captura("agente-02-cancelado");

    // then he signs: the agent asks the PIN once, for this one document
    espera.until(ExpectedConditions.elementToBeClickable(By.id("agente-firmar"))).click();
    new WebDriverWait(navegador, FIRMA).until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    WebElement hecho =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(hecho.getText().contains("firmado con su certificado"), hecho::getText);
    captura("agente-03-firmado");
    salir();

    assertEquals(2, director.ventanas.size(), "one window per attempt");
    PedidoDePin ventana = director.ventanas.get(1);
    assertEquals(base(), ventana.origen());
    assertEquals(1, ventana.documentos().size());
    assertTrue(ventana.documentos().get(0).contains("EXP-"), ventana.documentos()::toString);
    firmadoConElToken(id);
    assertTrue(leerServerLog().contains("firmado en el cliente"), "audited as a client signature");
  }

  @Test
  void elDirectorFirmaUnLoteConUnSoloPin() throws Exception {
    String marca = "Agente" + UUID.randomUUID().toString().substring(0, 8);
    List<Long> ids = new ArrayList<>();
    List<String> codigos = new ArrayList<>();
    // the twenty documents of the issue, prepared by four clients at once (each goes through
    // P/OGA-TI-01 and the first steps of P/OGA-TI-02 over the API)
    var preparadores = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Long>> preparados = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTOS_DEL_LOTE; i++) {
      String asunto = marca + " informe " + i;
      preparados.add(
          preparadores.submit(() -> FlujoDocumental.documentoHastaElVistoBuenoDelDirector(asunto)));
    }
    for (var f : preparados) {
      long id = f.get(5, java.util.concurrent.TimeUnit.MINUTES);
      ids.add(id);
      codigos.add(FlujoDocumental.documento(id).path("codigoVerificacion").asText());
    }
    preparadores.shutdown();

    ingresar(DIRECTOR_OTI);
    navegador.get(base() + "/bandeja.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    escribir("bandeja:texto", marca);
    WebElement tabla = navegador.findElement(By.id("bandeja:tareas"));
    navegador.findElement(By.id("bandeja:filtrar")).click();
    espera.until(ExpectedConditions.stalenessOf(tabla));
    List<WebElement> filas =
        espera
            .until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.cssSelector("[id='bandeja:tareas'] tbody tr")))
            .stream()
            .filter(tr -> tr.getText().contains(marca) && tr.getText().contains("P/OGA-TI-02"))
            .toList();
    assertEquals(DOCUMENTOS_DEL_LOTE, filas.size(), "the documents to sign are in the bandeja");
    for (WebElement fila : filas) {
      WebElement casilla =
          fila.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"));
      ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", casilla);
      casilla.click();
      espera.until(d -> fila.getAttribute("aria-selected").equals("true"));
    }
    WebElement boton =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("agente-firmar-lote")));
    assertEquals("Firmar el lote con mi certificado", boton.getText());
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", boton);
    captura("agente-04-lote-marcado");
    boton.click();

    new WebDriverWait(navegador, FIRMA)
        .until(
            d ->
                d.findElements(By.cssSelector("[id='bandeja:resultados-lote-agente'] tbody tr"))
                        .size()
                    == DOCUMENTOS_DEL_LOTE);
    WebElement mensaje =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(
        mensaje
            .getText()
            .contains(DOCUMENTOS_DEL_LOTE + " de " + DOCUMENTOS_DEL_LOTE + " documentos firmados"),
        mensaje::getText);
    List<WebElement> resultados =
        navegador.findElements(By.cssSelector("[id='bandeja:resultados-lote-agente'] tbody tr"));
    for (String codigo : codigos) {
      assertTrue(
          resultados.stream()
              .anyMatch(r -> r.getText().contains(codigo) && r.getText().contains("Firmado")),
          () ->
              codigo + " has no outcome: " + resultados.stream().map(WebElement::getText).toList());
    }
    captura("agente-05-lote-firmado");
    salir();

    assertEquals(1, director.ventanas.size(), "one PIN for the whole batch");
    assertEquals(DOCUMENTOS_DEL_LOTE, director.ventanas.get(0).documentos().size());
    for (long id : ids) {
      firmadoConElToken(id);
    }
    assertTrue(
        bandeja(DIRECTOR_OTI).stream()
            .noneMatch(
                t ->
                    t.path("actividad").asInt() == 5
                        && codigos.contains(t.path("documento").asText())),
        "act. 5 is done");
  }

  // ------------------------------------------------------------------ helpers

  /** One V°B°, valid for the portal's DSS and for pdfsig, made with the token's certificate. */
  private static void firmadoConElToken(long id) throws Exception {
    JsonNode d = FlujoDocumental.documento(id);
    assertEquals(1, d.path("firmas").size(), d::toString);
    assertEquals("VISTO_BUENO", d.path("firmas").get(0).path("clase").asText(), d::toString);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText(), d::toString);
    byte[] pdf = FlujoDocumental.contenido(id);
    assertEquals(1, FlujoDocumental.firmasValidasSegunPdfsig(pdf), "pdfsig");
    assertTrue(
        TokenDelDirector.seriesDeLaFirma(pdf).contains(serieDelToken),
        "the signature's certificate is the token's (" + serieDelToken + ")");
  }

  /** The signing page's «Firma en el cliente», where the agent's button lives. */
  private static void elegirFirmaEnElCliente() {
    WebElement label =
        navegador.findElements(By.cssSelector("[id='tarea:llave'] label")).stream()
            .filter(l -> l.getText().equals("Firma en el cliente"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no «Firma en el cliente» option"));
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", label);
    label.click();
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("tarea:firma-cliente")));
  }
}
