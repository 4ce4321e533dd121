package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over HTTP (security review, issue 12, findings 6 and 7): malformed or mistyped JSON
 * bodies are a 400 problem, not a 500 with a SEVERE trace; an overlong user name or one with a
 * newline is an ordinary, audited failed login, and the newline does not reach server.log raw.
 */
class EntradaHostilIT extends PruebaConElEar {

  private static final String MAL_FORMADO = "{\"nombre\":";

  private static String marca() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A raw body, as written: Portal's helpers send only valid JSON. */
  private static Respuesta crudo(String metodo, String ruta, String cuerpo) {
    return enviar(
        peticion(ANALISTA_OTI, ruta)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(metodo, HttpRequest.BodyPublishers.ofString(cuerpo, StandardCharsets.UTF_8)));
  }

  private static void sinDetallesInternos(JsonNode p) {
    String detalle = p.path("detail").asText();
    for (String interno : List.of("Exception", "jakarta", "yasson", "Unable", "Internal", "$")) {
      assertFalse(detalle.contains(interno), () -> interno + " en el detalle: " + detalle);
    }
  }

  // ------------------------------------------------------------------ finding 7: JSON bodies

  @Test
  void unJsonMalFormadoEs400EnCadaPeticionConCuerpo() {
    int antes = leerServerLog().length();
    Map<String, Respuesta> respuestas = new LinkedHashMap<>();
    respuestas.put("POST /archivo/busquedas", crudo("POST", "/archivo/busquedas", MAL_FORMADO));
    respuestas.put(
        "PUT /expedientes/{n}/confidencialidad",
        crudo("PUT", "/expedientes/EXP-2026-999999/confidencialidad", MAL_FORMADO));
    respuestas.put(
        "POST /tareas/{id}/completar", crudo("POST", "/tareas/no-existe/completar", MAL_FORMADO));
    respuestas.put("POST /firmas/lotes", crudo("POST", "/firmas/lotes", MAL_FORMADO));
    respuestas.forEach(
        (ruta, r) -> {
          JsonNode p = problema(r, 400);
          assertTrue(
              p.path("detail").asText().contains("JSON bien formado"), () -> ruta + ": " + r);
          sinDetallesInternos(p);
        });
    dormir(1000); // the server's log is written asynchronously
    String log = leerServerLog();
    String nuevo = log.substring(Math.min(antes, log.length()));
    assertFalse(
        nuevo.contains("Error no previsto en la API"),
        "un JSON mal escrito por el cliente no deja una traza SEVERE en server.log");
  }

  @Test
  void unValorDeTipoIncorrectoEs400ConSuCampo() {
    JsonNode lista = problema(crudo("POST", "/firmas/lotes", "{\"tareas\": \"t-1\"}"), 400);
    assertEquals("tareas", lista.path("campo").asText(), lista::toString);
    sinDetallesInternos(lista);

    JsonNode objeto =
        problema(crudo("POST", "/tareas/no-existe/completar", "{\"firmaExterna\": \"x\"}"), 400);
    assertEquals("firmaExterna", objeto.path("campo").asText(), objeto::toString);

    JsonNode texto = problema(crudo("POST", "/archivo/busquedas", "{\"nombre\": {\"a\": 1}}"), 400);
    assertEquals("nombre", texto.path("campo").asText(), texto::toString);

    JsonNode raiz =
        problema(crudo("PUT", "/expedientes/EXP-2026-999999/confidencialidad", "\"PUBLICO\""), 400);
    sinDetallesInternos(raiz);
  }

  @Test
  void unNivelDeConfidencialidadDesconocidoSigueSiendo400ConSuCampo() {
    JsonNode p =
        problema(
            crudo(
                "PUT",
                "/expedientes/EXP-2026-999999/confidencialidad",
                "{\"nivel\": \"SECRETO\", \"motivo\": \"Prueba de un nivel desconocido.\"}"),
            400);
    assertEquals("nivel", p.path("campo").asText(), p::toString);
  }

  // ------------------------------------------------------------------ finding 6: user names

  private static Respuesta basic(String usuario) {
    return enviar(peticion(usuario, "clave-cualquiera", "/bandeja").GET());
  }

  private static void noAutenticado(Respuesta r) {
    problema(r, 401);
    assertTrue(
        r.header("WWW-Authenticate").orElse("").startsWith("Basic"), () -> "reto Basic: " + r);
  }

  private static long fallidosQueEmpiezanCon(String prefijo) throws SQLException {
    try (var c = BaseDeDatos.conectar();
        var ps =
            c.prepareStatement(
                "SELECT count(*) FROM registro_auditoria WHERE evento = 'INGRESO_FALLIDO'"
                    + " AND usuario LIKE ?")) {
      ps.setString(1, prefijo + "%");
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void unUsuarioDeMasDe60CaracteresEs401YQuedaAuditado() throws SQLException {
    String prefijo = "largo-" + marca() + "-";
    for (int largo : new int[] {61, 200}) {
      noAutenticado(basic(prefijo + "x".repeat(largo - prefijo.length())));
    }
    assertEquals(2, fallidosQueEmpiezanCon(prefijo), "cada intento queda en la auditoría");
  }

  @Test
  void unUsuarioConSaltoDeLineaEs401YNoInyectaLineasEnElLog() {
    String falso = "SEVERE falso " + marca();
    noAutenticado(basic("intruso\n" + falso));
    noAutenticado(basic("intruso\r\n" + falso + "\u001b[2J"));
    dormir(1000); // the server's log is written asynchronously
    String log = leerServerLog();
    assertTrue(log.contains("intruso_" + falso), "la línea de auditoría, neutralizada");
    assertFalse(
        log.lines().anyMatch(l -> l.strip().startsWith(falso)),
        () ->
            "el salto de línea llegó crudo a server.log: "
                + log.lines().filter(l -> l.contains(falso)).collect(Collectors.toList()));
    assertFalse(log.contains("\u001b[2J"), "ni secuencias de escape de la terminal");
  }

  @Test
  void enLaPaginaDeIngresoUnUsuarioDeMasDe60CaracteresEsElErrorDeSiempre() {
    Respuesta pagina = enviar(peticion(null, base() + "/login.xhtml").GET());
    assertEquals(200, pagina.status(), pagina::toString);
    var formulario = FormularioDeIngreso.de(pagina.texto());
    String galleta = pagina.header("Set-Cookie").orElse("").split(";")[0];
    String cuerpo =
        formulario.cuerpo("formulario-" + marca() + "-" + "y".repeat(60), "clave-cualquiera");
    var envio =
        peticion(null, base() + formulario.accion())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    if (!galleta.isEmpty()) {
      envio.header("Cookie", galleta);
    }
    Respuesta r = enviar(envio);
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.texto().contains("incorrectos"), () -> "el mensaje de siempre: " + r);
  }
}
