package pe.gob.minem.tramite.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: a real headless Chromium driven through Debian's chromedriver (no
 * download of a browser), logging in and out as a demo person, typing, choosing in a PrimeFaces
 * menu, and screenshots under {@code target/capturas} to look at afterwards. Every state of a page
 * the test reaches is checked with axe-core ({@link Accesibilidad}); a violation fails the test.
 */
abstract class PruebaEnNavegador extends PruebaConElEar {

  static final Path CAPTURAS = Path.of("target", "capturas");

  static WebDriver navegador;
  static WebDriverWait espera;
  static Accesibilidad accesibilidad;

  @BeforeAll
  static void abrirNavegador() throws Exception {
    Path chromium =
        HerramientaExterna.requerida(
            Path.of(System.getProperty("it.chromium", "/usr/bin/chromium")), "chromium");
    Path chromedriver =
        HerramientaExterna.requerida(
            Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")),
            "chromium-driver");
    Portal.esperarListo();
    var opciones = new ChromeOptions();
    opciones.setBinary(chromium.toString());
    opciones.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1400",
        "--lang=es-PE");
    var servicio =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    WebDriver crudo = new ChromeDriver(servicio, opciones);
    accesibilidad = new Accesibilidad(crudo);
    navegador = new EventFiringDecorator<>(WebDriver.class, accesibilidad).decorate(crudo);
    espera = new WebDriverWait(navegador, Duration.ofSeconds(30));
    Files.createDirectories(CAPTURAS);
  }

  /** A test fails when a page it reached breaks a WCAG 2.1 A or AA rule that axe-core checks. */
  @AfterEach
  void sinViolacionesDeAccesibilidad() {
    if (accesibilidad == null) {
      return;
    }
    accesibilidad.revisar();
    List<String> violaciones = accesibilidad.tomarViolaciones();
    if (!violaciones.isEmpty()) {
      Assertions.fail(
          "axe-core (WCAG 2.1 A/AA) encontró "
              + violaciones.size()
              + " violaciones:\n  "
              + String.join("\n  ", violaciones));
    }
  }

  @AfterAll
  static void cerrarNavegador() {
    if (accesibilidad != null) {
      System.out.println(accesibilidad.resumen());
    }
    if (navegador != null) {
      navegador.quit();
    }
  }

  /**
   * Chooses the option whose label contains the text in a PrimeFaces select menu, the way a person
   * does (open, click the option), and waits until the menu shows it. A click that lands while the
   * panel is still animating, or lands on the page's header, is tried again (up to three times).
   */
  static void elegir(String idMenu, String etiqueta) {
    var corta = new WebDriverWait(navegador, Duration.ofSeconds(5));
    for (int intento = 1; ; intento++) {
      WebElement menu = navegador.findElement(By.id(idMenu));
      // in the middle of the window, so that neither the menu nor its panel opens under the header
      ((org.openqa.selenium.JavascriptExecutor) navegador)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
      menu.click();
      WebElement panel =
          espera.until(ExpectedConditions.visibilityOfElementLocated(By.id(idMenu + "_panel")));
      WebElement opcion =
          panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
              .filter(li -> li.getText().contains(etiqueta))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no hay opción «" + etiqueta + "» en " + idMenu));
      try {
        corta.until(ExpectedConditions.elementToBeClickable(opcion)).click();
      } catch (org.openqa.selenium.ElementNotInteractableException tapada) {
        // the panel opened under the page's header band, or was still sliding open, when the
        // click came (both seen in CI: "click intercepted", "element not interactable"): the
        // option is there for the script, click it where it is (scrolling would close the panel)
        ((org.openqa.selenium.JavascriptExecutor) navegador)
            .executeScript("arguments[0].click();", opcion);
      }
      try {
        corta.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id(idMenu + "_label"), etiqueta));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (intento == 3) {
          throw e;
        }
      }
    }
  }

  static void ingresar(String usuario) {
    navegador.get(Portal.base() + "/login.xhtml");
    escribir("login:usuario", usuario);
    escribir("login:clave", Portal.CLAVE);
    navegador.findElement(By.id("login:ingresar")).click();
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("usuario-actual")));
  }

  static void salir() {
    navegador.findElement(By.id("salida:salir")).click();
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("login:usuario")));
  }

  static void escribir(String id, String texto) {
    WebElement e = espera.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    e.clear();
    e.sendKeys(texto);
  }

  static void captura(String nombre) {
    try {
      Files.write(
          CAPTURAS.resolve(nombre + ".png"),
          ((TakesScreenshot) navegador).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      // a screenshot is a help to look at, not part of the assertion
    }
    accesibilidad.revisar();
  }

  /** Clicks the n-th option of a PrimeFaces radio group and checks it took. */
  static void radio(String id, int opcion) {
    String input = id + ":" + opcion;
    navegador.findElement(By.cssSelector("label[for='" + input + "']")).click();
    Object elegido =
        ((org.openqa.selenium.JavascriptExecutor) navegador)
            .executeScript("return document.getElementById(arguments[0]).checked", input);
    if (!Boolean.TRUE.equals(elegido)) {
      navegador
          .findElement(By.id(input))
          .findElement(By.xpath("ancestor::div[contains(@class,'ui-radiobutton')][1]"))
          .findElement(By.cssSelector(".ui-radiobutton-box"))
          .click();
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        Boolean.TRUE,
        ((org.openqa.selenium.JavascriptExecutor) navegador)
            .executeScript("return document.getElementById(arguments[0]).checked", input),
        input);
  }
}
