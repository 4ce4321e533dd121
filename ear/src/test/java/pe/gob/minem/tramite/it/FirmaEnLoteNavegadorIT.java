package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Batch signing in a real headless Chromium: the Director de TI has several documents waiting for
 * his V°B°, ticks them in his bandeja, signs them in one action, watches the progress bar and reads
 * each document's outcome; afterwards every document carries a valid PAdES signature (the portal's
 * DSS verdict through the API, and poppler's pdfsig).
 */
class FirmaEnLoteNavegadorIT extends PruebaEnNavegador {

  private static final int DOCUMENTOS = 3;

  @Test
  void elDirectorMarcaVariosDocumentosLosFirmaEnUnaAccionYVeElResultadoDeCadaUno()
      throws Exception {
    String marca = "Lote" + UUID.randomUUID().toString().substring(0, 8);
    List<Long> ids = new ArrayList<>();
    List<String> codigos = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTOS; i++) {
      long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector(marca + " informe " + i);
      ids.add(id);
      codigos.add(FlujoDocumental.documento(id).path("codigoVerificacion").asText());
    }

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
    assertEquals(DOCUMENTOS, filas.size(), "the documents to sign are in the bandeja");
    for (WebElement fila : filas) {
      WebElement casilla =
          fila.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"));
      ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", casilla);
      casilla.click();
      espera.until(d -> fila.getAttribute("aria-selected").equals("true"));
    }
    captura("lote-01-marcados");

    navegador.findElement(By.id("bandeja:firmar-lote")).click();
    // the bar shows (the wait fails otherwise); it may be re-rendered at once, so no handle is kept
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".avance-lote")));
    captura("lote-02-avance");

    // the batch runs in the background; the bar follows it and the outcomes appear at the end
    new WebDriverWait(navegador, Duration.ofSeconds(180))
        .until(
            d ->
                d.findElements(By.cssSelector("[id='bandeja:resultados-lote'] tbody tr")).size()
                    == DOCUMENTOS);
    WebElement mensaje =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(
        mensaje.getText().contains(DOCUMENTOS + " de " + DOCUMENTOS + " documentos firmados"),
        mensaje::getText);
    assertTrue(
        navegador.findElement(By.cssSelector(".avance-lote")).getText().contains("100%"),
        "the bar ends full");
    List<WebElement> resultados =
        navegador.findElements(By.cssSelector("[id='bandeja:resultados-lote'] tbody tr"));
    for (String codigo : codigos) {
      assertTrue(
          resultados.stream()
              .anyMatch(r -> r.getText().contains(codigo) && r.getText().contains("Firmado")),
          () ->
              codigo + " has no outcome: " + resultados.stream().map(WebElement::getText).toList());
    }
    captura("lote-03-resultados");

    // every document is signed: DSS in the portal, and an independent verifier
    for (long id : ids) {
      JsonNode d = FlujoDocumental.documento(id);
      assertEquals(1, d.path("firmas").size(), d::toString);
      assertEquals("VISTO_BUENO", d.path("firmas").get(0).path("clase").asText(), d::toString);
      assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText());
      assertEquals(
          1, FlujoDocumental.firmasValidasSegunPdfsig(FlujoDocumental.contenido(id)), "pdfsig");
    }
    // and their V°B° tasks left the bandeja
    assertTrue(
        bandeja(DIRECTOR_OTI).stream()
            .noneMatch(
                t ->
                    t.path("actividad").asInt() == 5
                        && codigos.contains(t.path("documento").asText())),
        "act. 5 is done");
    salir();
  }
}
