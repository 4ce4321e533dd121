package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-08 Monitoreo de Servicios de TI from the monitoring software's side (ADR 0028): an
 * Alertmanager or Zabbix alert becomes an expediente of the OTI with the procedure waiting in the
 * Analista de Redes' bandeja; the same alert again is only counted, even a thousand times at once;
 * its resolution is noted; a caller without a valid token of an active source is refused. Then the
 * analyst takes the procedure along every edge of the MAPRO's flow.
 */
class MonitoreoIT extends PruebaConElEar {

  static final String TI08 = "P/OGA-TI-08";
  static final String ANALISTA_REDES = "analista.redes";
  static final String ANALISTA_GA = "analista.ga";
  static final String TOKEN_ALERTMANAGER = "tmon_demo_alertmanager_Tramite2026";
  static final String TOKEN_ZABBIX = "tmon_demo_zabbix_Tramite2026";

  // ------------------------------------------------------------------ the webhook

  static Respuesta alerta(String token, String cuerpo) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(api() + "/monitoreo/alertas"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    if (token != null) {
      b.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
    }
    return enviar(b);
  }

  /** Alertmanager's webhook (version 4) with one alert. */
  static String alertmanager(String estado, String huella, String nombre, String instancia) {
    return """
        {"version":"4","groupKey":"{}:{alertname=\\"%3$s\\"}","status":"%1$s","receiver":"tramite",
         "groupLabels":{"alertname":"%3$s"},"commonLabels":{},"commonAnnotations":{},
         "externalURL":"http://alertmanager.minem.gob.pe:9093","truncatedAlerts":0,
         "alerts":[{"status":"%1$s",
           "labels":{"alertname":"%3$s","instance":"%4$s","job":"node","severity":"critical"},
           "annotations":{"summary":"%4$s no responde","description":"Sin respuesta desde hace 5 minutos."},
           "startsAt":"2026-12-02T14:55:03.123Z","endsAt":"%5$s",
           "generatorURL":"http://prometheus.minem.gob.pe:9090/graph?g0.expr=up+%%3D%%3D+0",
           "fingerprint":"%2$s"}]}
        """
        .formatted(
            estado,
            huella,
            nombre,
            instancia,
            "resolved".equals(estado) ? "2026-12-02T15:20:00Z" : "0001-01-01T00:00:00Z");
  }

  /** The body of a Zabbix webhook media type configured as the README says. */
  static String zabbix(String eventoId, String valor) {
    return """
        {"event_id":"%1$s","event_value":"%2$s","event_status":"%3$s",
         "event_name":"Temperatura alta en el Data Center","event_severity":"Disaster",
         "event_date":"2026.12.02","event_time":"09:55:10",
         "event_recovery_date":"%4$s","event_recovery_time":"%5$s",
         "event_opdata":"Temperatura: 31 °C","host":"sensor-dc-01","trigger_id":"23177"}
        """
        .formatted(
            eventoId,
            valor,
            "1".equals(valor) ? "PROBLEM" : "RESOLVED",
            "1".equals(valor) ? "{EVENT.RECOVERY.DATE}" : "2026.12.02",
            "1".equals(valor) ? "{EVENT.RECOVERY.TIME}" : "10:20:00");
  }

  static String huella() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** A new Alertmanager alert; returns the number of the expediente it opened. */
  static String nuevaAlerta(String nombre) {
    Respuesta r =
        alerta(TOKEN_ALERTMANAGER, alertmanager("firing", huella(), nombre, "srv-" + huella()));
    assertEquals(201, r.status(), r::toString);
    JsonNode abiertas = r.json().path("abiertas");
    assertEquals(1, abiertas.size(), r::toString);
    return abiertas.get(0).path("expediente").asText();
  }

  static long tareasDe(String usuario, String numero) {
    return bandeja(usuario).stream()
        .filter(t -> numero.equals(t.path("numero").asText()))
        .filter(t -> TI08.equals(t.path("procedimiento").asText()))
        .count();
  }

