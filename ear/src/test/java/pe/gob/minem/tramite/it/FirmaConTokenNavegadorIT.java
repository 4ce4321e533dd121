package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing with a PKCS#11 token from the portal's signing page, in a real headless Chromium, on a
 * real SoftHSM2 token the test domain is configured with ({@code tramite.firma.pkcs11.libreria},
 * {@code SOFTHSM2_CONF} in the server's environment, both set by ear/pom.xml). The token holds a
 * demo-PKI key and certificate of the Director de TI, which the portal no longer holds itself (it
 * issued him a new server-held one), so a signature with his token's serial can only come from the
 * token.
 */
class FirmaConTokenNavegadorIT extends PruebaEnNavegador {

  private static final String PIN = "246810";
  private static final Duration FIRMA = Duration.ofSeconds(120);

  private static String serieDelToken;

  /** A fresh SoftHSM2 token with the director's current key and chain, then a new server key. */
  @BeforeAll
  static void llenarElToken() throws Exception {
    serieDelToken = TokenDelDirector.llenar(PIN);
  }

  @Test
  void elDirectorEligeSuTokenEscribeElPinYDaSuVistoBueno() throws Exception {
    long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector();
    String codigo = FlujoDocumental.documento(id).path("codigoVerificacion").asText();
    ingresar(DIRECTOR_OTI);
    abrirTarea(id, 5);
    List<String> opciones =
        navegador.findElements(By.cssSelector("[id='tarea:llave'] label")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(
            "Certificado de demostración del servidor",
            "Token criptográfico (PKCS#11)",
            "Firma en el cliente"),
        opciones);

    // a wrong PIN: refused in Spanish, nothing signed
    elegirLlave("Token criptográfico (PKCS#11)");
    escribir("tarea:pin", "000000");
    captura("token-01-pin");
    navegador.findElement(By.id("tarea:completar")).click();
    WebElement error =
        new WebDriverWait(navegador, FIRMA)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(error.getText().contains("PIN"), error::getText);
    assertFalse(navegador.getPageSource().contains("000000"), "the PIN is never rendered back");
    assertEquals(0, FlujoDocumental.documento(id).path("firmas").size());
    captura("token-02-pin-incorrecto");

    // the right PIN signs with the token
    if (navegador.findElements(By.id("tarea:pin")).isEmpty()) {
      elegirLlave("Token criptográfico (PKCS#11)");
    }
    escribir("tarea:pin", PIN);
    navegador.findElement(By.id("tarea:completar")).click();
    new WebDriverWait(navegador, FIRMA).until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    WebElement hecho =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(hecho.getText().contains("Listo"), hecho::getText);
    salir();

    JsonNode d = FlujoDocumental.documento(id);
    assertEquals(1, d.path("firmas").size(), d::toString);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText(), d::toString);
    byte[] pdf = FlujoDocumental.contenido(id);
    assertEquals(1, FlujoDocumental.firmasValidasSegunPdfsig(pdf), "pdfsig");
    assertTrue(
        TokenDelDirector.seriesDeLaFirma(pdf).contains(serieDelToken),
        "the signature's certificate is the token's (" + serieDelToken + ")");
    String log = leerServerLog();
    assertTrue(log.contains("firmado con token PKCS#11"), "audited as a token signature");
    assertTrue(log.contains("RECHAZO_FIRMA usuario=" + DIRECTOR_OTI + " objeto=" + codigo));
    assertFalse(log.contains(PIN), "the PIN is never logged");
  }

  @Test
  void laAnalistaLegalNoPuedeFirmarConElTokenDeOtraPersona() throws Exception {
    long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector();
    FlujoDocumental.paso(DIRECTOR_OTI, id, 5, Map.of());
    FlujoDocumental.paso(SECRETARIA_OTI, id, 6, Map.of());
    FlujoDocumental.paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", true));
    JsonNode antes = FlujoDocumental.documento(id);

    ingresar(LEGAL_OGA);
    abrirTarea(id, 8);
    elegirLlave("Token criptográfico (PKCS#11)");
    escribir("tarea:pin", PIN);
    navegador.findElement(By.id("tarea:completar")).click();
    WebElement error =
        new WebDriverWait(navegador, FIRMA)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(error.getText().contains("Miguel Castillo León"), error::getText);
    assertTrue(error.getText().contains("no de usted"), error::getText);
    captura("token-03-token-ajeno");
    assertEquals(antes, FlujoDocumental.documento(id), "nothing signed");

    // signing on the client: the page says how, and there is nothing to click
    elegirLlave("Firma en el cliente");
    WebElement cliente =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("tarea:firma-cliente")));
    assertTrue(cliente.getText().contains("/firma-externa"), cliente::getText);
    assertTrue(cliente.getText().contains("/completar"), cliente::getText);
    assertTrue(
        navegador
            .findElement(By.id("documentacion-api"))
            .getAttribute("href")
            .endsWith("/openapi"));
    assertTrue(navegador.findElements(By.id("tarea:completar")).isEmpty());
    captura("token-04-firma-en-el-cliente");
    salir();
  }

  // ------------------------------------------------------------------ helpers

  private static void abrirTarea(long documentoId, int actividad) {
    String tarea =
        FlujoDocumental.tareaDelDocumento(
            actividad == 8 ? LEGAL_OGA : DIRECTOR_OTI, documentoId, actividad);
    navegador.get(base() + "/tarea.xhtml?id=" + tarea);
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
  }

  /** Clicks the key's radio and waits for the part of the form it shows. */
  private static void elegirLlave(String etiqueta) {
    WebElement label =
        navegador.findElements(By.cssSelector("[id='tarea:llave'] label")).stream()
            .filter(l -> l.getText().equals(etiqueta))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no key option " + etiqueta));
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", label);
    label.click();
    By parte =
        etiqueta.startsWith("Token")
            ? By.id("tarea:pin")
            : etiqueta.startsWith("Firma en el cliente")
                ? By.id("tarea:firma-cliente")
                : By.id("tarea:completar");
    espera.until(ExpectedConditions.visibilityOfElementLocated(parte));
  }
}
