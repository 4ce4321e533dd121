package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person who cannot use a mouse: registration at mesa de partes and a V°B° done with the keyboard
 * alone — Tab to move, typing, Enter to act. Every control reached shows where the focus is (WCAG
 * 2.4.7), the first Tab of a page lands on the «Saltar al contenido» link and it takes the focus
 * into the page's content (2.4.1), and the controls come in the order of the form (2.4.3): each is
 * reached from the previous one within a few Tabs.
 */
class TecladoNavegadorIT extends PruebaEnNavegador {

  /** Whether the focused control, or the PrimeFaces widget it belongs to, shows a focus ring. */
  private static final String FOCO_VISIBLE =
      """
      var marcado = function (x) {
        if (!x) return false;
        var s = getComputedStyle(x);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1)
            || (s.boxShadow && s.boxShadow !== 'none');
      };
      var e = document.activeElement;
      if (!e || e === document.body) return false;
      if (marcado(e)) return true;
      var w = e.closest('.ui-selectonemenu, .ui-radiobutton, .ui-chkbox, .ui-inputnumber, .ui-calendar');
      return !!w && (marcado(w) || marcado(w.querySelector('.ui-state-focus')));
      """;

  @Test
  void unExpedienteSeRegistraSoloConElTeclado() throws Exception {
    ingresarConElTeclado(SECRETARIA_OGA);

    // the menu, from the top of the page
    ((JavascriptExecutor) navegador).executeScript("document.activeElement.blur()");
    tabularHasta("nav-registrar", 40);
    teclas(Keys.ENTER);
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("registro:asunto")));

    // the skip link is the first stop and leads into the content; then the form, field after field
    saltarAlContenido();
    tabularHasta("registro:asunto", 10);
    String asunto = "Solicitud registrada con el teclado " + UUID.randomUUID();
    teclas(asunto);
    tabularHasta("registro:remitente", 8);
    teclas("Lucía Paredes Rojas");
    tabularHasta("registro:numero-identidad", 8);
    teclas("45012389");
    tabularHasta("registro:numero-documento", 8);
    teclas("Carta 15-2026");
    tabularHasta("registro:archivos", 12);
    Path pdf = Files.createTempFile("teclado", ".pdf");
    Files.write(pdf, Documentos.pdf("Solicitud presentada por una persona que usa el teclado"));
    // the file chooser is the operating system's: what it returns is typed into the input
    enFoco().sendKeys(pdf.toAbsolutePath().toString());
    tabularHasta("registro:registrar", 8);
    captura("teclado-01-registrar");
    teclas(Keys.ENTER);
    String numero =
        espera
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-registrado")))
            .getText();
    assertTrue(numero.matches("EXP-\\d{4}-\\d{6}"), numero);
    JsonNode registrado = get(SECRETARIA_OGA, "/expedientes/" + numero).json();
    assertEquals(asunto, registrado.path("asunto").asText(), registrado::toString);
    captura("teclado-02-registrado");
    salirConElTeclado();
  }

  @Test
  void unVistoBuenoSeDaSoloConElTeclado() {
    String asunto = "Informe para V°B° con el teclado " + UUID.randomUUID();
    long id = FlujoDocumental.documentoHastaElVistoBuenoDelDirector(asunto);
    String numero = FlujoDocumental.documento(id).path("numeroExpediente").asText();

    ingresarConElTeclado(DIRECTOR_OTI);
    saltarAlContenido();
    tabularHasta("bandeja:texto", 80);
    teclas(numero);
    tabularHasta("bandeja:filtrar", 10);
    WebElement tabla = navegador.findElement(By.id("bandeja:tareas"));
    teclas(Keys.ENTER);
    espera.until(ExpectedConditions.stalenessOf(tabla));
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    // the «Atender» link of the expediente's row at act. 5
    tabularHasta(
        e ->
            e.getTagName().equals("a")
                && (Boolean)
                    ((JavascriptExecutor) navegador)
                        .executeScript(
                            "var tr = arguments[0].closest('tr');"
                                + " return !!arguments[0].closest('.boton-atender') && !!tr"
                                + " && tr.textContent.indexOf(arguments[1]) >= 0"
                                + " && !!tr.querySelector('.tarea-actividad[data-actividad=\"5\"]');",
                            e,
                            numero),
        "el enlace «Atender» de la actividad 5 de " + numero,
        80);
    teclas(Keys.ENTER);
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("tarea:completar")));
    saltarAlContenido();
    tabularHasta("tarea:completar", 80);
    assertEquals("Dar V°B° y continuar", enFoco().getText());
    captura("teclado-03-visto-bueno");
    teclas(Keys.ENTER);
    new WebDriverWait(navegador, Duration.ofSeconds(120))
        .until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    WebElement mensaje =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(mensaje.getText().contains(numero), mensaje::getText);
    JsonNode documento = FlujoDocumental.documento(id);
    assertEquals(
        List.of("VISTO_BUENO"), FlujoDocumental.firmasVigentes(documento), documento::toString);
    salirConElTeclado();
  }

  // ------------------------------------------------------------------ the keyboard

  private static void ingresarConElTeclado(String usuario) {
    navegador.get(base() + "/login.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("login:usuario")));
    tabularHasta("login:usuario", 15);
    teclas(usuario);
    tabularHasta("login:clave", 4);
    teclas(CLAVE, Keys.ENTER);
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("usuario-actual")));
  }

  private static void salirConElTeclado() {
    ((JavascriptExecutor) navegador).executeScript("document.activeElement.blur()");
    tabularHasta("salida:salir", 15);
    teclas(Keys.ENTER);
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("login:usuario")));
  }

  /** From the top of the page: the first Tab shows the skip link, Enter moves into the content. */
  private static void saltarAlContenido() {
    ((JavascriptExecutor) navegador)
        .executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
    teclas(Keys.TAB);
    WebElement saltar = enFoco();
    assertEquals("saltar", saltar.getAttribute("class"), "el primer Tab: " + describir(saltar));
    assertTrue(
        saltar.isDisplayed() && saltar.getRect().getX() >= 0, "el enlace se ve al enfocarlo");
    assertFocoVisible();
    teclas(Keys.ENTER);
    teclas(Keys.TAB);
    assertTrue(
        (Boolean)
            ((JavascriptExecutor) navegador)
                .executeScript("return !!document.activeElement.closest('#contenido')"),
        "tras «Saltar al contenido», el foco está en el contenido: " + describir(enFoco()));
  }

  private static void tabularHasta(String id, int maximo) {
    tabularHasta(e -> id.equals(e.getAttribute("id")), "#" + id, maximo);
  }

  /**
   * Presses Tab until the focused element is the one wanted (if it is not already), at most {@code
   * maximo} times, checking at each stop that the focus can be seen.
   */
  private static void tabularHasta(Predicate<WebElement> buscado, String que, int maximo) {
    List<String> recorrido = new ArrayList<>();
    if (buscado.test(enFoco())) {
      assertFocoVisible();
      return;
    }
    for (int i = 0; i < maximo; i++) {
      teclas(Keys.TAB);
      WebElement e = enFoco();
      recorrido.add(describir(e));
      if (enElVisorPdf()) {
        continue; // the browser's own PDF viewer: its controls and focus are Chromium's
      }
      assertFocoVisible();
      if (buscado.test(e)) {
        return;
      }
    }
    throw new AssertionError(
        que + " no se alcanzó con " + maximo + " Tab; el foco pasó por: " + recorrido);
  }

  /**
   * Whether the focus is inside the page's PDF viewer (an iframe showing the document): the page
   * reports the iframe, or its body while Chromium's viewer frames take the focus.
   */
  private static boolean enElVisorPdf() {
    return (Boolean)
        ((JavascriptExecutor) navegador)
            .executeScript(
                "var a = document.activeElement;"
                    + " return !!document.querySelector('iframe.visor-pdf')"
                    + " && (a === document.body || (a && a.tagName === 'IFRAME'));");
  }

  private static void assertFocoVisible() {
    assertTrue(
        (Boolean) ((JavascriptExecutor) navegador).executeScript(FOCO_VISIBLE),
        () -> "el foco no se ve en " + describir(enFoco()));
  }

  private static WebElement enFoco() {
    return navegador.switchTo().activeElement();
  }

  private static void teclas(CharSequence... teclas) {
    new Actions(navegador).sendKeys(teclas).perform();
  }

  private static String describir(WebElement e) {
    String id = e.getAttribute("id");
    String texto = e.getText();
    return e.getTagName()
        + (id == null || id.isEmpty() ? "" : "#" + id)
        + (texto == null || texto.isBlank()
            ? ""
            : "«" + texto.substring(0, Math.min(30, texto.length())) + "»");
  }
}