  @Test
  void unaAlertaDeAlertmanagerAbreUnExpedienteQueSeCuentaAlRepetirseYSeAnotaAlResolverse() {
    String h = huella();
    Respuesta r =
        alerta(TOKEN_ALERTMANAGER, alertmanager("firing", h, "InstanciaCaida", "sw-core-01"));
    assertEquals(201, r.status(), r::toString);
    String n = r.json().path("abiertas").get(0).path("expediente").asText();
    assertTrue(r.header("Location").orElse("").endsWith("/expedientes/" + n), r::toString);

    JsonNode e = expediente(ANALISTA_REDES, n);
    assertTrue(e.path("asunto").asText().contains("InstanciaCaida en sw-core-01"), e::toString);
    assertTrue(e.path("asunto").asText().contains("critical"), e::toString);
    assertEquals(1, tareasDe(ANALISTA_REDES, n), "act. 1 en la bandeja del Analista de Redes");
    tarea(ANALISTA_REDES, n, TI08, 1);

    // Alertmanager repeats the notification: counted, not a second expediente
    Respuesta otra =
        alerta(TOKEN_ALERTMANAGER, alertmanager("firing", h, "InstanciaCaida", "sw-core-01"));
    assertEquals(200, otra.status(), otra::toString);
    assertEquals(1, otra.json().path("repetidas").asInt(), otra::toString);
    assertEquals(0, otra.json().path("abiertas").size(), otra::toString);
    assertEquals(1, tareasDe(ANALISTA_REDES, n));

    Respuesta resuelta =
        alerta(TOKEN_ALERTMANAGER, alertmanager("resolved", h, "InstanciaCaida", "sw-core-01"));
    assertEquals(200, resuelta.status(), resuelta::toString);
    assertEquals(1, resuelta.json().path("resueltas").asInt(), resuelta::toString);
    JsonNode hoja = hojaDeRuta(ANALISTA_REDES, n);
    assertTrue(
        hoja.toString().contains("Alerta resuelta según Prometheus Alertmanager"), hoja::toString);
    assertTrue(hoja.toString().contains("tras 2 notificación(es)"), hoja::toString);
    // the MAPRO's flow has no automatic close: the analyst still completes it
    assertEquals(1, tareasDe(ANALISTA_REDES, n));
    // a resolution of nothing open is ignored; the same alert firing again is a new occurrence
    Respuesta deNuevo =
        alerta(TOKEN_ALERTMANAGER, alertmanager("resolved", h, "InstanciaCaida", "sw-core-01"));
    assertEquals(1, deNuevo.json().path("ignoradas").asInt(), deNuevo::toString);
    Respuesta reaparece =
        alerta(TOKEN_ALERTMANAGER, alertmanager("firing", h, "InstanciaCaida", "sw-core-01"));
    assertEquals(201, reaparece.status(), reaparece::toString);
    assertNotEquals(n, reaparece.json().path("abiertas").get(0).path("expediente").asText());
  }

  @Test
  void unProblemaDeZabbixAbreUnExpedienteYSuRecuperacionLoAnota() {
    String evento = String.valueOf(100_000 + (long) (Math.random() * 1_000_000_000L));
    Respuesta r = alerta(TOKEN_ZABBIX, zabbix(evento, "1"));
    assertEquals(201, r.status(), r::toString);
    String n = r.json().path("abiertas").get(0).path("expediente").asText();
    JsonNode e = expediente(ANALISTA_REDES, n);
    assertTrue(
        e.path("asunto").asText().contains("Temperatura alta en el Data Center en sensor-dc-01"),
        e::toString);
    tarea(ANALISTA_REDES, n, TI08, 1);
    assertEquals(200, alerta(TOKEN_ZABBIX, zabbix(evento, "1")).status());
    Respuesta recuperacion = alerta(TOKEN_ZABBIX, zabbix(evento, "0"));
    assertEquals(1, recuperacion.json().path("resueltas").asInt(), recuperacion::toString);
    assertTrue(hojaDeRuta(ANALISTA_REDES, n).toString().contains("Alerta resuelta según Zabbix"));
    assertEquals(1, tareasDe(ANALISTA_REDES, n));
  }

  @Test
  void sinUnTokenValidoDeUnaFuenteActivaSeRechazaCon401YSeAudita() {
    String cuerpo = alertmanager("firing", huella(), "X", "h");
    for (String token : new String[] {null, "tmon_inventado", "Basic YWRtaW46VHJhbWl0ZTIwMjYh"}) {
      Respuesta r = alerta(token, cuerpo);
      JsonNode p = problema(r, 401);
      assertTrue(p.path("detail").asText().contains("Bearer"), p::toString);
    }
    // a Zabbix source's token with an Alertmanager body is a body of the wrong shape, not a 401
    assertEquals(400, alerta(TOKEN_ZABBIX, cuerpo).status());
    JsonNode auditoria = get(ADMIN, "/auditoria?evento=RECHAZO_ALERTA&size=10").json();
    assertTrue(auditoria.path("total").asInt() >= 3, auditoria::toString);
    assertFalse(auditoria.toString().contains("tmon_inventado"), "el token nunca se registra");
  }

