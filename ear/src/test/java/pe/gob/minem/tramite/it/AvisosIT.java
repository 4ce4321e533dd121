package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bell and the daily digest (ADR 0036) on Payara Server with PostgreSQL: a step that reaches a
 * person counts as new in {@code GET /avisos} until they open the bell; a step's plazo shows once
 * it passed; nobody sees another person's steps; the digest of a person who asked for it is written
 * to the outbox once a day, at the digest's time by the engine's clock (moved by the tests'
 * endpoint), and not for a person with nothing pending.
 */
class AvisosIT extends PruebaConElEar {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  @BeforeEach
  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  private static Instant relojDelServidor(long horas) {
    return Portal.adelantarReloj(horas);
  }

  private static JsonNode campana(String usuario) {
    Respuesta r = get(usuario, "/avisos");
    assertEquals(200, r.status(), r::toString);
    JsonNode c = r.json();
    long nuevos = 0;
    for (JsonNode i : c.path("items")) {
      assertFalse(i.path("texto").asText().contains("${"), i::toString);
      if (i.path("nuevo").asBoolean()) nuevos++;
    }
    assertEquals(nuevos, c.path("nuevos").asLong(), "cuenta los nuevos de su lista: " + c);
    return c;
  }

  private static List<JsonNode> sobre(JsonNode campana, String numero) {
    List<JsonNode> l = new ArrayList<>();
    campana
        .path("items")
        .forEach(
            i -> {
              if (numero.equals(i.path("numero").asText())) l.add(i);
            });
    return l;
  }

  private static void vistos(String usuario) {
    Respuesta r = postJson(usuario, "/avisos/vistos", null);
    assertEquals(204, r.status(), r::toString);
    assertEquals(0, campana(usuario).path("nuevos").asLong(), "abrir la campana deja 0 nuevos");
  }

