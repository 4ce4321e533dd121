package pe.gob.minem.tramite.application.monitoreo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

class LectorDeAlertmanagerTest {

  static byte[] muestra(String nombre) throws IOException {
    try (var in = LectorDeAlertmanagerTest.class.getResourceAsStream("/monitoreo/" + nombre)) {
      return in.readAllBytes();
    }
  }

  private static java.util.List<AlertaRecibida> leer(String json) {
    return CuerpoDeAlertas.leer(json.getBytes(StandardCharsets.UTF_8), TipoDeFuente.ALERTMANAGER);
  }

  private static DatosInvalidosException rechazo(String json) {
    return assertThrows(DatosInvalidosException.class, () -> leer(json));
  }

  @Test
  void leeCadaAlertaDelGrupoConSuHuellaEstadoYDatos() throws IOException {
    var alertas =
        CuerpoDeAlertas.leer(muestra("alertmanager-firing.json"), TipoDeFuente.ALERTMANAGER);
    assertEquals(2, alertas.size());
    var caida = alertas.get(0);
    assertEquals("c0ffee0123456789", caida.huella());
    assertFalse(caida.resuelta());
    assertEquals("InstanciaCaida", caida.nombre());
    assertEquals("critical", caida.severidad());
    assertEquals("sw-core-01:9100", caida.equipo());
    assertEquals("sw-core-01 no responde", caida.resumen());
    assertEquals(Instant.parse("2026-12-02T14:55:03.123Z"), caida.inicio());
    assertNull(caida.fin(), "una alerta que sigue disparando no tiene fin");
    assertEquals("node", caida.datos().get("job"));
    assertTrue(caida.enlace().startsWith("http://prometheus"));
    var disco = alertas.get(1);
    assertTrue(disco.resuelta());
    assertEquals(Instant.parse("2026-12-02T19:30:00Z"), disco.fin());
    assertNull(disco.enlace(), "un generatorURL vacío no es un enlace");
  }

  @Test
  void sinFingerprintLaHuellaEsElHashEstableDeLasEtiquetas() {
    String a =
        "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"X\",\"instance\":\"h1\"}}]}";
    String mismasEnOtroOrden =
        "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"instance\":\"h1\",\"alertname\":\"X\"}}]}";
    String otra =
        "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"X\",\"instance\":\"h2\"}}]}";
    String h = leer(a).get(0).huella();
    assertTrue(h.startsWith("sha256:"), h);
    assertEquals(h, leer(mismasEnOtroOrden).get(0).huella());
    assertNotEquals(h, leer(otra).get(0).huella());
    assertEquals(
        h, LectorDeAlertmanager.huellaDeEtiquetas(Map.of("instance", "h1", "alertname", "X")));
  }

  @Test
  void unCuerpoQueNoEsJsonSeRechazaDiciendoDonde() {
    var e = rechazo("{\"alerts\": [");
    assertEquals("cuerpo", e.getCampo());
    assertTrue(e.getMessage().contains("no es JSON válido"), e.getMessage());
  }

  @Test
  void unCuerpoSinAlertsNoEsDeAlertmanager() {
    var e = rechazo("{\"event_id\":\"1\"}");
    assertEquals("alerts", e.getCampo());
  }

  @Test
  void laVersionDebeSerLaCuatro() {
    assertEquals("version", rechazo("{\"version\":\"3\",\"alerts\":[]}").getCampo());
  }

  @Test
  void elEstadoDeCadaAlertaEsFiringOResolved() {
    var e = rechazo("{\"alerts\":[{\"status\":\"pending\",\"labels\":{\"alertname\":\"X\"}}]}");
    assertEquals("alerts[0].status", e.getCampo());
    assertTrue(e.getMessage().contains("pending"), e.getMessage());
  }

  @Test
  void unaAlertaSinEtiquetasSeRechaza() {
    assertEquals("alerts[0].labels", rechazo("{\"alerts\":[{\"status\":\"firing\"}]}").getCampo());
    assertEquals(
        "alerts[0].labels",
        rechazo("{\"alerts\":[{\"status\":\"firing\",\"labels\":[]}]}").getCampo());
  }

  @Test
  void unaFechaQueNoEsRfc3339SeRechaza() {
    var e =
        rechazo(
            "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"X\"},"
                + "\"startsAt\":\"ayer\"}]}");
    assertEquals("alerts[0].startsAt", e.getCampo());
  }

  @Test
  void unaListaVaciaOUnCuerpoQueNoEsObjetoSeRechazan() {
    assertEquals("alerts", rechazo("{\"alerts\":[]}").getCampo());
    assertEquals("cuerpo", rechazo("[1,2]").getCampo());
    assertEquals("cuerpo", rechazo("").getCampo());
  }
}
