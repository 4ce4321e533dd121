package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlantillasDeCorreoTest {

  private final PlantillasDeCorreo plantillas = new PlantillasDeCorreo();

  private static final Map<String, String> TICKET =
      Map.of(
          "nombre", "María Quispe",
          "numero", "TCK-2026-000001",
          "asunto", "La impresora no imprime",
          "estado", "En atención",
          "detalle", "Primera línea\nSegunda línea",
          "enlace", "https://tramite.minem.gob.pe/encuesta/abc",
          "fecha", "2 de diciembre de 2026");

  @Test
  void cadaPlantillaTieneAsuntoTextoYHtmlSinMarcadores() {
    for (String p :
        new String[] {
          "ticket-registrado",
          "ticket-actualizado",
          "ticket-cerrado-encuesta",
          "encuesta-recordatorio",
          "aviso"
        }) {
      var m = plantillas.render(p, TICKET);
      assertFalse(m.asunto().isBlank(), p);
      assertFalse(m.asunto().contains("\n"), p);
      assertTrue(m.texto().contains("María Quispe"), p);
      assertTrue(m.html().contains("María Quispe"), p);
      assertTrue(m.texto().contains("Ministerio de Energía y Minas"), p);
      assertTrue(m.html().contains("Ministerio de Energía y Minas"), p);
      assertFalse(m.texto().contains("${"), p);
      assertFalse(m.html().contains("${"), p);
      assertFalse(m.html().toLowerCase().contains("<img"), p + ": sin imágenes externas");
    }
  }

  @Test
  void ticketRegistradoLlevaNumeroEnElAsunto() {
    var m = plantillas.render("ticket-registrado", TICKET);
    assertEquals("[TCK-2026-000001] Registramos su solicitud: La impresora no imprime", m.asunto());
    assertTrue(m.texto().contains("Primera línea\nSegunda línea"));
    assertTrue(m.html().contains("Primera línea<br>\nSegunda línea"));
  }

  @Test
  void lasVariablesSeEscapanEnElHtmlYNoEnElTexto() {
    var m =
        plantillas.render(
            "aviso",
            Map.of(
                "nombre", "<script>alert('x')</script>",
                "asunto", "Aviso & <b>prueba</b>",
                "detalle", "a < b && \"c\""));
    assertFalse(m.html().contains("<script>"));
    assertTrue(m.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(m.html().contains("a &lt; b &amp;&amp; &quot;c&quot;"));
    assertTrue(m.html().contains("<title>Aviso &amp; &lt;b&gt;prueba&lt;/b&gt;</title>"));
    assertTrue(m.texto().contains("<script>alert('x')</script>"));
    assertEquals("Aviso & <b>prueba</b>", m.asunto());
  }

  @Test
  void unaVariableQueFaltaQuedaVaciaYNoSeReinterpretaUnValor() {
    var m = plantillas.render("ticket-actualizado", Map.of("numero", "${nombre}"));
    assertFalse(m.texto().contains("${estado}"));
    assertTrue(m.asunto().startsWith("[${nombre}] Su solicitud cambió:"));
    assertTrue(m.texto().contains("Su solicitud ${nombre} («»)"));
  }

  @Test
  void unEnlaceQueNoEsWebNoLlegaAlHref() {
    var m = plantillas.render("ticket-cerrado-encuesta", Map.of("enlace", "javascript:alert(1)"));
    assertFalse(m.html().contains("javascript:"));
    assertFalse(m.texto().contains("javascript:"));
  }

  @Test
  void elAsuntoNoAdmiteSaltosDeLinea() {
    var m = plantillas.render("aviso", Map.of("asunto", "Hola\r\nBcc: otro@ejemplo.pe"));
    assertEquals("Hola Bcc: otro@ejemplo.pe", m.asunto());
  }

  @Test
  void unaPlantillaQueNoExisteSeRechaza() {
    assertThrows(IllegalArgumentException.class, () -> plantillas.render("no-existe", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> plantillas.render("../marco", Map.of()));
  }
}
