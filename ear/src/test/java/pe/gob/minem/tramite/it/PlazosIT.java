package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plazos on Payara Server with PostgreSQL (ADR 0014), with the engine's clock moved forward by the
 * tests' endpoint instead of waiting: a step with a plazo shows its due date in the bandeja and on
 * the expediente; at the start of its last business day its holder gets a notice; at the midnight
 * after it the unit's director gets another and the step shows as overdue. Holidays are edited by
 * an administrator only.
 */
class PlazosIT extends PruebaConElEar {

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  private static Instant relojDelServidor(int horas) {
    return Portal.adelantarReloj(horas);
  }

  private static List<JsonNode> avisos(String usuario, String tareaId) {
    Respuesta r = get(usuario, "/avisos");
    assertEquals(200, r.status(), r::toString);
    List<JsonNode> l = new ArrayList<>();
    // the bell's lines about the step's plazo (its task's own line is not a plazo notice)
    r.json()
        .path("items")
        .forEach(
            a -> {
              if (tareaId.equals(a.path("tareaId").asText())
                  && a.path("tipo").asText().startsWith("PLAZO_")) l.add(a);
            });
    return l;
  }

  @Test
  void avisaAlResponsableElUltimoDiaYAlDirectorCuandoVence() {
    JsonNode e = registrarValido("Plazos " + UUID.randomUUID());
    String numero = e.path("numero").asText();
    JsonNode t = tarea(SECRETARIA_OGA, numero);
    String tareaId = t.path("id").asText();
    assertFalse(t.path("venceElPaso").isNull(), t::toString);
    assertFalse(t.path("pasoVencido").asBoolean(), t::toString);
    assertEquals(1, t.path("paso").path("plazoDiasHabiles").asInt(), t::toString);
    Instant vence = Instant.parse(t.path("venceElPaso").asText());

    Respuesta pendientes = get(SECRETARIA_OGA, "/expedientes/" + numero + "/pasos-pendientes");
    assertEquals(200, pendientes.status(), pendientes::toString);
    JsonNode p = pendientes.json().get(0);
    assertEquals(1, p.path("actividad").asInt(), p::toString);
    assertEquals(vence.toString(), Instant.parse(p.path("vence").asText()).toString());
    assertFalse(p.path("vencido").asBoolean());

    // up to less than an hour before the last day starts: nothing yet
    Instant aviso = vence.minus(Duration.ofDays(1)); // Lima has no daylight saving time
    long horas = Duration.between(relojDelServidor(0), aviso).toHours();
    if (horas >= 1) {
      relojDelServidor((int) horas);
      assertTrue(avisos(SECRETARIA_OGA, tareaId).isEmpty(), "aún no es el último día");
    }
    // one hour more: the last day; the holder (every secretary of the OGA, the task not being
    // taken) is told
    relojDelServidor(1);
    List<JsonNode> suyos = avisos(SECRETARIA_OGA, tareaId);
    assertEquals(1, suyos.size(), suyos::toString);
    assertEquals("PLAZO_POR_VENCER", suyos.get(0).path("tipo").asText());
    assertTrue(suyos.get(0).path("texto").asText().contains(numero), suyos::toString);
    assertTrue(avisos(DIRECTOR_OGA, tareaId).isEmpty(), "el director aún no");
    assertFalse(tarea(SECRETARIA_OGA, numero).path("pasoVencido").asBoolean());

    // the midnight after it: overdue, the OGA's director is told
    relojDelServidor(24);
    List<JsonNode> delDirector = avisos(DIRECTOR_OGA, tareaId);
    assertEquals(1, delDirector.size(), delDirector::toString);
    assertEquals("PLAZO_VENCIDO", delDirector.get(0).path("tipo").asText());
    assertTrue(tarea(SECRETARIA_OGA, numero).path("pasoVencido").asBoolean());
    JsonNode vencido =
        get(SECRETARIA_OGA, "/expedientes/" + numero + "/pasos-pendientes").json().get(0);
    assertTrue(vencido.path("vencido").asBoolean(), vencido::toString);
    assertEquals(1, avisos(SECRETARIA_OGA, tareaId).size(), "un solo aviso por persona y paso");

    // a notice is read by its own person only
    long id = suyos.get(0).path("id").asLong();
    problema(postJson(DIRECTOR_OGA, "/avisos/" + id + "/leido", null), 404);
    Respuesta leido = postJson(SECRETARIA_OGA, "/avisos/" + id + "/leido", null);
    assertEquals(200, leido.status(), leido::toString);
    assertTrue(leido.json().path("leido").asBoolean());

    // completing the overdue step still works, and its next step has a plazo of its own
    Respuesta c = completar(SECRETARIA_OGA, tareaId, Map.of());
    assertEquals(200, c.status(), c::toString);
    JsonNode siguiente = tarea(DIRECTOR_OGA, numero);
    assertEquals(2, siguiente.path("paso").path("plazoDiasHabiles").asInt(), siguiente::toString);
    assertFalse(siguiente.path("pasoVencido").asBoolean(), siguiente::toString);
  }

  @Test
  void soloUnAdministradorMueveElRelojYEditaLosFeriados() {
    problema(postJson(SECRETARIA_OGA, "/pruebas/reloj?horas=1", null), 403);
    problema(
        putJson(SECRETARIA_OGA, "/feriados/2027-02-15", Map.of("nombre", "Día de prueba")), 403);

    Respuesta r = putJson(ADMIN, "/feriados/2027-02-15", Map.of("nombre", "Día de prueba"));
    assertEquals(200, r.status(), r::toString);
    assertTrue(
        get(SECRETARIA_OGA, "/feriados").json().toString().contains("Día de prueba"),
        "cualquiera consulta los feriados");
    JsonNode malo = problema(putJson(ADMIN, "/feriados/15-02-2027", Map.of("nombre", "x")), 400);
    assertEquals("fecha", malo.path("campo").asText(), malo::toString);
    Respuesta quitar = enviar(peticion(ADMIN, "/feriados/2027-02-15").DELETE());
    assertEquals(204, quitar.status(), quitar::toString);
    assertFalse(get(ADMIN, "/feriados").json().toString().contains("Día de prueba"));
    problema(enviar(peticion(ADMIN, "/feriados/2027-02-15").DELETE()), 404);
  }
}