  @Test
  void unCuerpoMalFormadoODeOtraFormaSeRechazaCon400DiciendoQue() {
    JsonNode noJson = problema(alerta(TOKEN_ALERTMANAGER, "{\"alerts\": ["), 400);
    assertTrue(noJson.path("detail").asText().contains("no es JSON válido"), noJson::toString);
    JsonNode sinAlerts = problema(alerta(TOKEN_ALERTMANAGER, zabbix("1", "1")), 400);
    assertEquals("alerts", sinAlerts.path("campo").asText(), sinAlerts::toString);
    JsonNode estado =
        problema(alerta(TOKEN_ALERTMANAGER, alertmanager("pending", huella(), "X", "h")), 400);
    assertEquals("alerts[0].status", estado.path("campo").asText(), estado::toString);
    JsonNode sinEvento = problema(alerta(TOKEN_ZABBIX, "{\"event_name\":\"X\"}"), 400);
    assertEquals("event_id", sinEvento.path("campo").asText(), sinEvento::toString);
    String enorme = "{\"alerts\":[],\"relleno\":\"" + "x".repeat(1_100_000) + "\"}";
    problema(alerta(TOKEN_ALERTMANAGER, enorme), 413);
  }

  @Test
  void elAdministradorCreaRotaYDesactivaUnaFuenteYSuTokenSoloValeMientrasTanto() {
    String codigo = "prometheus-" + huella().substring(0, 8);
    Respuesta creada =
        postJson(ADMIN, "/monitoreo/fuentes", Map.of("codigo", codigo, "tipo", "ALERTMANAGER"));
    assertEquals(201, creada.status(), creada::toString);
    String token = creada.json().path("token").asText();
    assertTrue(token.startsWith("tmon_"), creada::toString);
    assertEquals(
        403,
        postJson(
                DIRECTOR_OTI,
                "/monitoreo/fuentes",
                Map.of("codigo", "x" + codigo, "tipo", "ZABBIX"))
            .status());
    assertFalse(
        get(ADMIN, "/monitoreo/fuentes").texto().contains(token), "la lista no muestra tokens");

    assertEquals(201, alerta(token, alertmanager("firing", huella(), "Propia", "h1")).status());
    Respuesta rotada = postJson(ADMIN, "/monitoreo/fuentes/" + codigo + "/token", null);
    assertEquals(200, rotada.status(), rotada::toString);
    String nuevo = rotada.json().path("token").asText();
    problema(alerta(token, alertmanager("firing", huella(), "Propia", "h2")), 401);
    assertEquals(201, alerta(nuevo, alertmanager("firing", huella(), "Propia", "h3")).status());

    assertEquals(
        200,
        putJson(ADMIN, "/monitoreo/fuentes/" + codigo + "/activa", Map.of("activa", false))
            .status());
    problema(alerta(nuevo, alertmanager("firing", huella(), "Propia", "h4")), 401);
  }

