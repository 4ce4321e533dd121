package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole journey of P/OGA-TI-01 in a real headless Chromium: the Secretaria de Administración
 * registers an expediente with a PDF and downloads its cargo de recepción; each role completes its
 * step from its bandeja; the analyst finds it in his bandeja; the hoja de ruta shows the six
 * activities.
 */
class RecorridoNavegadorIT extends PruebaEnNavegador {

  @Test
  void unExpedienteRegistradoLlegaAlResponsableConSuHojaDeRuta() throws Exception {
    // 1. mesa de partes
    ingresar(Portal.SECRETARIA_OGA);
    navegador.get(Portal.base() + "/registrar.xhtml");
    escribir(
        "registro:asunto",
        "Solicitud de acceso a la información sobre el inventario de servidores");
    escribir("registro:remitente", "Carlos Ramos Tello");
    escribir("registro:numero-identidad", "45871236");
    escribir("registro:numero-documento", "S/N-2026-117");
    Path pdf = Files.createTempFile("solicitud", ".pdf");
    Files.write(pdf, Documentos.pdf("Solicitud de acceso a la información"));
    navegador.findElement(By.id("registro:archivos")).sendKeys(pdf.toAbsolutePath().toString());
    navegador.findElement(By.id("registro:registrar")).click();
    String numero =
        espera
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-registrado")))
            .getText();
    assertTrue(numero.matches("EXP-\\d{4}-\\d{6}"), numero);
    captura("01-registrado");

    // the cargo de recepción, fetched with the browser's own session
    String enlace = navegador.findElement(By.id("descargar-cargo")).getAttribute("href");
    @SuppressWarnings("unchecked")
    Map<String, Object> cargo =
        (Map<String, Object>)
            ((JavascriptExecutor) navegador)
                .executeAsyncScript(
                    "const listo = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => listo({status: r.status,"
                        + " tipo: r.headers.get('content-type'), inicio: String.fromCharCode(...new Uint8Array(b).slice(0, 5)),"
                        + " tamano: b.byteLength})));",
                    enlace);
    assertEquals(200L, cargo.get("status"));
    assertTrue(String.valueOf(cargo.get("tipo")).startsWith("application/pdf"), cargo.toString());
    assertEquals("%PDF-", cargo.get("inicio"));

    // 2. each role completes its step from its bandeja
    completarDesdeLaBandeja(numero, 1, Map.of());
    salir();
    ingresar(Portal.DIRECTOR_OGA);
    completarDesdeLaBandeja(numero, 2, Map.of("tarea:unidad", "(OTI)"));
    salir();
    ingresar(Portal.SECRETARIA_OGA);
    completarDesdeLaBandeja(numero, 3, Map.of());
    salir();
    ingresar(Portal.SECRETARIA_OTI);
    completarDesdeLaBandeja(numero, 4, Map.of());
    salir();
    ingresar(Portal.DIRECTOR_OTI);
    completarDesdeLaBandeja(numero, 5, Map.of("tarea:responsable", "Andrea Flores"));
    salir();
    ingresar(Portal.SECRETARIA_OTI);
    completarDesdeLaBandeja(numero, 6, Map.of());
    salir();

    // 3. the responsable finds it in his bandeja
    ingresar(Portal.ANALISTA_OTI);
    WebElement fila = filaDeLaBandeja(numero);
    assertTrue(fila.getText().contains("Atender el expediente"), fila.getText());
    captura("08-bandeja-responsable");

    // 4. the hoja de ruta shows all six activities of P/OGA-TI-01
    navegador.get(Portal.base() + "/expediente.xhtml?numero=" + numero);
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("hoja-de-ruta")));
    List<String> actividades =
        navegador.findElements(By.cssSelector("#hoja-de-ruta .actividad-mapro")).stream()
            .map(WebElement::getText)
            .toList();
    for (int a = 1; a <= 6; a++) {
      assertTrue(
          actividades.contains(String.valueOf(a)), "falta la actividad " + a + ": " + actividades);
    }
    assertEquals("En atención", navegador.findElement(By.id("estado")).getText());
    assertTrue(navegador.findElement(By.id("responsable")).getText().contains("Andrea Flores"));
    captura("09-expediente");
  }

  private static void completarDesdeLaBandeja(
      String numero, int actividad, Map<String, String> selecciones) {
    WebElement fila = filaDeLaBandeja(numero);
    String texto =
        fila.findElement(By.cssSelector(".tarea-actividad")).getAttribute("data-actividad");
    assertEquals(String.valueOf(actividad), texto, "actividad pendiente en la bandeja");
    fila.findElement(By.cssSelector(".boton-atender a")).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
    selecciones.forEach(RecorridoNavegadorIT::elegir);
    escribir("tarea:instruccion", "Actividad " + actividad + " atendida desde el navegador");
    captura(String.format("%02d-actividad-%d", actividad + 1, actividad));
    navegador.findElement(By.id("tarea:completar")).click();
    espera.until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    espera.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
  }

  private static WebElement filaDeLaBandeja(String numero) {
    navegador.get(Portal.base() + "/bandeja.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    // other tests leave many tasks behind: find it the way a secretary would, by its number
    escribir("bandeja:texto", numero);
    WebElement tabla = navegador.findElement(By.id("bandeja:tareas"));
    navegador.findElement(By.id("bandeja:filtrar")).click();
    espera.until(ExpectedConditions.stalenessOf(tabla));
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    return navegador.findElements(By.cssSelector("[id='bandeja:tareas'] tbody tr")).stream()
        .filter(tr -> tr.getText().contains(numero))
        .findFirst()
        .orElseThrow(() -> new AssertionError(numero + " no está en la bandeja"));
  }
}
