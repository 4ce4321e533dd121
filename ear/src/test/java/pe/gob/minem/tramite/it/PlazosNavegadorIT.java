package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.ADMIN;
import static pe.gob.minem.tramite.it.Portal.SECRETARIA_OGA;
import static pe.gob.minem.tramite.it.Portal.get;
import static pe.gob.minem.tramite.it.Portal.postJson;
import static pe.gob.minem.tramite.it.Portal.registrarValido;
import static pe.gob.minem.tramite.it.Portal.tarea;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Plazos as a person sees them in Chromium: the bandeja says until when the step may wait, the
 * notice of its last day appears at the top and is marked as read, and the expediente page lists
 * the step pending with its plazo. The engine's clock is moved by the tests' endpoint.
 */
class PlazosNavegadorIT extends PruebaEnNavegador {

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  @Test
  void elAvisoDelUltimoDiaApareceEnLaBandejaYElExpedienteMuestraSuPlazo() throws Exception {
    String asunto = "Plazos en la página " + UUID.randomUUID();
    String numero = registrarValido(asunto).path("numero").asText();
    Instant vence = Instant.parse(tarea(SECRETARIA_OGA, numero).path("venceElPaso").asText());
    var ahora =
        Instant.parse(
            postJson(ADMIN, "/pruebas/reloj?horas=0", null).json().path("ahora").asText());
    long horas = Duration.between(ahora, vence.minus(Duration.ofDays(1))).toHours() + 1;
    assertEquals(200, postJson(ADMIN, "/pruebas/reloj?horas=" + Math.max(1, horas), null).status());
    assertTrue(get(SECRETARIA_OGA, "/avisos").texto().contains(numero), "hay aviso");

    ingresar(SECRETARIA_OGA);
    navegador.findElement(By.id("nav-bandeja")).click();
    var aviso =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'aviso') and contains(., '" + numero + "')]")));
    assertTrue(aviso.getText().contains("Plazo por vencer"), aviso::getText);
    assertTrue(
        navegador.findElement(By.id("bandeja")).getText().contains("Este paso, hasta el"),
        "la bandeja dice hasta cuándo");
    captura("plazos-01-aviso-en-la-bandeja");
    aviso.findElement(By.tagName("button")).click();
    espera.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.xpath("//li[contains(@class,'aviso') and contains(., '" + numero + "')]")));

    navegador.get(Portal.base() + "/expediente.xhtml?numero=" + numero);
    var pendientes =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("pasos-pendientes")));
    assertTrue(pendientes.getText().contains("vence hoy"), pendientes::getText);
    captura("plazos-02-pasos-pendientes");
  }
}
