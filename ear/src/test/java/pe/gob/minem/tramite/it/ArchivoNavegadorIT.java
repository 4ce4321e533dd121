package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.SECRETARIA_OGA;
import static pe.gob.minem.tramite.it.Portal.datosExpediente;
import static pe.gob.minem.tramite.it.Portal.get;
import static pe.gob.minem.tramite.it.Portal.registrar;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The archive's page in headless Chromium: a person types a word without its accent, sees the
 * result with its highlighted snippet and the facets, narrows by a facet, saves the search, and a
 * click opens the expediente with the PDF at the matching page.
 */
class ArchivoNavegadorIT extends PruebaEnNavegador {

  @Test
  void buscarFiltrarGuardarYAbrirElPdfEnLaPagina() throws Exception {
    String marca =
        "qn" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("\\d", "x");
    var e = datosExpediente("Migración de correo institucional " + marca);
    e.put("confidencialidad", "PUBLICO");
    var r =
        registrar(
            SECRETARIA_OGA,
            e,
            new Portal.Archivo(
                "migracion.pdf",
                "application/pdf",
                ArchivoIT.pdfDePaginas(
                    "Antecedentes del servicio " + marca,
                    "Cronograma de la migración de buzones " + marca)));
    assertEquals(201, r.status(), r::toString);
    String numero = r.json().get("numero").asText();
    // the worker indexes after the commit: wait through the API before using the page
    long fin = System.currentTimeMillis() + 120_000;
    while (!get(SECRETARIA_OGA, "/archivo?q=buzones+" + marca).texto().contains(numero)) {
      assertTrue(System.currentTimeMillis() < fin, "no se indexó " + numero);
      Thread.sleep(500);
    }

    ingresar(SECRETARIA_OGA);
    navegador.findElement(By.id("nav-archivo")).click();
    escribir("archivo:q", "migracion buzones " + marca);
    navegador.findElement(By.id("archivo:buscar")).click();
    var enlace =
        espera.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#archivo\\:resultados a.hallazgo-titulo")));
    String fragmento =
        navegador.findElement(By.cssSelector(".fragmento")).getAttribute("innerHTML");
    assertTrue(fragmento.contains("<mark>"), fragmento);
    assertTrue(
        navegador.findElement(By.id("total")).getText().startsWith("1 resultado"),
        navegador.findElement(By.id("total")).getText());
    assertFalse(navegador.findElements(By.id("faceta-clase")).isEmpty(), "facetas a la izquierda");
    captura("archivo-resultados");

    // narrowing by a facet keeps the result (it is an ARCHIVO entry)
    var antes = navegador.findElement(By.id("total"));
    navegador
        .findElement(
            By.xpath("//fieldset[@id='faceta-clase']//label[starts-with(.,'Archivo recibido')]"))
        .click();
    // the form is re-rendered by the facet's ajax call
    espera.until(ExpectedConditions.stalenessOf(antes));
    espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 resultado"));
    assertTrue(
        navegador.findElement(By.cssSelector("#faceta-clase input[type=checkbox]")).isSelected(),
        "la faceta queda marcada");

    // save the search under a name; it is listed
    escribir("archivo:nombre-busqueda", "Migración " + marca);
    var guardadasAntes = navegador.findElement(By.id("guardadas"));
    navegador.findElement(By.id("archivo:guardar")).click();
    espera.until(ExpectedConditions.stalenessOf(guardadasAntes));
    espera.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("guardadas"), "Migración " + marca));

    // the result opens the expediente with its PDF at page 2
    enlace =
        espera.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#archivo\\:resultados a.hallazgo-titulo")));
    enlace.click();
    espera
        .withTimeout(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("numero"), numero));
    String visor = navegador.findElement(By.cssSelector("iframe.visor-pdf")).getAttribute("src");
    assertTrue(visor.endsWith("#page=2"), visor);
    captura("archivo-expediente-en-pagina");
    // who registered it reads it but may not change its level: no form (ADR 0012)
    assertTrue(navegador.findElements(By.id("clasificar")).isEmpty(), "sin formulario");
    salir();

    // the director of the unit that holds it (OGA) makes it confidential, with a reason
    ingresar(Portal.DIRECTOR_OGA);
    navegador.get(Portal.base() + "/expediente.xhtml?numero=" + numero);
    espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numero"), numero));
    navegador.findElement(By.cssSelector("details.clasificar summary")).click();
    elegir("clasificar:nivel", "Confidencial");
    escribir("clasificar:motivo", "Contiene datos personales de los usuarios del correo");
    var fila = navegador.findElement(By.id("confidencialidad"));
    navegador.findElement(By.id("clasificar:boton-clasificar")).click();
    espera.until(ExpectedConditions.stalenessOf(fila));
    espera.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("confidencialidad"), "Confidencial"));
    assertTrue(
        navegador
            .findElement(By.id("hoja-de-ruta"))
            .getText()
            .contains("Confidencialidad: Público → Confidencial"),
        () -> navegador.findElement(By.id("hoja-de-ruta")).getText());
    assertTrue(navegador.getPageSource().contains("es ahora «Confidencial»"), "mensaje de éxito");
    captura("expediente-reclasificado");
    salir();
  }
}
