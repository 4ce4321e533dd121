package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-06 Realización de Copias de Respaldo on Payara Server with PostgreSQL (ADR 0027): the
 * catálogo de respaldos edited with its history and refused to a person outside the OTI; a
 * scheduled backup started once when the tests' clock passes its time; every edge of the procedure
 * (the scheduled start and the none start, a log with errors back to act. 3, a shipment that is not
 * the month's closing, the closing with the Informe técnico mensual through P/OGA-TI-02); the
 * report's numbers against the recorded executions, PDF/A-2B and its signatures valid.
 */
class RespaldosIT extends PruebaConElEar {

  static final String ANALISTA_REDES = "analista.redes";
  static final String TI06 = "P/OGA-TI-06";
  static final ZoneId LIMA = ZoneId.of("America/Lima");

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  private static Instant reloj(int horas) {
    return Portal.adelantarReloj(horas);
  }

  private static Map<String, Object> entrada(String servidor, String hora) {
    Map<String, Object> e = new HashMap<>();
    e.put("servidor", servidor);
    e.put("informacion", "Base de datos del SIGED");
    e.put("tipo", "BASE_DE_DATOS");
    e.put("frecuencia", "DIARIA");
    e.put("hora", hora);
    e.put("retencionDias", 30);
    e.put("medio", "DISCO");
    e.put("custodia", "Local externo de custodia");
    return e;
  }

  private static JsonNode detalle(long id) {
    Respuesta r = get(ESPECIALISTA_REDES, "/respaldos/catalogo/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** The one step of this entry waiting now, at this activity. */
  private static JsonNode pendiente(long id, int actividad) {
    JsonNode d = detalle(id);
    List<JsonNode> l = new ArrayList<>();
    d.path("pendientes").forEach(l::add);
    assertEquals(1, l.size(), () -> "pendientes de la entrada " + id + ": " + d);
    assertEquals(actividad, l.get(0).path("actividad").asInt(), d::toString);
    return l.get(0);
  }

  private static void completarPaso(
      String usuario, long id, int actividad, String instruccion, Object... kv) {
    String t = pendiente(id, actividad).path("tareaId").asText();
    Respuesta r = intentarTarea(usuario, t, campos(kv), instruccion);
    assertEquals(200, r.status(), () -> usuario + " " + TI06 + " act. " + actividad + ": " + r);
  }

  @Test
  void catalogoProgramacionYTodasLasAristasHastaElInformeMensualFirmado() throws Exception {
    Instant ahora = reloj(0);
    String hora =
        DateTimeFormatter.ofPattern("HH:mm").format(ahora.plusSeconds(2 * 3600).atZone(LIMA));
    String servidor = "srv-it-" + UUID.randomUUID().toString().substring(0, 8);

    // --- the catalogue: refused outside the OTI, created, changed with its history
    problema(postJson(SECRETARIA_OGA, "/respaldos/catalogo", entrada(servidor, hora)), 403);
    problema(get("usuario.area", "/respaldos/catalogo"), 403);
    problema(postJson(ANALISTA_REDES, "/respaldos/catalogo", entrada(servidor, hora)), 403);
    JsonNode malo =
        problema(
            postJson(
                ESPECIALISTA_REDES,
                "/respaldos/catalogo",
                concatenar(entrada(servidor, "25:99"), "hora", "25:99")),
            400);
    assertTrue(malo.path("detail").asText().contains("hh:mm"), malo::toString);
    Respuesta creada = postJson(ESPECIALISTA_REDES, "/respaldos/catalogo", entrada(servidor, hora));
    assertEquals(201, creada.status(), creada::toString);
    long id = creada.json().path("id").asLong();
    Map<String, Object> cambio = entrada(servidor, hora);
    cambio.put("retencionDias", 45);
    Respuesta cambiada = putJson(DIRECTOR_OTI, "/respaldos/catalogo/" + id, cambio);
    assertEquals(200, cambiada.status(), cambiada::toString);
    JsonNode historial = detalle(id).path("historial");
    assertEquals(2, historial.size(), historial::toString);
    assertEquals("CREADA", historial.get(0).path("accion").asText());
    assertEquals(ESPECIALISTA_REDES, historial.get(0).path("usuario").asText());
    assertEquals("ACTUALIZADA", historial.get(1).path("accion").asText());
    assertEquals(DIRECTOR_OTI, historial.get(1).path("usuario").asText());
    assertEquals("30", historial.get(1).path("antes").path("retencionDias").asText());
    assertEquals("45", historial.get(1).path("despues").path("retencionDias").asText());
    // another entry deactivated by an administrator: kept, inactive, in its history
    Respuesta otra =
        postJson(ADMIN, "/respaldos/catalogo", entrada(servidor + "-retirado", "03:00"));
    assertEquals(201, otra.status(), otra::toString);
    long retirada = otra.json().path("id").asLong();
    Respuesta baja = postJson(ADMIN, "/respaldos/catalogo/" + retirada + "/desactivar", null);
    assertEquals(200, baja.status(), baja::toString);
    assertTrue(!baja.json().path("activo").asBoolean(), baja::toString);
    assertEquals("DESACTIVADA", detalle(retirada).path("historial").get(1).path("accion").asText());

    // --- the scheduler: nothing before its time; once after it, not twice
    assertEquals(0, detalle(id).path("programadas").size());
    reloj(3);
    JsonNode d = detalle(id);
    for (int i = 0; i < 90 && d.path("programadas").size() == 0; i++) {
      dormir(1000); // another check of the scheduler may be running: the next one starts it
      d = detalle(id);
    }
    assertEquals(1, d.path("programadas").size(), d::toString);
    reloj(0);
    reloj(1);
    d = detalle(id);
    assertEquals(1, d.path("programadas").size(), () -> "una sola vez: " + detalle(id));
    String numero = d.path("programadas").get(0).path("expediente").asText();
    assertTrue(
        expediente(DIRECTOR_OTI, numero)
            .path("asunto")
            .asText()
            .startsWith("Copias de respaldo de los servidores — "),
        () -> expediente(DIRECTOR_OTI, numero).toString());
    String t3 = pendiente(id, 3).path("tareaId").asText();
    assertEquals(
        1,
        bandeja(ANALISTA_REDES).stream().filter(t -> t3.equals(t.path("id").asText())).count(),
        "la act. 3 en la bandeja del Analista de Redes, una vez");

    // --- the scheduled backup: a log with errors, again, sent without closing the month
    completarPaso(ANALISTA_REDES, id, 3, null, "modo", "AUTOMATICO", "tamanoMb", "2048");
    completarPaso(
        ANALISTA_REDES, id, 4, "Error de E/S en el volumen de destino.", "conErrores", "true");
    completarPaso(ANALISTA_REDES, id, 3, null, "modo", "MANUAL", "tamanoMb", "2050");
    completarPaso(ANALISTA_REDES, id, 4, null, "conErrores", "false");
    completarPaso(ANALISTA_REDES, id, 5, null, "etiquetaMedio", "DSK-" + servidor);
    completarPaso(ESPECIALISTA_REDES, id, 6, null, "cierreDeMes", "false", "guiaEnvio", "G-0001");
    d = detalle(id);
    assertEquals(0, d.path("pendientes").size(), () -> "terminó en custodia: " + detalle(id));
    assertEquals(2, d.path("ejecuciones").size(), d::toString);
    assertEquals("CON_ERRORES", d.path("ejecuciones").get(0).path("resultado").asText());
    assertEquals("SIN_ERRORES", d.path("ejecuciones").get(1).path("resultado").asText());
    assertEquals("G-0001", d.path("ejecuciones").get(1).path("guiaEnvio").asText());

    // --- a new backup to program: acts. 1 and 2 put it in the catalogue, then its first copy
    Respuesta nuevo = postJson(ESPECIALISTA_REDES, "/respaldos/nuevos", null);
    assertEquals(201, nuevo.status(), nuevo::toString);
    assertEquals(numero, nuevo.json().path("numero").asText(), "el expediente del mes");
    String servidor2 = servidor + "-bd";
    paso(
        ESPECIALISTA_REDES,
        numero,
        TI06,
        1,
        "servidor",
        servidor2,
        "informacion",
        "Esquema de expedientes");
    paso(
        ESPECIALISTA_REDES,
        numero,
        TI06,
        2,
        "tipo",
        "BASE_DE_DATOS",
        "frecuencia",
        "SEMANAL",
        "dia",
        "6",
        "hora",
        "02:00",
        "retencion",
        "60",
        "medio",
        "CINTA",
        "custodia",
        "Local externo de custodia");
    long id2 = -1;
    for (JsonNode e : get(DIRECTOR_OTI, "/respaldos/catalogo").json()) {
      if (servidor2.equals(e.path("servidor").asText())) {
        id2 = e.path("id").asLong();
        assertEquals("SEMANAL", e.path("frecuencia").asText());
        assertEquals(6, e.path("dia").asInt());
      }
    }
    assertTrue(id2 > 0, "act. 2 agregó la entrada al catálogo");
    assertEquals(numero, detalle(id2).path("historial").get(0).path("expediente").asText());
    completarPaso(ANALISTA_REDES, id2, 3, null, "modo", "AUTOMATICO", "tamanoMb", "512");
    completarPaso(ANALISTA_REDES, id2, 4, null, "conErrores", "false");
    completarPaso(ANALISTA_REDES, id2, 5, null, "etiquetaMedio", "CIN-0007");
    // the month's closing: the Informe técnico mensual, then P/OGA-TI-02
    completarPaso(ESPECIALISTA_REDES, id2, 6, null, "cierreDeMes", "true", "guiaEnvio", "G-0002");
    completarPaso(
        ANALISTA_REDES, id2, 7, null, "conclusiones", "Se cumplió el calendario de copias.");
    long informe =
        entregable(numero, "Informe técnico mensual de copias de respaldo").path("id").asLong();
    FlujoDocumental.paso(ANALISTA_REDES, informe, 1, Map.of());
    FlujoDocumental.paso(DIRECTOR_OTI, informe, 2, Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(DIRECTOR_OTI, informe, 5, Map.of());
    FlujoDocumental.paso(SECRETARIA_OTI, informe, 6, Map.of());
    FlujoDocumental.paso(SECRETARIA_OGA, informe, 7, Map.of("revisionLegal", false));
    FlujoDocumental.paso(DIRECTOR_OGA, informe, 9, Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(DIRECTOR_OGA, informe, 12, Map.of());
    FlujoDocumental.paso(SECRETARIA_OGA, informe, 13, Map.of());
    JsonNode alFinal = detalle(id2);
    assertEquals(0, alFinal.path("pendientes").size(), alFinal::toString);

    // --- the report says what was recorded in the month's expediente
    long exitosas = 0;
    long fallidas = 0;
    for (JsonNode e : get(DIRECTOR_OTI, "/respaldos/catalogo").json()) {
      for (JsonNode x : detalle(e.path("id").asLong()).path("ejecuciones")) {
        if (!numero.equals(x.path("expediente").asText())) {
          continue;
        }
        switch (x.path("resultado").asText()) {
          case "SIN_ERRORES" -> exitosas++;
          case "CON_ERRORES" -> fallidas++;
          default -> {}
        }
      }
    }
    assertTrue(exitosas >= 2 && fallidas >= 1, exitosas + " / " + fallidas);
    Respuesta v1 = get(DIRECTOR_OTI, "/documentos/" + informe + "/contenido?version=1");
    assertEquals(200, v1.status(), v1::toString);
    String texto;
    try (var doc = Loader.loadPDF(v1.cuerpo())) {
      texto = new PDFTextStripper().getText(doc);
    }
    assertTrue(Pattern.compile("Copias exitosas\\s+" + exitosas).matcher(texto).find(), texto);
    assertTrue(Pattern.compile("Copias fallidas\\s+" + fallidas).matcher(texto).find(), texto);
    assertTrue(texto.contains("Copias de " + servidor) && texto.contains("Copias de " + servidor2));
    // table cells wrap: compare with the line breaks (and a break after a hyphen) taken out
    String plano = texto.replaceAll("\\s+", " ").replace("- ", "-");
    assertTrue(
        plano.contains("2050") && plano.contains("Con errores") && plano.contains("G-0002"), plano);
    assertTrue(texto.contains("exitosas y fallidas por servidor"), texto);
    assertEquals(List.of(), PdfA.fallas(v1.cuerpo()), "PDF/A-2B del informe elaborado");
    JsonNode firmado = documento(informe);
    assertEquals(2, firmado.path("firmas").size(), firmado::toString);
    firmado
        .path("firmas")
        .forEach(f -> assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString));
    byte[] pdf = contenido(informe);
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B del informe con sus firmas");
    assertEquals(2, firmasValidasSegunPdfsig(pdf), "pdfsig: los dos vistos buenos");
  }

  private static Map<String, Object> concatenar(Map<String, Object> m, String k, Object v) {
    Map<String, Object> r = new HashMap<>(m);
    r.put(k, v);
    return r;
  }
}