  @Test
  void milAlertasSimultaneasDeCincuentaHuellasAbrenCincuentaProcedimientosYSeCuentanTodas()
      throws Exception {
    String codigo = "rafaga-" + huella().substring(0, 8);
    Respuesta creada =
        postJson(ADMIN, "/monitoreo/fuentes", Map.of("codigo", codigo, "tipo", "ALERTMANAGER"));
    assertEquals(201, creada.status(), creada::toString);
    String token = creada.json().path("token").asText();
    List<String> huellas = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      huellas.add(huella());
    }
    ExecutorService hilos = Executors.newFixedThreadPool(32);
    List<Future<Respuesta>> envios = new ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        String h = huellas.get(i % 50);
        envios.add(
            hilos.submit(() -> alerta(token, alertmanager("firing", h, "Rafaga", "srv-" + h))));
      }
      int abiertas = 0;
      int repetidas = 0;
      for (Future<Respuesta> f : envios) {
        Respuesta r = f.get();
        assertTrue(r.status() == 200 || r.status() == 201, r::toString);
        abiertas += r.json().path("abiertas").size();
        repetidas += r.json().path("repetidas").asInt();
      }
      assertEquals(50, abiertas, "una apertura por huella");
      assertEquals(950, repetidas, "las demás, contadas");
    } finally {
      hilos.shutdownNow();
    }
    try (Connection c = BaseDeDatos.conectar();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT COUNT(*), SUM(a.recepciones), COUNT(DISTINCT a.expediente_numero),"
                    + " (SELECT COUNT(*) FROM act_hi_procinst p WHERE p.proc_def_id_ LIKE"
                    + " 'P_OGA_TI_08:%' AND p.business_key_ IN (SELECT b.expediente_numero FROM"
                    + " alerta_de_monitoreo b WHERE b.fuente_id = f.id))"
                    + " FROM alerta_de_monitoreo a JOIN fuente_de_monitoreo f ON f.id = a.fuente_id"
                    + " WHERE f.codigo = ? GROUP BY f.id")) {
      st.setString(1, codigo);
      try (ResultSet rs = st.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(50, rs.getLong(1), "alertas");
        assertEquals(1000, rs.getLong(2), "recepciones contadas");
        assertEquals(50, rs.getLong(3), "expedientes");
        assertEquals(50, rs.getLong(4), "instancias de P/OGA-TI-08");
      }
    }
  }

  // ------------------------------------------------------------------ the procedure, every edge

  static String ayer() {
    return LocalDate.now(ZoneId.of("America/Lima")).minusDays(1).toString();
  }

  @Test
  void comunicacionesConIngresoRemotoYEventoNoCriticoQuedaComoInformativo() {
    String n = nuevaAlerta("EnlaceInestable");
    paso(ANALISTA_REDES, n, TI08, 1, "tipoDeAlerta", "COMUNICACIONES");
    paso(ANALISTA_REDES, n, TI08, 2, "ingresoRemoto", "true");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        4,
        "tiposDeLog",
        "NO_CRITICO",
        "hallazgos",
        "Flapping del puerto 24.");
    paso(ANALISTA_REDES, n, TI08, 11, "eventoCritico", "false");
    paso(ANALISTA_REDES, n, TI08, 26);
    assertEquals(0, tareasDe(ANALISTA_REDES, n), "terminado como evento informativo");
  }

  @Test
  void comunicacionesConRevisionFisicaYEventoCorregido() {
    String n = nuevaAlerta("SwitchSinRespuesta");
    paso(ANALISTA_REDES, n, TI08, 1, "tipoDeAlerta", "COMUNICACIONES");
    paso(ANALISTA_REDES, n, TI08, 2, "ingresoRemoto", "false");
    paso(ANALISTA_REDES, n, TI08, 3, "hallazgos", "Fuente de poder dañada.");
    paso(ANALISTA_REDES, n, TI08, 11, "eventoCritico", "true");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        12,
        "eventoPersiste",
        "false",
        "correcciones",
        "Se cambió la fuente.");
    assertEquals(0, tareasDe(ANALISTA_REDES, n), "terminado: evento corregido");
  }

  @Test
  void dataCenterConSoporteDelFabricanteQueLoSoluciona() {
    String n = nuevaAlerta("TemperaturaAlta");
    paso(ANALISTA_REDES, n, TI08, 1, "tipoDeAlerta", "DATACENTER");
    paso(ANALISTA_REDES, n, TI08, 5, "temperatura", "29", "humedad", "55");
    paso(ANALISTA_REDES, n, TI08, 6, "hallazgos", "Aire acondicionado 2 detenido.");
    paso(ANALISTA_REDES, n, TI08, 7, "hallazgos", "Alarma sonora del UPS.");
    paso(ANALISTA_REDES, n, TI08, 11, "eventoCritico", "true");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        12,
        "eventoPersiste",
        "true",
        "correcciones",
        "Reinicio del equipo.");
    paso(ANALISTA_REDES, n, TI08, 13, "conSoporte", "true");
    paso(ANALISTA_REDES, n, TI08, 24, "caso", "CASO-7781");
    paso(ANALISTA_REDES, n, TI08, 25, "solucionado", "true");
    assertEquals(0, tareasDe(ANALISTA_REDES, n), "terminado: solucionado por el fabricante");
  }

  @Test
  void servidorSinIngresoRemotoYEventoNoCritico() {
    String n = nuevaAlerta("ServidorLento");
    paso(ANALISTA_REDES, n, TI08, 1, "tipoDeAlerta", "SERVIDORES");
    paso(ANALISTA_REDES, n, TI08, 8, "ingresoRemoto", "false");
    paso(ANALISTA_REDES, n, TI08, 9, "hallazgos", "LED ámbar en el disco 3.");
    paso(ANALISTA_REDES, n, TI08, 11, "eventoCritico", "false");
    paso(ANALISTA_REDES, n, TI08, 26);
    assertEquals(0, tareasDe(ANALISTA_REDES, n));
  }

  /**
   * The long way: no support, the Director refuses the contracting once (more corrections), the
   * manufacturer fails, the contracting is authorised, the first selection is void, then the orden
   * de servicio, the company's work and the informe de conformidad signed.
   */
  @Test
  void servidorConContratacionExternaHastaLaConformidadDelServicio() {
    String n = nuevaAlerta("RaidDegradado");
    paso(ANALISTA_REDES, n, TI08, 1, "tipoDeAlerta", "SERVIDORES");
    paso(ANALISTA_REDES, n, TI08, 8, "ingresoRemoto", "true");
    paso(ANALISTA_REDES, n, TI08, 10, "hallazgos", "Dos discos del RAID 5 con errores.");
    paso(ANALISTA_REDES, n, TI08, 11, "eventoCritico", "true");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        12,
        "eventoPersiste",
        "true",
        "correcciones",
        "Reconstrucción del arreglo.");
    paso(ANALISTA_REDES, n, TI08, 13, "conSoporte", "false");
    informeDeEventosCriticos(n);
    pasoConInstruccion(
        DIRECTOR_OTI,
        n,
        TI08,
        17,
        "Aplique antes la actualización del firmware.",
        "autorizaContratacion",
        "false");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        12,
        "eventoPersiste",
        "true",
        "correcciones",
        "Firmware actualizado.");
    paso(ANALISTA_REDES, n, TI08, 13, "conSoporte", "true");
    paso(ANALISTA_REDES, n, TI08, 24, "caso", "CASO-9902");
    paso(ANALISTA_REDES, n, TI08, 25, "solucionado", "false");
    informeDeEventosCriticos(n);
    paso(DIRECTOR_OTI, n, TI08, 17, "autorizaContratacion", "true");
    paso(ANALISTA_GA, n, TI08, 18, "solicitud", "REQ-0311-2026");
    pasoConInstruccion(
        ANALISTA_OAS,
        n,
        TI08,
        19,
        "No se presentaron postores.",
        "resultadoAdquisicion",
        "DESIERTO");
    paso(ANALISTA_GA, n, TI08, 18, "solicitud", "REQ-0312-2026");
    paso(
        ANALISTA_OAS,
        n,
        TI08,
        19,
        "resultadoAdquisicion",
        "ORDEN",
        "numeroOrden",
        "OS-1204",
        "fechaOrden",
        ayer());
    paso(DIRECTOR_OTI, n, TI08, 20);
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        21,
        "hallazgos",
        "La empresa reemplazó dos discos y la controladora.");
    paso(ANALISTA_REDES, n, TI08, 22, "solucion", "Arreglo reconstruido; servicio normal.");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        23,
        "servicio",
        "Reemplazo de discos y controladora.",
        "conformidad",
        "Conforme.");
    paso(ANALISTA_REDES, n, TI08, 23);
    assertEquals(0, tareasDe(ANALISTA_REDES, n), "terminado: servicio conforme");
    JsonNode informe = entregable(n, "Informe técnico de conformidad del servicio");
    assertEquals(1, informe.path("firmas").size(), informe::toString);
  }

  /**
   * Acts. 14 to 16: the companies, the informe with the TdR, the analyst's and Director's
   * signatures.
   */
  private static void informeDeEventosCriticos(String n) {
    paso(ANALISTA_REDES, n, TI08, 14, "empresa", "Servicios Informáticos SAC; Redes Andinas SRL");
    paso(
        ANALISTA_REDES,
        n,
        TI08,
        15,
        "eventos",
        "2026-12-02 | srv-app-01 | RAID degradado",
        "recomendacion",
        "Contratar el reemplazo de discos.",
        "terminos",
        "Reemplazo de dos discos SAS de 1,2 TB y diagnóstico de la controladora.");
    paso(ANALISTA_REDES, n, TI08, 15);
    paso(DIRECTOR_OTI, n, TI08, 16);
  }
}
