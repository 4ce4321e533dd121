package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
  private static final String CERTIFICADO_DEL_DIRECTOR = FlujoDocumental.CERTIFICADO_DEL_DIRECTOR;
  private static final Duration FIRMA = Duration.ofSeconds(120);

  private static String serieDelToken;
  private static Path softhsm2Util;
  private static Path pkcs11Tool;

  /** A fresh SoftHSM2 token with the director's current key and chain, then a new server key. */
  @BeforeAll
  static void llenarElToken() throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    assertNotNull(conf, "SOFTHSM2_CONF must be set for the tests and the server (ear/pom.xml)");
    Path libreria =
        HerramientaExterna.requerida(
            Path.of(System.getProperty("it.pkcs11.libreria", "/usr/lib/softhsm/libsofthsm2.so")),
            "softhsm2");
    softhsm2Util = HerramientaExterna.requerida("softhsm2-util", "softhsm2");
    pkcs11Tool = HerramientaExterna.requerida("pkcs11-tool", "opensc");

    FlujoDocumental.asegurarCertificadoValidoDelDirector();
    KeyStore ks = FlujoDocumental.llavesDelDirector();
    PrivateKey llave = (PrivateKey) ks.getKey("firma", "demo".toCharArray());
    Certificate[] cadena = ks.getCertificateChain("firma");
    serieDelToken = ((X509Certificate) cadena[0]).getSerialNumber().toString(16);

    Path confFile = Path.of(conf);
    Path tokens = confFile.resolveSibling("tokens");
    if (Files.exists(tokens)) {
      try (Stream<Path> walk = Files.walk(tokens)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tokens);
    Files.writeString(
        confFile,
        "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    ejecutar(
        softhsm2Util.toString(),
        "--init-token",
        "--free",
        "--label",
        "tramite-it",
        "--pin",
        PIN,
        "--so-pin",
        "97531");
    Path pem = confFile.resolveSibling("llave.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(llave.getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    try {
      ejecutar(
          softhsm2Util.toString(),
          "--import",
          pem.toString(),
          "--token",
          "tramite-it",
          "--label",
          "firma",
          "--id",
          "01",
          "--pin",
          PIN);
    } finally {
      Files.delete(pem);
    }
    for (int i = 0; i < cadena.length; i++) {
      Path der = confFile.resolveSibling("cert" + i + ".der");
      Files.write(der, cadena[i].getEncoded());
      ejecutar(
          pkcs11Tool.toString(),
          "--module",
          libreria.toString(),
          "--token-label",
          "tramite-it",
          "--login",
          "--pin",
          PIN,
          "--write-object",
          der.toString(),
          "--type",
          "cert",
          "--id",
          "0" + (i + 1),
          "--label",
          i == 0 ? "firma" : "ca" + i);
    }
    // the portal's own key for him is now another one: only the token signs with serieDelToken
    Respuesta nueva = postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of());
    assertEquals(201, nueva.status(), nueva::toString);
    assertNotEquals(serieDelToken, nueva.json().path("serie").asText());
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
        seriesDeLaFirma(pdf).contains(serieDelToken),
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

  /** Serial numbers (hex) of the certificates inside the PDF's signature (its CMS SignedData). */
  private static List<String> seriesDeLaFirma(byte[] pdf) throws Exception {
    Matcher m =
        Pattern.compile("/Contents\\s*<([0-9A-Fa-f]+)>")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    assertTrue(m.find(), "no signature in the PDF");
    // the DER SignedData is read by its own length: the zero padding after it is ignored
    byte[] cms = HexFormat.of().parseHex(m.group(1));
    List<String> series = new ArrayList<>();
    for (Certificate c :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(cms))) {
      series.add(((X509Certificate) c).getSerialNumber().toString(16));
    }
    return series;
  }

  private static void ejecutar(String... orden) throws Exception {
    Process p = new ProcessBuilder(orden).redirectErrorStream(true).start();
    String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", orden));
    assertEquals(0, p.exitValue(), () -> orden[0] + ": " + salida);
  }
}
