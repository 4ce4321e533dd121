package pe.gob.minem.tramite.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * axe-core's WCAG 2.1 A and AA rules run in the browser tests' Chromium on every state of a page
 * (and a look for enum constants shown to a person where words belong) the tests reach: a new page,
 * an opened dialog or menu, messages shown, another tab. The state is looked at before each
 * interaction (when the test has waited for what it needed, so the page has settled), after each
 * navigation and at each screenshot; a state already checked in this run is not checked again. The
 * violations found are kept for the test in progress, which {@link PruebaEnNavegador} fails after
 * it ends.
 */
final class Accesibilidad implements WebDriverListener {

  private static final String AXE = leerAxe();

  /**
   * What identifies a state: the page, the dialogs, overlays and messages visible, the selected
   * tab, the main heading and how many controls are visible. Null while the page is loading or an
   * AJAX request is under way.
   */
  private static final String CLAVE =
      """
      if (document.readyState !== 'complete') return null;
      if (window.jQuery && window.jQuery.active > 0) return null;
      var visible = function (e) { return !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); };
      var partes = [location.pathname];
      document.querySelectorAll('[role=dialog], .ui-dialog, .ui-overlaypanel, .ui-selectonemenu-panel,'
          + ' .ui-autocomplete-panel, .ui-datepicker, .ui-messages-error, .ui-messages-info,'
          + ' .ui-messages-warn, .ui-message-error, .ui-growl-item, [role=alert]')
        .forEach(function (e) { if (visible(e)) partes.push(e.id || e.className.split(' ')[0]); });
      document.querySelectorAll('[role=tab][aria-selected=true]')
        .forEach(function (e) { partes.push('pestaña:' + e.textContent.trim()); });
      var h1 = document.querySelector('h1');
      if (h1) partes.push(h1.textContent.trim());
      var controles = 0;
      document.querySelectorAll('input, select, textarea, button, a[href]')
        .forEach(function (e) { if (visible(e)) controles++; });
      partes.push('controles:' + controles);
      return partes.join(' | ');
      """;

  /**
   * axe's run, watched by a MutationObserver: when the page changed under it (a poll re-rendering a
   * form, a message appearing), what it says may be about nodes already gone — seen in CI as a
   * contrast "violation" of {@code :root} with the colours of a progress bar being replaced — so
   * the run reports the number of changes and its verdict is only taken from a still page.
   */
  private static final String EJECUTAR =
      """
      var listo = arguments[arguments.length - 1];
      var cambios = 0;
      var observador = new MutationObserver(function (m) { cambios += m.length; });
      observador.observe(document.documentElement,
          {subtree: true, childList: true, attributes: true, characterData: true});
      axe.run(document, {
          runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
          resultTypes: ['violations']})
        .then(function (r) {
          observador.disconnect();
          listo(JSON.stringify({cambios: cambios, violaciones: r.violations.map(function (v) {
            return {regla: v.id, impacto: v.impact, ayuda: v.help,
              nodos: v.nodes.slice(0, 6).map(function (n) {
                return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
              })};
          })}));
        })
        .catch(function (e) { observador.disconnect(); listo('ERROR ' + e); });
      """;

  /** Runs of one state discarded because the page changed under axe, before one is taken anyway. */
  private static final int DESCARTES_MAXIMOS = 3;

  /**
   * Words, not codes: the text of the page (not scripts, not attributes) must not show an enum
   * constant — any UPPER_CASE_WITH_UNDERSCORES, or one of the single-word constants of the states,
   * priorities, levels and roles. Returns each one found with the element that shows it.
   */
  private static final String CONSTANTES =
      """
      var sueltas = /\\b(REGISTRADO|ATENDIDO|DERIVADO|OBSERVADO|BORRADOR|SUSCRITO|NORMAL|URGENTE|PUBLICO|RESERVADO|CONFIDENCIAL|ANALISTA|DIRECTOR|SECRETARIA|ESPECIALISTA|COORDINADOR|OPERADOR|REPRESENTANTE|ENTIDAD|ADMINISTRADO)\\b/;
      var compuestas = /\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b/;
      var halladas = [];
      var t = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: function (n) {
          var p = n.parentElement;
          return p && !p.closest('script, style, noscript, template, textarea, code')
              ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
        }});
      var n;
      while ((n = t.nextNode()) && halladas.length < 8) {
        var m = n.textContent.match(compuestas) || n.textContent.match(sueltas);
        if (m) {
          var p = n.parentElement;
          halladas.push(m[0] + ' en <' + p.tagName.toLowerCase() + (p.id ? ' id=' + p.id : '')
              + '> «' + n.textContent.trim().slice(0, 80) + '»');
        }
      }
      return halladas;
      """;

