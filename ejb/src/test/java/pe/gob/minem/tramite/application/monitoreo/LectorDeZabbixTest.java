package pe.gob.minem.tramite.application.monitoreo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

class LectorDeZabbixTest {

  private static List<AlertaRecibida> leer(String json) {
    return CuerpoDeAlertas.leer(json.getBytes(StandardCharsets.UTF_8), TipoDeFuente.ZABBIX);
  }

  private static DatosInvalidosException rechazo(String json) {
    return assertThrows(DatosInvalidosException.class, () -> leer(json));
  }

  @Test
  void unProblemaSeLeeConSuEventoEquipoSeveridadYHoraDeLima() throws IOException {
    var alertas =
        CuerpoDeAlertas.leer(
            LectorDeAlertmanagerTest.muestra("zabbix-problema.json"), TipoDeFuente.ZABBIX);
    assertEquals(1, alertas.size());
    var a = alertas.get(0);
    assertEquals("48213", a.huella());
    assertFalse(a.resuelta());
    assertEquals("Temperatura alta en el Data Center", a.nombre());
    assertEquals("Disaster", a.severidad());
    assertEquals("sensor-dc-01", a.equipo());
    assertEquals("Temperatura: 31 °C", a.resumen());
    assertEquals(Instant.parse("2026-12-02T14:55:10Z"), a.inicio(), "09:55:10 en Lima");
    assertNull(a.fin());
    assertFalse(
        a.datos().containsKey("event_recovery_date"), "una macro sin resolver no es un dato");
    assertEquals("23177", a.datos().get("trigger_id"));
  }

  @Test
  void laRecuperacionLlevaElIdDelProblemaYSuHora() {
    var a =
        leer("{\"event_id\":48213,\"event_name\":\"Temperatura alta\",\"event_value\":\"0\","
                + "\"event_date\":\"2026.12.02\",\"event_time\":\"09:55:10\","
                + "\"event_recovery_date\":\"2026.12.02\",\"event_recovery_time\":\"10:20:00\"}")
            .get(0);
    assertEquals("48213", a.huella(), "un número JSON también es el id");
    assertTrue(a.resuelta());
    assertEquals(Instant.parse("2026-12-02T15:20:00Z"), a.fin());
  }

  @Test
  void elEstadoPuedeVenirComoEventStatus() {
    assertTrue(
        leer("{\"event_id\":\"7\",\"event_name\":\"X\",\"event_status\":\"RESOLVED\"}")
            .get(0)
            .resuelta());
    assertFalse(
        leer("{\"event_id\":\"7\",\"event_name\":\"X\",\"event_status\":\"problem\"}")
            .get(0)
            .resuelta());
  }

  @Test
  void sinEventIdNoEsUnWebhookDeZabbix() {
    var e = rechazo("{\"alerts\":[]}");
    assertEquals("event_id", e.getCampo());
    assertTrue(e.getMessage().contains("{EVENT.ID}"), e.getMessage());
  }

  @Test
  void unaMacroSinResolverEnEventIdSeRechaza() {
    assertEquals(
        "event_id",
        rechazo("{\"event_id\":\"{EVENT.ID}\",\"event_name\":\"X\",\"event_value\":\"1\"}")
            .getCampo());
    assertEquals(
        "event_id",
        rechazo("{\"event_id\":\"abc\",\"event_name\":\"X\",\"event_value\":\"1\"}").getCampo());
  }

  @Test
  void sinEstadoOConUnEstadoDesconocidoSeRechaza() {
    assertEquals("event_value", rechazo("{\"event_id\":\"7\",\"event_name\":\"X\"}").getCampo());
    assertEquals(
        "event_value",
        rechazo("{\"event_id\":\"7\",\"event_name\":\"X\",\"event_value\":\"2\"}").getCampo());
    assertEquals(
        "event_status",
        rechazo("{\"event_id\":\"7\",\"event_name\":\"X\",\"event_status\":\"MAYBE\"}").getCampo());
  }

  @Test
  void sinNombreDelEventoSeRechaza() {
    assertEquals("event_name", rechazo("{\"event_id\":\"7\",\"event_value\":\"1\"}").getCampo());
  }

  @Test
  void unaFechaConOtroFormatoSeRechaza() {
    var e =
        rechazo(
            "{\"event_id\":\"7\",\"event_name\":\"X\",\"event_value\":\"1\","
                + "\"event_date\":\"02/12/2026\",\"event_time\":\"09:55:10\"}");
    assertEquals("event_date", e.getCampo());
  }
}
