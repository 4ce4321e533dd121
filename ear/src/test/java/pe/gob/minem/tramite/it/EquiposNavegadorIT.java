package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The equipment inventory's page in Chromium (ADR 0030): the Operador de Mesa de Ayuda finds it in
 * the menu, searches, uploads a CSV with a bad row and reads the report's table, and opens an
 * item's history; usuario.area sees only her own items, without the OTI's forms.
 */
class EquiposNavegadorIT extends PruebaEnNavegador {

  @Test
  void laOtiImportaUnCsvYLeeElInformeYOtraPersonaSoloVeSusEquipos() throws Exception {
    String p = String.format("NV%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Path csv = Files.createTempFile("equipos", ".csv");
    Files.writeString(
        csv,
        "codigo_patrimonial;tipo;marca;usuario;garantia_hasta\n"
            + p
            + "-01;Laptop;Lenovo;usuario.area;31/12/2099\n"
            + p
            + "-02;Tablet;Samsung;;\n",
        StandardCharsets.UTF_8);

    ingresar("operador.oti");
    navegador.findElement(By.id("nav-equipos")).click();
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("equipos:lista")));
    assertTrue(navegador.findElement(By.id("equipos:lista")).getText().contains("740880370020"));

    navegador.findElement(By.id("importacion:archivo")).sendKeys(csv.toAbsolutePath().toString());
    navegador.findElement(By.id("importacion:importar")).click();
    String resumen =
        espera
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("resumen-importacion")))
            .getText();
    assertTrue(resumen.contains("equipos nuevos: 1"), resumen);
    String errores = navegador.findElement(By.id("importacion:errores")).getText();
    assertTrue(errores.contains("Tipo de equipo desconocido: «Tablet»"), errores);
    assertTrue(errores.contains("3"), errores);
    captura("equipos-01-importacion");

    escribir("equipos:q", p);
    navegador.findElement(By.id("equipos:buscar")).click();
    espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "de 1."));
    String fila = navegador.findElement(By.id("equipos:lista")).getText();
    assertTrue(fila.contains("31/12/2099 (vigente)"), fila);
    navegador
        .findElement(By.cssSelector("[aria-label='Ver el equipo " + p + "-01 y su historia']"))
        .click();
    String historia =
        espera
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("equipos:historia")))
            .getText();
    assertTrue(historia.contains("Registro en el inventario"), historia);
    captura("equipos-02-historia");
    salir();

    ingresar("usuario.area");
    assertTrue(
        navegador.findElements(By.id("nav-equipos")).isEmpty(), "sin enlace fuera de la OTI");
    navegador.get(Portal.base() + "/equipos.xhtml");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("equipos:lista")));
    escribir("equipos:q", p);
    navegador.findElement(By.id("equipos:buscar")).click();
    espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "de 1."));
    assertTrue(navegador.findElement(By.id("equipos:lista")).getText().contains(p + "-01"));
    escribir("equipos:q", "7408");
    navegador.findElement(By.id("equipos:buscar")).click();
    espera.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("equipos:lista"), "740899500101"));
    String suyos = navegador.findElement(By.id("equipos:lista")).getText();
    assertTrue(!suyos.contains("740880370020"), "el servidor de la OTI no es suyo: " + suyos);
    assertEquals(0, navegador.findElements(By.id("importacion")).size());
    assertEquals(0, navegador.findElements(By.id("equipos:guardar")).size());
    salir();
  }
}
