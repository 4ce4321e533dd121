package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.SECRETARIA_OGA;
import static pe.gob.minem.tramite.it.Portal.get;
import static pe.gob.minem.tramite.it.Portal.postJson;
import static pe.gob.minem.tramite.it.Portal.registrarValido;
import static pe.gob.minem.tramite.it.Portal.tarea;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bell and the task page's MAPRO card in Chromium (ADR 0036): the header's button says how many
 * lines are new, in its text and its accessible name; opening it lists the new step and leaves 0;
 * the task page shows the activity's text from the MAPRO, its responsable, and who acts next.
 */
class AvisosNavegadorIT extends PruebaEnNavegador {

  private static final Pattern CUENTA = Pattern.compile("Avisos: (\\d+)");

  /**
   * The engine's clock is real: moved by an earlier test, a frozen clock would give the new step
   * the very instant the bell was opened at (seen in the run of 2026-12-02: left at an earlier
   * test's moved time after its reset).
   */
  @BeforeEach
  void relojReal() {
    Portal.relojReal();
  }

  @Test
  void laCampanaCuentaLoNuevoYLaTareaDiceQuienSigue() {
    assertEquals(204, postJson(SECRETARIA_OGA, "/avisos/vistos", null).status());
    String numero =
        registrarValido("Campana en la página " + UUID.randomUUID()).path("numero").asText();
    long nuevos = get(SECRETARIA_OGA, "/avisos").json().path("nuevos").asLong();
    assertTrue(nuevos >= 1, "la tarea nueva cuenta");

    ingresar(SECRETARIA_OGA);
    var boton = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("campana:abrir")));
    Matcher m = CUENTA.matcher(boton.getText());
    assertTrue(m.find(), boton::getText);
    assertEquals(nuevos, Long.parseLong(m.group(1)), boton::getText);
    String nombre = boton.getAttribute("aria-label");
    assertTrue(nombre.startsWith("Avisos: " + nuevos + " nuevo"), nombre);
    assertTrue(
        nombre.contains(boton.getText().strip()), "el nombre accesible contiene el texto visible");
    assertEquals("false", boton.getAttribute("aria-expanded"));
    captura("avisos-01-campana");

    boton.click();
    var linea =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@id='campana:lista']//li[contains(., '" + numero + "')]")));
    assertTrue(linea.getText().contains("nuevo"), linea::getText);
    espera.until(ExpectedConditions.textToBe(By.id("campana:abrir"), "Avisos: 0"));
    assertEquals(
        "true", navegador.findElement(By.id("campana:abrir")).getAttribute("aria-expanded"));
    captura("avisos-02-lista");
    assertEquals(
        0, get(SECRETARIA_OGA, "/avisos").json().path("nuevos").asLong(), "quedaron vistos");

    linea.findElement(By.tagName("a")).click();
    var guia = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("guia-mapro")));
    assertTrue(
        navegador
            .findElement(By.id("descripcion-mapro"))
            .getText()
            .startsWith("Recibir, verificar, registrar en el SITRADOC"),
        guia::getText);
    assertTrue(
        navegador.findElement(By.id("responsable-mapro")).getText().contains("Secretaria"),
        guia::getText);
    String sigue = navegador.findElement(By.id("quien-sigue")).getText();
    assertTrue(sigue.contains("Actividad 2"), sigue);
    assertTrue(sigue.contains("Director General de Administración"), sigue);
    assertTrue(tarea(SECRETARIA_OGA, numero).path("id").asText().length() > 0);
    captura("avisos-03-tarea-con-el-mapro");
  }
}
