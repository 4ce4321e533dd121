package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P/OGA-TI-04 in a real headless Chromium, through the generic task page: the Director de TI
 * assigns the requirement, the Coordinador chooses internal development and the analyst (a decision
 * and a person of one cargo), the analyst drafts the Acta de pase a producción with the date and
 * time of the pase, the área usuaria and the Director sign it in parallel (the área usuaria first),
 * and the acta's code opens the public verification page with both signatures valid. The steps in
 * between (evaluation, development, P/OGA-TI-05) go through the API.
 */
class DesarrolloDeSistemasNavegadorIT extends PruebaEnNavegador {

  private static final Duration FIRMA = Duration.ofSeconds(120);

  @Test
  void hastaElActaDePaseConSusDosFirmasYSuVerificacionPublica() throws Exception {
    String n = registrarPublico("Sistema de fiscalización minera");

    // the Director de TI starts P/OGA-TI-04 from the expediente's page
    ingresar(DIRECTOR_OTI);
    navegador.get(base() + "/expediente.xhtml?numero=" + n);
    WebElement resumen =
        espera.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='procedimiento'] summary")));
    resumen.click();
    elegir("procedimiento:codigo", "P/OGA-TI-04");
    elegir("procedimiento:area", "Dirección General de Minería");
    captura("ti04-00-iniciar");
    navegador.findElement(By.id("procedimiento:iniciar")).click();
    WebElement iniciado =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(iniciado.getText().contains("P/OGA-TI-04"), iniciado::getText);
    atender(n, 1, "ti04-01-revisar", () -> {});
    salir();
    paso(COORDINADOR, n, TI04, 2, "evaluacion", "El equipo de la OTI puede desarrollarlo.");

    ingresar(COORDINADOR);
    atender(
        n,
        3,
        "ti04-03-asignar",
        () -> {
          radio("tarea:decision", 0); // Desarrollo interno
          elegir("tarea:responsable", "Andrea Flores");
        });
    salir();

    desarrolloInternoHastaLaSolicitudDePruebas(n);
    pruebasConformes(n);

    ingresar(ANALISTA_OTI);
    atender(
        n,
        19,
        "ti04-19-acta",
        () -> {
          campo("sistema", "Sistema de fiscalización minera");
          campo("version", "1.0");
          campo("fechaPase", "2026-12-18");
          campo("horaPase", "21:15");
        });
    salir();
    JsonNode acta = entregable(n, "Acta de pase a producción");
    String codigo = acta.path("codigoVerificacion").asText();

    // the two signatures in parallel: the área usuaria first, then the Director
    ingresar(REPRESENTANTE_DGM);
    atender(n, 21, "ti04-21-firma-area-usuaria", () -> vistaPrevia());
    salir();
    ingresar(DIRECTOR_OTI);
    atender(n, 20, "ti04-20-firma-director", () -> vistaPrevia());
    salir();

    JsonNode firmado = FlujoDocumental.documento(acta.path("id").asLong());
    assertEquals(List.of("SUSCRIPCION", "SUSCRIPCION"), FlujoDocumental.firmasVigentes(firmado));
    byte[] pdf = FlujoDocumental.contenido(acta.path("id").asLong());
    assertEquals(2, FlujoDocumental.firmasValidasSegunPdfsig(pdf), "pdfsig: dos firmas");
    assertTrue(tareaDe(ANALISTA_OTI, n, TI04, 22).isPresent(), "con ambas firmas sigue la 22");

    // the public verification, without a session
    navegador.get(base() + "/verificar.xhtml?codigo=" + codigo);
    WebElement verificado =
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("documento-verificado")));
    captura("ti04-22-verificacion-publica");
    assertEquals(
        2,
        verificado.findElements(By.cssSelector(".tabla-firmas tbody tr")).size(),
        verificado::getText);
    assertTrue(
        !verificado.findElements(By.cssSelector(".nota-validacion .insignia.valida")).isEmpty(),
        verificado::getText);
  }

  /** Opens the step from the bandeja, does what it asks and completes it. */
  private static void atender(String numero, int actividad, String captura, Runnable pedido) {
    navegador.get(base() + "/bandeja.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeja:tareas")));
    escribir("bandeja:texto", numero);
    WebElement tabla = navegador.findElement(By.id("bandeja:tareas"));
    navegador.findElement(By.id("bandeja:filtrar")).click();
    espera.until(ExpectedConditions.stalenessOf(tabla));
    WebElement fila =
        espera.until(
            d ->
                d.findElements(By.cssSelector("[id='bandeja:tareas'] tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(numero) && tr.getText().contains(TI04))
                    .filter(
                        tr ->
                            tr.findElements(By.cssSelector(".tarea-actividad")).stream()
                                .anyMatch(
                                    s ->
                                        String.valueOf(actividad)
                                            .equals(s.getAttribute("data-actividad"))))
                    .findFirst()
                    .orElse(null));
    fila.findElement(By.cssSelector(".boton-atender a")).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
    pedido.run();
    captura(captura);
    navegador.findElement(By.id("tarea:completar")).click();
    new WebDriverWait(navegador, FIRMA).until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    WebElement mensaje =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(mensaje.getText().contains(numero), mensaje::getText);
  }

  /** Types into the field the step declares (dates and times as the browser's inputs take them). */
  private static void campo(String nombre, String valor) {
    WebElement e = navegador.findElement(By.cssSelector("[data-campo='" + nombre + "']"));
    String tipo = e.getAttribute("type");
    if ("date".equals(tipo) || "time".equals(tipo)) {
      ((JavascriptExecutor) navegador).executeScript("arguments[0].value = arguments[1]", e, valor);
    } else {
      e.clear();
      e.sendKeys(valor);
    }
  }

  /** A signing step shows what it will stamp, and the PDF to sign in the page. */
  private static void vistaPrevia() {
    WebElement previa = navegador.findElement(By.id("vista-previa-firma"));
    ((JavascriptExecutor) navegador).executeScript("arguments[0].scrollIntoView()", previa);
    assertTrue(previa.getText().contains("PAdES"), previa::getText);
    assertEquals(
        1,
        navegador.findElements(By.cssSelector("[id='documento-de-la-tarea'] iframe")).size(),
        "el acta se ve en la tarea");
  }
}
