package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The mesa de partes registers a memorándum of another Dirección of the ministry in a real headless
 * Chromium (ADR 0037): the sender kind «Unidad del ministerio» trades the DNI/RUC field for the
 * unit and its signer's cargo, and the expediente page names the unit as sender.
 */
class DocumentoInternoNavegadorIT extends PruebaEnNavegador {

  @Test
  void laSecretariaRegistraUnMemorandoDeLaDgmSinDni() throws Exception {
    ingresar(Portal.SECRETARIA_OGA);
    navegador.get(Portal.base() + "/registrar.xhtml");
    String asunto =
        "Memorando sobre el catastro minero " + UUID.randomUUID().toString().substring(0, 8);
    escribir("registro:asunto", asunto);
    elegir("registro:tipo-identidad", "Unidad del ministerio");
    // the unit's fields replace the DNI/RUC number, and the origin follows
    espera.until(ExpectedConditions.elementToBeClickable(By.id("registro:cargo-firmante")));
    assertTrue(navegador.findElements(By.id("registro:numero-identidad")).isEmpty());
    assertEquals(
        "Órgano del ministerio", navegador.findElement(By.id("registro:origen_label")).getText());
    elegir("registro:unidad-remitente", "Dirección General de Minería");
    escribir("registro:remitente", "Fernando Aguilar Díaz");
    escribir("registro:cargo-firmante", "Director General de Minería");
    elegir("registro:tipo-documento", "Memorando");
    escribir("registro:numero-documento", "MEMORANDO N° 052-2026-MINEM/DGM");
    Path pdf = Files.createTempFile("memorando", ".pdf");
    Files.write(pdf, Documentos.pdf(asunto));
    navegador.findElement(By.id("registro:archivos")).sendKeys(pdf.toAbsolutePath().toString());
    captura("documento-interno-01-formulario");
    navegador.findElement(By.id("registro:registrar")).click();
    String numero =
        espera
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-registrado")))
            .getText();
    assertTrue(numero.matches("EXP-\\d{4}-\\d{6}"), numero);

    navegador.get(Portal.base() + "/expediente.xhtml?numero=" + numero);
    String remitente =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("remitente"))).getText();
    assertEquals(
        "Dirección General de Minería (DGM) — Fernando Aguilar Díaz, Director General de Minería",
        remitente);
    captura("documento-interno-02-expediente");
    salir();
  }

  @Test
  void elAnalistaEnviaDesdeLaPaginaDelExpedienteUnMemorandoFirmado() {
    String asunto = "Memorando para la DGM " + UUID.randomUUID().toString().substring(0, 8);
    var anfitrion = FlujoDocumental.expedienteConElAnalista(asunto);
    String numeroAnfitrion = anfitrion.path("numero").asText();
    Portal.Respuesta creado =
        FlujoDocumental.crearDocumento(Portal.ANALISTA_OTI, numeroAnfitrion, "MEMORANDO");
    assertEquals(201, creado.status(), creado::toString);
    long id = creado.json().path("id").asLong();
    FlujoDocumental.paso(Portal.ANALISTA_OTI, id, 1, java.util.Map.of());
    FlujoDocumental.paso(Portal.DIRECTOR_OTI, id, 2, java.util.Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(Portal.DIRECTOR_OTI, id, 5, java.util.Map.of());
    FlujoDocumental.paso(Portal.SECRETARIA_OTI, id, 6, java.util.Map.of());
    FlujoDocumental.paso(Portal.SECRETARIA_OGA, id, 7, java.util.Map.of("revisionLegal", false));
    FlujoDocumental.paso(Portal.DIRECTOR_OGA, id, 9, java.util.Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(Portal.DIRECTOR_OGA, id, 11, java.util.Map.of());
    FlujoDocumental.paso(Portal.SECRETARIA_OGA, id, 13, java.util.Map.of());

    ingresar(Portal.ANALISTA_OTI);
    enviarDesdeLaPagina(
        numeroAnfitrion, "Dirección General de Minería", "documento-interno-03-envio");
    String mensaje = navegador.findElement(By.id("mensajes")).getText();
    assertTrue(mensaje.matches("(?s).*como expediente EXP-\\d{4}-\\d{6}.*"), mensaje);
    salir();
  }

  /**
   * A unit other than the OTI writes a memorándum on its own initiative (ADR 0038): the DGM's
   * analyst opens «Nuevo documento», writes it with the template, her Director signs it, and she
   * sends it to the OTI from the expediente page; the expediente her unit opened for it is then
   * attended.
   */
  @Test
  void laAnalistaDeLaDgmRedactaUnMemorandoSinExpedienteYLoEnviaFirmado() {
    String analista = TramiteInternoIT.ANALISTA_DGM;
    String asunto = "Memorando de la DGM " + UUID.randomUUID().toString().substring(0, 8);
    ingresar(analista);
    navegador.findElement(By.id("nav-documento-nuevo")).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("documento:asunto")));
    assertTrue(
        navegador
            .findElement(By.tagName("main"))
            .getText()
            .contains("Firma en Dirección General de Minería"),
        () -> navegador.findElement(By.tagName("main")).getText());
    elegir("documento:tipo", "Memorando (lo firma el Director de la unidad)");
    escribir("documento:asunto", asunto);
    escribir("documento:destinatario", "Miguel Castillo León");
    escribir("documento:cargo-destinatario", "Director de Tecnologías de la Información");
    escribir("documento:cuerpo", "Solicito el acceso de dos especialistas al catastro minero.");
    captura("documento-interno-04-nuevo");
    navegador.findElement(By.id("documento:elaborar")).click();
    espera.until(ExpectedConditions.urlContains("/expediente.xhtml?numero="));
    String url = navegador.getCurrentUrl();
    String numero = url.replaceAll(".*numero=(EXP-\\d{4}-\\d{6}).*", "$1");
    assertTrue(numero.matches("EXP-\\d{4}-\\d{6}"), url);
    String tarjeta =
        espera
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".documento-elaborado")))
            .getText();
    assertTrue(tarjeta.contains("Dirección General de Minería"), tarjeta);
    assertTrue(tarjeta.contains("termina con la firma del Director de la unidad"), tarjeta);
    captura("documento-interno-05-expediente-de-la-unidad");

    // its signing path, through the API: the analyst sends it, her Director signs it
    var documentos = Portal.get(analista, "/expedientes/" + numero + "/documentos").json();
    long id = documentos.get(0).path("id").asLong();
    String codigo = documentos.get(0).path("codigoVerificacion").asText();
    completarDelDocumento(analista, codigo, "remitir", java.util.Map.of());
    completarDelDocumento(
        TramiteInternoIT.DIRECTOR_DGM, codigo, "revisar", java.util.Map.of("decision", "CONFORME"));
    salir();

    // the Director signs it from his bandeja, on the task page that shows the PDF and his stamp
    ingresar(TramiteInternoIT.DIRECTOR_DGM);
    navegador.get(Portal.base() + "/bandeja.xhtml");
    escribir("bandeja:texto", numero);
    var tabla = navegador.findElement(By.id("bandeja:tareas"));
    navegador.findElement(By.id("bandeja:filtrar")).click();
    espera.until(ExpectedConditions.stalenessOf(tabla));
    var fila =
        espera
            .until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.cssSelector("[id='bandeja:tareas'] tbody tr")))
            .stream()
            .filter(tr -> tr.getText().contains(numero))
            .filter(tr -> tr.getText().contains("Suscribir el documento"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sin «Suscribir el documento» de " + numero));
    fila.findElement(By.cssSelector(".boton-atender a")).click();
    espera.until(ExpectedConditions.elementToBeClickable(By.id("tarea:completar")));
    assertEquals(
        1,
        navegador.findElements(By.cssSelector("[id='documento-de-la-tarea'] iframe")).size(),
        "el PDF del documento se ve en la tarea");
    String previa = navegador.findElement(By.id("vista-previa-firma")).getText();
    assertTrue(previa.contains("Fernando Aguilar Díaz"), previa);
    assertTrue(previa.contains("Dirección General de Minería"), previa);
    captura("documento-interno-06-suscribir");
    navegador.findElement(By.id("tarea:completar")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(navegador, java.time.Duration.ofMinutes(2))
        .until(ExpectedConditions.urlContains("/bandeja.xhtml"));
    espera.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    salir();

    ingresar(analista);
    enviarDesdeLaPagina(
        numero, "Oficina de Tecnologías de la Información", "documento-interno-07-envio");
    var abierto = Portal.expediente(analista, numero);
    assertEquals("ATENDIDO", abierto.path("estado").asText(), abierto::toString);
    assertEquals(
        "SUSCRITO", Portal.get(analista, "/documentos/" + id).json().path("estado").asText());
    salir();
  }

  /** «Enviar a otra unidad» on the expediente page's signed memorándum, and its message. */
  private static void enviarDesdeLaPagina(String numero, String destino, String captura) {
    navegador.get(Portal.base() + "/expediente.xhtml?numero=" + numero);
    String menu =
        espera
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id$='destino-interno']")))
            .getAttribute("id");
    elegir(menu, destino);
    captura(captura);
    navegador.findElement(By.cssSelector("[id$='enviar-interno']")).click();
    espera.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("mensajes"), "Memorando enviado a " + destino + " como expediente"));
  }

  private static void completarDelDocumento(
      String usuario, String codigo, String clave, java.util.Map<String, String> datos) {
    var tarea =
        Portal.bandeja(usuario).stream()
            .filter(t -> codigo.equals(t.path("documento").asText()))
            .filter(t -> clave.equals(t.path("clave").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sin «" + clave + "» para " + usuario));
    var r = Portal.completar(usuario, tarea.path("id").asText(), datos);
    assertEquals(200, r.status(), r::toString);
  }
}
