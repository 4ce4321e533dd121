package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasVigentes;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-09 Atención a los usuarios on Payara Server with PostgreSQL (ADR 0031): tickets of a
 * call registered by the Operador de Mesa de Ayuda and of a memorándum's expediente, each way of
 * act. 1, 4 and 8 (technical attention, database, networks; attended, a purchase with its Informe
 * de especificaciones técnicas signed by the Director and a void procurement first, corrective
 * maintenance through P/OGA-TI-10), the user's mails written with the steps, the satisfaction
 * survey answered once by its link, a forged or replaced link refused, the one reminder. Refusals:
 * a person who is not the operator (403), a bad channel or mail (400).
 */
class MesaDeAyudaIT extends PruebaConElEar {

  static final String TI09 = "P/OGA-TI-09";
  static final String CORREO = "gabriela.nunez@minem.gob.pe";
  static final String ANALISTA_BD = "analista.bd";
  static final String ANALISTA_OAS = "analista.oas";

  /** usuario.area's laptop in the demo inventory (ADR 0030). */
  static final String EQUIPO = "740899500101";

  private static final Pattern ENLACE = Pattern.compile("encuesta\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  /** A call of the DGM registered by the operator: the ticket's number and its expediente. */
  private static String[] porTelefono(String asunto) {
    return porTelefono(asunto, CORREO);
  }

  private static String[] porTelefono(String asunto, String correo) {
    Map<String, Object> t = new HashMap<>();
    t.put("canal", "TELEFONO");
    t.put("asunto", asunto);
    t.put("descripcion", "Llamó al anexo 1234.");
    t.put("solicitanteNombre", "Gabriela Núñez Herrera");
    t.put("solicitanteCorreo", correo);
    t.put("unidad", "DGM");
    Respuesta r = postJson(OPERADOR_MDA, "/tickets", t);
    assertEquals(201, r.status(), r::toString);
    String numero = r.json().path("numero").asText();
    assertTrue(numero.matches("TCK-\\d{4}-\\d{6}"), numero);
    return new String[] {numero, r.json().path("expediente").asText()};
  }

  private static void clasificar(String exp, boolean porTelefono) {
    paso(
        OPERADOR_MDA,
        exp,
        TI09,
        1,
        "categoria",
        "IMPRESION",
        "impacto",
        "USUARIO",
        "prioridad",
        "MEDIA",
        "areaUsuaria",
        "DGM",
        "codigoPatrimonial",
        EQUIPO,
        "porTelefono",
        String.valueOf(porTelefono));
  }

  /** Acts. 3 and 4: assigned to soporte.oti, who decides what attention it needs. */
  private static void asignarYAnalizar(String exp, String atencion) {
    paso(OPERADOR_MDA, exp, TI09, 3, "soporte", SOPORTE);
    paso(SOPORTE, exp, TI09, 4, "tipoDeAtencion", atencion);
  }

  /** Acts. 14 and 15: the actions recorded, the ticket closed; the survey's link mailed. */
  private static String registrarYCerrar(String numero, String exp) throws SQLException {
    paso(SOPORTE, exp, TI09, 14, "acciones", "Se atendió y se verificó con la usuaria.");
    paso(OPERADOR_MDA, exp, TI09, 15);
    JsonNode t = get(OPERADOR_MDA, "/tickets/" + numero).json();
    assertEquals("Cerrado", t.path("estado").asText(), t::toString);
    assertTrue(sinPasosPendientes(exp, OPERADOR_MDA, SOPORTE), "P/OGA-TI-09 terminó");
    return enlace(correo("ticket:" + numero + ":cerrado"));
  }

  /** The outbox row of this key: its recipient and its text. */
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

  private static List<String> clavesDe(String numero) throws SQLException {
    List<String> claves = new ArrayList<>();
    try (var c = BaseDeDatos.conectar();
        var q =
            c.prepareStatement(
                "SELECT clave FROM correo_saliente WHERE referencia = ? ORDER BY id")) {
      q.setString(1, numero);
      try (var rs = q.executeQuery()) {
        while (rs.next()) {
          claves.add(rs.getString(1));
        }
      }
    }
    return claves;
  }

  private static String enlace(Map<String, String> correo) {
    assertEquals(CORREO, correo.get("para"));
    Matcher m = ENLACE.matcher(correo.get("texto"));
    assertTrue(m.find(), correo::toString);
    return m.group(1);
  }

  private static Respuesta responder(String token, int... respuestas) {
    Map<String, Object> r = new HashMap<>();
    r.put("respuestas", respuestas);
    r.put("comentario", "Muy amables.");
    return postJson(null, "/encuestas/" + token, r);
  }

  @Test
  void unaLlamadaResueltaPorTelefonoConSuEncuestaRespondidaUnaSolaVez() throws Exception {
    String[] t = porTelefono("La impresora del piso 3 no imprime");
    String numero = t[0];
    String exp = t[1];
    clasificar(exp, true);
    paso(OPERADOR_MDA, exp, TI09, 2, "acciones", "Se reinició la cola de impresión.");
    paso(OPERADOR_MDA, exp, TI09, 15);
    assertTrue(sinPasosPendientes(exp, OPERADOR_MDA), "P/OGA-TI-09 terminó");
    // the user was told at each change: registered, the action, closed with the survey
    List<String> claves = clavesDe(numero);
    assertEquals("ticket:" + numero + ":registrado", claves.get(0), claves::toString);
    assertTrue(claves.stream().anyMatch(k -> k.startsWith("ticket:" + numero + ":actualizado")));
    assertTrue(correo("ticket:" + numero + ":registrado").get("asunto").contains(numero));
    String token = enlace(correo("ticket:" + numero + ":cerrado"));

    JsonNode vista = get(null, "/encuestas/" + token).json();
    assertEquals(numero, vista.path("ticket").asText(), vista::toString);
    assertTrue(vista.path("abierta").asBoolean(), vista::toString);
    problema(responder(token, 5, 4, 6, 5), 400); // out of the scale: nothing recorded
    assertEquals(200, responder(token, 5, 4, 5, 5).status());
    problema(responder(token, 1, 1, 1, 1), 409); // once
    // a forged link, and one of the right shape that was never issued
    problema(responder("x%27OR%271%27%3D%271", 1, 1, 1, 1), 404);
    problema(responder("A".repeat(43), 1, 1, 1, 1), 404);
    JsonNode ticket = get(OPERADOR_MDA, "/tickets/" + numero).json();
    assertEquals("Teléfono", ticket.path("canal").asText());
    assertEquals("Impresión", ticket.path("categoria").asText());
    assertEquals("Media", ticket.path("prioridad").asText());
  }

  @Test
  void atencionTecnicaYLaEncuestaSinRespuestaRecibeUnRecordatorio() throws Exception {
    String[] t = porTelefono("No puede ingresar al SIGED");
    clasificar(t[1], false);
    asignarYAnalizar(t[1], "TECNICA");
    // the operator of soporte assigned at act. 3 acts, nobody else
    problema(
        intentarTarea(
            OPERADOR_MDA,
            tarea(SOPORTE, t[1], TI09, 5),
            campos("operacion", "Se restableció la contraseña."),
            null),
        403);
    paso(SOPORTE, t[1], TI09, 5, "operacion", "Se restableció la contraseña.");
    paso(SOPORTE, t[1], TI09, 8, "resultadoDeAtencion", "ATENDIDA");
    String primero = registrarYCerrar(t[0], t[1]);
    // three days later, unanswered: one reminder with a new link; the first one no longer works
    Respuesta r = postJson(ADMIN, "/pruebas/reloj?horas=" + (3 * 24 + 1), null);
    assertEquals(200, r.status(), r::toString);
    String segundo = enlace(correo("ticket:" + t[0] + ":recordatorio"));
    assertNotEquals(primero, segundo);
    problema(responder(primero, 4, 4, 4, 4), 404);
    assertEquals(200, responder(segundo, 4, 4, 4, 4).status());
    postJson(ADMIN, "/pruebas/reloj?horas=" + (3 * 24 + 1), null);
    assertEquals(
        1,
        clavesDe(t[0]).stream().filter(k -> k.endsWith(":recordatorio")).count(),
        "un solo recordatorio");
  }

  @Test
  void unaBaseDeDatosQueRequiereCompraConLaAdquisicionDesiertaPrimero() throws Exception {
    String[] t = porTelefono("El reporte de ventas del SIGED no carga");
    clasificar(t[1], false);
    asignarYAnalizar(t[1], "BASE_DE_DATOS");
    paso(ANALISTA_BD, t[1], TI09, 6, "operacion", "Se revisaron los índices: el disco está lleno.");
    pasoConInstruccion(
        SOPORTE, t[1], TI09, 8, "Se requiere un disco de 2 TB.", "resultadoDeAtencion", "COMPRA");
    paso(
        SOPORTE,
        t[1],
        TI09,
        10,
        "bien",
        "Disco SSD de 2 TB",
        "especificaciones",
        "SSD NVMe, 2 TB, garantía de 3 años.",
        "justificacion",
        "El disco de la base de datos está lleno.");
    paso(DIRECTOR_OTI, t[1], TI09, 11);
    JsonNode informe =
        documento(
            entregable(t[1], "Informe técnico de especificaciones técnicas").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(informe), informe::toString);
    assertEquals(1, firmasValidasSegunPdfsig(contenido(informe.path("id").asLong())));
    // the procurement's outcome needs its reason when void; void goes back to act. 8
    problema(
        intentar(ANALISTA_OAS, t[1], TI09, 12, campos("resultadoAdquisicion", "DESIERTO"), null),
        400);
    pasoConInstruccion(
        ANALISTA_OAS, t[1], TI09, 12, "Sin postores.", "resultadoAdquisicion", "DESIERTO");
    pasoConInstruccion(
        SOPORTE, t[1], TI09, 8, "Se insiste en la compra.", "resultadoDeAtencion", "COMPRA");
    paso(
        SOPORTE,
        t[1],
        TI09,
        10,
        "bien",
        "Disco SSD de 2 TB",
        "especificaciones",
        "SSD NVMe, 2 TB.",
        "justificacion",
        "Segunda convocatoria.");
    paso(DIRECTOR_OTI, t[1], TI09, 11);
    paso(
        ANALISTA_OAS,
        t[1],
        TI09,
        12,
        "resultadoAdquisicion",
        "ORDEN",
        "numeroOrden",
        "OC-2026-0412",
        "fechaOrden",
        "2026-11-30");
    paso(SOPORTE, t[1], TI09, 13, "operacion", "Se instaló el disco y se amplió el volumen.");
    // the void procurement's informe stays signed as it was; the second call had its own
    assertEquals(
        2,
        documentosDe(t[1]).stream()
            .filter(
                d -> d.path("asunto").asText().startsWith("Informe técnico de especificaciones"))
            .count());
    registrarYCerrar(t[0], t[1]);
  }

  @Test
  void redesYUnMemorandumQueNecesitaMantenimientoCorrectivo() throws Exception {
    // a memorándum of the DGM derived to the OTI: P/OGA-TI-09 starts on its expediente
    String exp = registrarPublico("Memorándum: la red del piso 5 se cae");
    Respuesta r = iniciar(OPERADOR_MDA, exp, TI09, null);
    assertEquals(201, r.status(), r::toString);
    clasificar(exp, false);
    asignarYAnalizar(exp, "REDES");
    paso(ESPECIALISTA_REDES, exp, TI09, 7, "operacion", "Se cambió el patch cord del piso 5.");
    pasoConInstruccion(
        SOPORTE,
        exp,
        TI09,
        8,
        "La computadora de la usuaria no enciende.",
        "resultadoDeAtencion",
        "MANTENIMIENTO");
    // P/OGA-TI-10 inside, with the área usuaria and the equipment of act. 1
    paso(
        OPERADOR_MDA,
        exp,
        TI10,
        1,
        "codigoPatrimonial",
        EQUIPO,
        "problema",
        "La computadora no enciende.",
        "usuarioDelEquipo",
        "Sofía Ríos Cárdenas",
        "medio",
        "MEMORANDO");
    paso(
        SOPORTE,
        exp,
        TI10,
        2,
        "diagnostico",
        "Fuente quemada.",
        "resultadoDiagnostico",
        "REPARADO");
    paso(SOPORTE, exp, TI10, 21, "atencion", "Se cambió la fuente.");
    paso(OPERADOR_MDA, exp, TI10, 22);
    paso(SOPORTE, exp, TI09, 14, "acciones", "Red y equipo atendidos.");
    paso(OPERADOR_MDA, exp, TI09, 15);
    // the equipment's history in the inventory shows the ticket and the maintenance
    JsonNode historia = get(SOPORTE, "/equipos/" + EQUIPO).json().path("historia");
    List<String> tipos = new ArrayList<>();
    for (JsonNode h : historia) {
      if (exp.equals(h.path("referencia").asText())
          || h.path("descripcion").asText().contains(exp)) {
        tipos.add(h.path("tipo").asText());
      }
    }
    assertTrue(tipos.contains("MANTENIMIENTO_CORRECTIVO"), historia::toString);
    assertTrue(historia.toString().contains("\"tipo\":\"TICKET\""), historia::toString);
    assertTrue(sinPasosPendientes(exp, OPERADOR_MDA, SOPORTE), "P/OGA-TI-09 terminó");
    // without the requester's mail nobody is mailed, and the ticket says it came by memorándum
    JsonNode tickets = get(OPERADOR_MDA, "/tickets").json();
    JsonNode t = null;
    for (JsonNode x : tickets) {
      if (exp.equals(x.path("expediente").asText())) {
        t = x;
      }
    }
    assertTrue(t != null, tickets::toString);
    assertEquals("Memorándum electrónico", t.path("canal").asText());
    assertEquals("Cerrado", t.path("estado").asText());
    assertEquals(List.of(), clavesDe(t.path("numero").asText()));
    // the same expediente cannot open a second one
    problema(iniciar(OPERADOR_MDA, exp, TI09, null), 409);
  }

  @Test
  void unaRestauracionPedidaPorTicketLeAvisaAlCerrarse() throws Exception {
    // P/OGA-TI-07's request can be a Mesa de Ayuda ticket: it runs on the ticket's expediente
    String[] t = porTelefono("Restaurar la carpeta compartida de la DGM");
    clasificar(t[1], false);
    Respuesta r = iniciar(OPERADOR_MDA, t[1], "P/OGA-TI-07", null);
    assertEquals(201, r.status(), r::toString);
    paso(OPERADOR_MDA, t[1], "P/OGA-TI-07", 1);
    paso(
        ESPECIALISTA_REDES,
        t[1],
        "P/OGA-TI-07",
        2,
        "informacion",
        "srv-archivos:/datos/dgm",
        "baseDeDatos",
        "false");
    paso(
        ESPECIALISTA_REDES,
        t[1],
        "P/OGA-TI-07",
        3,
        "ubicacion",
        "Disco D-2",
        "enCustodia",
        "false");
    paso(
        "analista.redes", t[1], "P/OGA-TI-07", 5, "destinoRestauracion", "srv-archivos:/datos/dgm");
    paso("analista.redes", t[1], "P/OGA-TI-07", 6, "restauracionExitosa", "true");
    paso("analista.redes", t[1], "P/OGA-TI-07", 7);
    paso(OPERADOR_MDA, t[1], "P/OGA-TI-07", 14, "resultado", "Carpeta restaurada.");
    paso(REPRESENTANTE_DGM, t[1], "P/OGA-TI-07", 14);
    paso(OPERADOR_MDA, t[1], "P/OGA-TI-07", 14);
    JsonNode ticket = get(OPERADOR_MDA, "/tickets/" + t[0]).json();
    assertTrue(
        ticket.path("mensajes").toString().contains("Restauración de la información concluida"),
        ticket::toString);
    assertTrue(
        clavesDe(t[0]).stream().filter(k -> k.contains(":actualizado")).count() >= 1,
        "el solicitante recibió el aviso");
    // the ticket itself is still open: the Mesa de Ayuda closes it in P/OGA-TI-09
    assertEquals("En atención", ticket.path("estado").asText());
  }

  @Test
  void cierresConElServidorDeCorreoCaidoLleganUnaVezAlVolver() throws Exception {
    List<String> para = new ArrayList<>();
    List<String> numeros = new ArrayList<>();
    CorreoIT.servidorDeCorreo("stop");
    try {
      for (int i = 0; i < 3; i++) {
        para.add(CorreoIT.nuevaDireccion("cierre" + i));
        String[] t = porTelefono("Sin acceso a la red inalámbrica " + i, para.get(i));
        numeros.add(t[0]);
        clasificar(t[1], true);
        paso(OPERADOR_MDA, t[1], TI09, 2, "acciones", "Se renovó el certificado de la red.");
        paso(OPERADOR_MDA, t[1], TI09, 15); // closed while the mail server is down
      }
      CorreoIT.esperar(
          "los avisos pendientes con intentos fallidos",
          Duration.ofSeconds(30),
          () ->
              numeros.stream()
                  .allMatch(
                      n ->
                          CorreoIT.filas(
                                  "SELECT estado, intentos FROM correo_saliente WHERE clave = ?",
                                  "ticket:" + n + ":cerrado")
                              .stream()
                              .allMatch(
                                  f ->
                                      "PENDIENTE".equals(f.get("estado"))
                                          && ((Number) f.get("intentos")).intValue() > 0)));
    } finally {
      CorreoIT.servidorDeCorreo("start");
    }
    for (int i = 0; i < 3; i++) {
      String p = para.get(i);
      CorreoIT.esperar(
          "los tres avisos de " + p,
          Duration.ofSeconds(90),
          () -> CorreoIT.recibidos(p).size() >= 3);
    }
    dormir(6_000); // more sweeps: still one each
    for (int i = 0; i < 3; i++) {
      var recibidos = CorreoIT.recibidos(para.get(i));
      assertEquals(3, recibidos.size(), "registrado, actualizado y cerrado, una vez cada uno");
      long encuestas = 0;
      for (var m : recibidos) {
        assertTrue(m.getSubject().startsWith("[" + numeros.get(i) + "]"), m::toString);
        if (m.getSubject().contains("cuéntenos cómo le fue")) {
          encuestas++;
        }
      }
      assertEquals(1, encuestas, "una encuesta para " + numeros.get(i));
    }
  }

  @Test
  void soloElOperadorRegistraYConDatosValidos() {
    Map<String, Object> t = new HashMap<>();
    t.put("canal", "TELEFONO");
    t.put("asunto", "x");
    t.put("solicitanteNombre", "Alguien");
    problema(postJson("usuario.area", "/tickets", t), 403);
    t.put("canal", "PALOMA");
    problema(postJson(OPERADOR_MDA, "/tickets", t), 400);
    t.put("canal", "PRESENCIAL");
    t.put("solicitanteCorreo", "no-es-un-correo");
    problema(postJson(OPERADOR_MDA, "/tickets", t), 400);
    t.remove("solicitanteCorreo");
    Respuesta r = postJson(OPERADOR_MDA, "/tickets", t);
    assertEquals(201, r.status(), r::toString);
    problema(get("usuario.area", "/tickets/" + r.json().path("numero").asText()), 403);
  }
}