  @Test
  void laCampanaCuentaLoNuevoDeCadaPersonaYSoloLoSuyo() {
    vistos(SECRETARIA_OGA);
    vistos(DIRECTOR_OGA);

    String numero = registrarValido("Campana " + UUID.randomUUID()).path("numero").asText();
    JsonNode c = campana(SECRETARIA_OGA);
    List<JsonNode> suyos = sobre(c, numero);
    assertEquals(1, suyos.size(), c::toString);
    JsonNode tarea = suyos.get(0);
    assertEquals("TAREA", tarea.path("tipo").asText());
    assertTrue(tarea.path("nuevo").asBoolean(), tarea::toString);
    assertTrue(c.path("nuevos").asLong() >= 1, c::toString);
    assertTrue(tarea.path("texto").asText().contains(numero), tarea::toString);
    assertTrue(tarea.path("enlace").asText().startsWith("/tarea.xhtml?id="), tarea::toString);
    String tareaId = tarea.path("tareaId").asText();

    // another person's step never shows: not to the OGA's director (not yet his), nor to the OTI
    assertTrue(sobre(campana(DIRECTOR_OGA), numero).isEmpty(), "el director aún no");
    assertTrue(sobre(campana(DIRECTOR_OTI), numero).isEmpty(), "otra unidad no lo ve");
    assertTrue(sobre(campana(ANALISTA_OTI), numero).isEmpty(), "otra unidad no lo ve");

    // opened: nothing new, the line stays
    vistos(SECRETARIA_OGA);
    List<JsonNode> vistas = sobre(campana(SECRETARIA_OGA), numero);
    assertEquals(1, vistas.size());
    assertFalse(vistas.get(0).path("nuevo").asBoolean(), vistas::toString);

    // the next step reaches the director: new for him, gone for the secretary
    Respuesta hecho = completar(SECRETARIA_OGA, tareaId, Map.of());
    assertEquals(200, hecho.status(), hecho::toString);
    JsonNode delDirector = campana(DIRECTOR_OGA);
    List<JsonNode> suyo = sobre(delDirector, numero);
    assertEquals(1, suyo.size(), delDirector::toString);
    assertTrue(suyo.get(0).path("nuevo").asBoolean());
    assertTrue(delDirector.path("nuevos").asLong() >= 1, delDirector::toString);
    assertTrue(sobre(campana(SECRETARIA_OGA), numero).isEmpty(), "ya no es de la secretaria");
    vistos(DIRECTOR_OGA);

    // its plazo passes: the bell says so, as something new
    Instant vence = Instant.parse(tarea(DIRECTOR_OGA, numero).path("venceElPaso").asText());
    long horas = Duration.between(relojDelServidor(0), vence).toHours() + 2;
    relojDelServidor(Math.max(1, horas));
    JsonNode vencido = campana(DIRECTOR_OGA);
    JsonNode plazo =
        sobre(vencido, numero).stream()
            .filter(i -> i.path("tipo").asText().equals("PLAZO_VENCIDO"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("sin aviso de plazo vencido: " + vencido));
    assertTrue(plazo.path("nuevo").asBoolean(), plazo::toString);
    assertTrue(plazo.path("texto").asText().startsWith("Venció el plazo"), plazo::toString);
    assertTrue(vencido.path("nuevos").asLong() >= 1);
    assertTrue(sobre(campana(DIRECTOR_OTI), numero).isEmpty(), "tampoco su plazo");
  }

  @Test
  void elResumenDiarioSeEscribeUnaVezAlDiaYSoloSiHayAlgoPendiente() throws Exception {
    String correo = "resumen-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.pe";
    problema(
        putJson(
            SECRETARIA_OGA, "/personas/" + SECRETARIA_OGA + "/correo", Map.of("correo", correo)),
        403);
    JsonNode malo =
        problema(
            putJson(
                ADMIN, "/personas/" + SECRETARIA_OGA + "/correo", Map.of("correo", "no-es-correo")),
            400);
    assertEquals("correo", malo.path("campo").asText(), malo::toString);
    JsonNode faltaValor =
        problema(putJson(SECRETARIA_OGA, "/avisos/resumen-diario", Map.of()), 400);
    assertTrue(faltaValor.path("detail").asText().contains("resumen diario"), faltaValor::toString);
    try {
      assertEquals(
          200,
          putJson(ADMIN, "/personas/" + SECRETARIA_OGA + "/correo", Map.of("correo", correo))
              .status());
      assertEquals(
          200,
          putJson(ADMIN, "/personas/" + ADMIN + "/correo", Map.of("correo", "admin-" + correo))
              .status());
      String numero = registrarValido("Resumen " + UUID.randomUUID()).path("numero").asText();
      Respuesta si =
          putJson(SECRETARIA_OGA, "/avisos/resumen-diario", Map.of("resumenDiario", true));
      assertEquals(200, si.status(), si::toString);
      assertTrue(
          get(SECRETARIA_OGA, "/avisos/resumen-diario").json().path("resumenDiario").asBoolean());
      // the administrator has no cargo: nothing pending, no digest
      assertEquals(
          200, putJson(ADMIN, "/avisos/resumen-diario", Map.of("resumenDiario", true)).status());

      // to the next digest time (07:00 in Lima), by the engine's clock
      Instant ahora = relojDelServidor(0);
      ZonedDateTime enLima = ahora.atZone(LIMA);
      ZonedDateTime siete =
          enLima.toLocalDate().plusDays(1).atTime(LocalTime.of(7, 0)).atZone(LIMA);
      long horas = (Duration.between(ahora, siete).getSeconds() + 3599) / 3600; // 07:00 to 07:59
      Instant despues = relojDelServidor(horas);
      LocalDate dia = despues.atZone(LIMA).toLocalDate();
      assertTrue(
          !despues.atZone(LIMA).toLocalTime().isBefore(LocalTime.of(7, 0)),
          "ya es la hora: " + despues);

      String clave = "resumen-diario:" + SECRETARIA_OGA + ":" + dia;
      assertEquals(1, filas(clave), "un resumen");
      Map<String, String> m = correo(clave);
      assertEquals(correo, m.get("para"));
      assertTrue(m.get("asunto").startsWith("Resumen del día"), m::toString);
      assertTrue(m.get("texto").contains(numero), "el resumen nombra el expediente pendiente");
      assertEquals(0, filas("resumen-diario:" + ADMIN + ":" + dia), "nada pendiente, nada enviado");

      // the same day again: no second digest
      relojDelServidor(2);
      assertEquals(1, filas(clave), "nunca dos el mismo día");
    } finally {
      putJson(SECRETARIA_OGA, "/avisos/resumen-diario", Map.of("resumenDiario", false));
      putJson(ADMIN, "/avisos/resumen-diario", Map.of("resumenDiario", false));
      putJson(ADMIN, "/personas/" + SECRETARIA_OGA + "/correo", Map.of("correo", ""));
      putJson(ADMIN, "/personas/" + ADMIN + "/correo", Map.of("correo", ""));
    }
  }

  private static int filas(String clave) throws SQLException {
    try (var c = BaseDeDatos.conectar();
        var q = c.prepareStatement("SELECT COUNT(*) FROM correo_saliente WHERE clave = ?")) {
      q.setString(1, clave);
      try (var rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static Map<String, String> correo(String clave) throws SQLException {
    try (var c = BaseDeDatos.conectar();
        var q =
            c.prepareStatement("SELECT para, asunto, texto FROM correo_saliente WHERE clave = ?")) {
      q.setString(1, clave);
      try (var rs = q.executeQuery()) {
        assertTrue(rs.next(), "no se escribió el correo " + clave);
        return Map.of("para", rs.getString(1), "asunto", rs.getString(2), "texto", rs.getString(3));
      }
    }
  }
}
