package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.ADMIN;
import static pe.gob.minem.tramite.it.Portal.registrarValido;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator verifies the audit chain on its page in Chromium: the chain is intact, and the
 * page says how many checkpoints it was compared with, how many are signed, and when the latest
 * signed one was taken (the verification before took it).
 */
class AuditoriaNavegadorIT extends PruebaEnNavegador {

  private static String verificar() {
    navegador.findElement(By.id("auditoria:verificar")).click();
    return espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("puntos"))).getText();
  }

  @Test
  void laVerificacionDiceLosPuntosDeControlFirmadosYElUltimo() {
    registrarValido("Auditoría en la página " + UUID.randomUUID());
    ingresar(ADMIN);
    navegador.get(Portal.base() + "/admin/auditoria.xhtml");
    verificar();
    espera.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("mensajes"), "La cadena está intacta"));
    navegador.get(Portal.base() + "/admin/auditoria.xhtml");
    String puntos = verificar();
    captura("auditoria-01-verificacion");
    assertTrue(puntos.startsWith("Puntos de control: "), puntos);
    assertTrue(puntos.contains("firmados y válidos: "), puntos);
    assertTrue(puntos.contains("(el último firmado: "), puntos);
    assertTrue(navegador.findElements(By.id("auditoria:sinSello")).isEmpty(), "aviso sin sello");
    salir();
  }
}