  private static final Set<String> REVISADOS = new HashSet<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebDriver crudo;
  private final List<String> violaciones = new ArrayList<>();
  private boolean revisando;
  private int ejecuciones;
  private int descartadas;
  private final java.util.Map<String, Integer> descartesPorEstado = new java.util.HashMap<>();
  private long milisegundos;

  Accesibilidad(WebDriver crudo) {
    this.crudo = crudo;
  }

  /** Checks the page's present state if it has not been checked yet in this run. */
  void revisar() {
    if (revisando) {
      return;
    }
    revisando = true;
    try {
      JavascriptExecutor js = (JavascriptExecutor) crudo;
      Object clave = js.executeScript(CLAVE);
      if (!(clave instanceof String estado) || REVISADOS.contains(estado)) {
        return;
      }
      long inicio = System.nanoTime();
      if (!"object".equals(js.executeScript("return typeof window.axe"))) {
        js.executeScript(AXE);
      }
      Object resultado = js.executeAsyncScript(EJECUTAR);
      milisegundos += (System.nanoTime() - inicio) / 1_000_000;
      ejecuciones++;
      if (!(resultado instanceof String json) || json.startsWith("ERROR")) {
        return; // the page went away while axe ran: its next state will be checked
      }
      JsonNode salida = JSON.readTree(json);
      if (salida.path("cambios").asInt() > 0
          && descartesPorEstado.merge(estado, 1, Integer::sum) <= DESCARTES_MAXIMOS) {
        descartadas++;
        return; // the page changed while axe ran: this state is checked again at the next event
      }
      REVISADOS.add(estado);
      Object constantes = js.executeScript(CONSTANTES);
      if (constantes instanceof List<?> halladas) {
        for (Object h : halladas) {
          violaciones.add(estado + "\n    palabras, no códigos: " + h);
        }
      }
      for (JsonNode v : salida.path("violaciones")) {
        var texto = new StringBuilder();
        texto
            .append(estado)
            .append("\n    ")
            .append(v.path("regla").asText())
            .append(" (")
            .append(v.path("impacto").asText())
            .append("): ")
            .append(v.path("ayuda").asText());
        v.path("nodos").forEach(n -> texto.append("\n      ").append(n.asText()));
        violaciones.add(texto.toString());
      }
    } catch (WebDriverException | IOException pasajero) {
      // navigating away, an alert open, the window closing: nothing to check in that moment
    } finally {
      revisando = false;
    }
  }

  /** The violations found since the last call, emptied. */
  List<String> tomarViolaciones() {
    List<String> v = List.copyOf(violaciones);
    violaciones.clear();
    return v;
  }

  String resumen() {
    return "axe-core: "
        + ejecuciones
        + " análisis en "
        + milisegundos
        + " ms ("
        + descartadas
        + " descartados porque la página cambiaba durante el análisis)";
  }

  @Override
  public void afterGet(WebDriver driver, String url) {
    revisar();
  }

  @Override
  public void beforeFindElement(WebDriver driver, By locator) {
    revisar();
  }

  @Override
  public void beforeFindElements(WebDriver driver, By locator) {
    revisar();
  }

  @Override
  public void beforeClick(WebElement element) {
    revisar();
  }

  private static String leerAxe() {
    try (InputStream in = Accesibilidad.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js no está en el classpath de las pruebas");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
