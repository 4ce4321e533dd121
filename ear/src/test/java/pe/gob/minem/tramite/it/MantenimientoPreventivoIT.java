package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-11 Mantenimiento Preventivo de Equipos Informáticos on Payara Server with PostgreSQL:
 * the Coordinador de Mesa de Ayuda starts the year's plan, drafts it from the inventory (the DGM's
 * two items, one a day), the Director asks for changes and approves the new version by signing it,
 * the Oficina de Abastecimiento gives the facilities, the DGM's analyst confirms her área's
 * cronograma; each item's service opens only when the engine's clock (moved by the test, never
 * slept) reaches its day; its user signs the formato de conformidad, the inventory's history shows
 * the maintenance, and the informe final says 2 scheduled, 2 done, 2 conformidades signed.
 * Refusals: starting it by someone else (403) or for a bad year (400) or twice (409), a plan with
 * bad data (400), steps by the wrong person (403), nothing moved.
 */
class MantenimientoPreventivoIT extends PruebaConElEar {

  static final String TI11 = "P/OGA-TI-11";
  static final String DIRECTOR_OAS = "director.oas";
  static final String ANALISTA_DGM = "analista.dgm";
  static final ZoneId LIMA = ZoneId.of("America/Lima");
  static final List<String> EQUIPOS_DGM = List.of("740880500201", "740880500202");

  /** The demo people's names, as the signatures carry them. */
  static final Map<String, String> NOMBRES =
      Map.of(
          DIRECTOR_OTI,
          "Miguel Castillo León",
          COORDINADOR_MDA,
          "Hugo Vilca Cornejo",
          ANALISTA_DGM,
          "Sofía Ríos Cárdenas",
          "usuario.area",
          "Gabriela Núñez Herrera",
          // the README's example CSV (imported by EquiposIT in the same run) gives DGM items to
          // them
          "secretaria.dgm",
          "Patricia Guzmán Pinto",
          "director.dgm",
          "Fernando Aguilar Díaz",
          "secretaria.oga",
          "Rosa Quispe Huamán");

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  private static Instant reloj(int horas) {
    return Portal.adelantarReloj(horas);
  }

  /** Moves the engine's clock to just past 08:00 of that day in Lima (the service's opening). */
  private static void relojHasta(LocalDate dia) {
    Instant ahora = reloj(0);
    Instant apertura = dia.atTime(8, 30).atZone(LIMA).toInstant();
    long horas =
        Math.max(0, (long) Math.ceil(Duration.between(ahora, apertura).toMinutes() / 60.0));
    reloj((int) horas);
  }

  /**
   * The item's service (act. 11) once its timer ran: moving the clock runs the due timers, unless
   * the server's own minute check is running them at that moment (then it does, within a minute).
   */
  private static void servicioAbierto(String n) throws InterruptedException {
    long hasta = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (tareaDe(OPERADOR_MDA, n, TI11, 11).isEmpty()) {
      assertTrue(System.nanoTime() < hasta, "act. 11 no se abrió en la fecha del equipo");
      Thread.sleep(1000);
      reloj(0);
    }
  }

  private static Respuesta iniciarPlan(String usuario, Object anio) {
    return postJson(
        usuario, "/mantenimiento-preventivo", anio == null ? Map.of() : Map.of("anio", anio));
  }

  private static JsonNode plan(int anio) {
    Respuesta r = get(COORDINADOR_MDA, "/mantenimiento-preventivo/" + anio);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  private static LocalDate habilDesde(LocalDate d) {
    LocalDate x = d;
    while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
      x = x.plusDays(1);
    }
    return x;
  }

  private static Object[] datosDelPlan(String unidades, LocalDate inicio, Object porDia) {
    return new Object[] {
      "unidades",
      unidades,
      "tipos",
      "",
      "fechaInicio",
      inicio.toString(),
      "equiposPorDia",
      porDia,
      "objetivo",
      "Conservar operativos los equipos informáticos de la sede central."
    };
  }

  /**
   * The deliverable with signatures in force by these people (user names), valid for DSS and
   * pdfsig, PDF/A-2B.
   */
  private static byte[] firmadoYArchivable(JsonNode d, List<String> firmantes) throws Exception {
    List<String> vigentes = new ArrayList<>();
    d.path("firmas")
        .forEach(
            f -> {
              if (!f.path("anulada").asBoolean()) {
                vigentes.add(f.path("firmante").asText());
                assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString);
              }
            });
    assertEquals(
        firmantes.stream().map(u -> NOMBRES.getOrDefault(u, u)).toList(), vigentes, d::toString);
    byte[] pdf = contenido(d.path("id").asLong());
    assertEquals(firmantes.size(), firmasValidasSegunPdfsig(pdf), "pdfsig: " + d);
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B: " + d.path("asunto").asText());
    return pdf;
  }

  private static List<JsonNode> formatosDeConformidad(String n) {
    return documentosDe(n).stream()
        .filter(
            d ->
                d.path("asunto")
                    .asText()
                    .startsWith("Formato de salida de conformidad del servicio"))
        .sorted(java.util.Comparator.comparingLong(d -> d.path("id").asLong()))
        .toList();
  }

  /** Acts. 11 to 18 for the item whose service just opened. */
  private static void atenderEquipo(String n, String ticket, String usuario) {
    paso(OPERADOR_MDA, n, TI11, 11, "ticket", ticket);
    paso(SOPORTE, n, TI11, 12);
    paso(
        SOPORTE,
        n,
        TI11,
        13,
        "trabajosRealizados",
        "Limpieza interna, pasta térmica, actualización.");
    paso(SOPORTE, n, TI11, 14, "instalacion", "Equipo trasladado e instalado en su puesto.");
    // act. 15 belongs to the item's user only
    String t15 = tarea(usuario, n, TI11, 15);
    problema(intentarTarea(SOPORTE, t15, Map.of(), null), 403);
    problema(intentarTarea(COORDINADOR_MDA, t15, Map.of(), null), 403);
    assertEquals(t15, tarea(usuario, n, TI11, 15), "act. 15 sigue pendiente");
    paso(usuario, n, TI11, 15);
    paso(SOPORTE, n, TI11, 16, "acciones", "Ticket " + ticket + " actualizado con lo realizado.");
    paso(OPERADOR_MDA, n, TI11, 17);
    paso(OPERADOR_MDA, n, TI11, 18);
  }

  @Test
  void planDeLaDgmConObservacionesHastaElInformeFinal() throws Exception {
    LocalDate hoy = reloj(0).atZone(LIMA).toLocalDate();
    LocalDate inicio = habilDesde(hoy.plusDays(2));
    int anio = inicio.getYear();

    // who and what may start it
    problema(iniciarPlan(SOPORTE, anio), 403);
    problema(iniciarPlan(ANALISTA_DGM, anio), 403);
    problema(iniciarPlan(COORDINADOR_MDA, null), 400);
    JsonNode p = problema(iniciarPlan(COORDINADOR_MDA, 1999), 400);
    assertTrue(p.path("detail").asText().contains("año"), p::toString);
    Respuesta r = iniciarPlan(COORDINADOR_MDA, anio);
    assertEquals(201, r.status(), r::toString);
    String n = r.json().path("numero").asText();
    p = problema(iniciarPlan(DIRECTOR_OTI, anio), 409);
    assertTrue(p.path("detail").asText().contains(n), p::toString);
    problema(get(ANALISTA_DGM, "/mantenimiento-preventivo/" + anio), 403);
    assertEquals("PROYECTO", plan(anio).path("plan").path("estado").asText());

    // act. 1: bad plans refused, nothing written
    String t1 = tarea(COORDINADOR_MDA, n, TI11, 1);
    p =
        problema(
            intentarTarea(COORDINADOR_MDA, t1, campos(datosDelPlan("XYZ", inicio, 1)), null), 400);
    assertTrue(p.path("detail").asText().contains("XYZ"), p::toString);
    p =
        problema(
            intentarTarea(COORDINADOR_MDA, t1, campos(datosDelPlan("DGH", inicio, 1)), null), 400);
    assertTrue(
        p.path("detail").asText().contains("Analista de Gestión Administrativa"), p::toString);
    p =
        problema(
            intentarTarea(COORDINADOR_MDA, t1, campos(datosDelPlan("DGM", hoy, 1)), null), 400);
    assertEquals("fechaInicio", p.path("campo").asText(), p::toString);
    problema(intentarTarea(COORDINADOR_MDA, t1, campos(datosDelPlan("DGM", inicio, 0)), null), 400);
    problema(intentarTarea(SOPORTE, t1, campos(datosDelPlan("DGM", inicio, 1)), null), 403);
    assertEquals(0, plan(anio).path("plan").path("cronograma").size(), "nada escrito");
    assertEquals(t1, tarea(COORDINADOR_MDA, n, TI11, 1), "act. 1 sigue pendiente");

    paso(COORDINADOR_MDA, n, TI11, 1, datosDelPlan("dgm", inicio, 1));
    // the DGM's active items with a user of the portal, one a working day from the first day (the
    // demo's two; another test of the suite may have added or written off some)
    JsonNode cronograma = plan(anio).path("plan").path("cronograma");
    assertTrue(cronograma.size() >= 2, cronograma::toString);
    List<String> codigos = new ArrayList<>();
    List<String> usuarios = new ArrayList<>();
    List<LocalDate> fechas = new ArrayList<>();
    for (JsonNode x : cronograma) {
      assertEquals("DGM", x.path("unidad").asText(), x::toString);
      codigos.add(x.path("codigoPatrimonial").asText());
      usuarios.add(x.path("usuario").asText());
      fechas.add(LocalDate.parse(x.path("fechaProgramada").asText()));
    }
    assertTrue(codigos.containsAll(EQUIPOS_DGM), codigos::toString);
    assertEquals(inicio, fechas.get(0));
    for (int i = 1; i < fechas.size(); i++) {
      assertTrue(fechas.get(i).isAfter(fechas.get(i - 1)), fechas::toString);
    }
    int total = codigos.size();

    // acts. 2 and 3: the Director asks for changes, a new version; the wrong person refused
    String t2 = tarea(DIRECTOR_OTI, n, TI11, 2);
    problema(intentarTarea(COORDINADOR_MDA, t2, campos("planConforme", "true"), null), 403);
    pasoConInstruccion(
        DIRECTOR_OTI, n, TI11, 2, "Precise el objetivo del plan.", "planConforme", "false");
    Object[] nuevo = datosDelPlan("DGM", inicio, 1);
    nuevo[9] = "Conservar operativos los equipos de la DGM y prevenir fallas.";
    paso(COORDINADOR_MDA, n, TI11, 3, nuevo);
    assertEquals(2, plan(anio).path("plan").path("version").asInt());
    // act. 4: the Director approves the plan by signing it; 5 to 7
    paso(DIRECTOR_OTI, n, TI11, 4);
    JsonNode planFirmado =
        documento(entregable(n, "Plan de mantenimiento preventivo anual").path("id").asLong());
    byte[] pdfPlan = firmadoYArchivable(planFirmado, List.of(DIRECTOR_OTI));
    try (var doc = Loader.loadPDF(pdfPlan)) {
      String texto = new PDFTextStripper().getText(doc);
      String plano = texto.replaceAll("\\s+", ""); // a table cell may wrap a long code
      for (String codigo : codigos) {
        assertTrue(plano.contains(codigo), texto);
      }
      assertTrue(texto.contains("Cronograma de mantenimiento preventivo"), texto);
    }
    paso(DIRECTOR_OTI, n, TI11, 5, "ambiente", "Sala de soporte técnico, piso 3");
    paso(DIRECTOR_OAS, n, TI11, 6, "facilidades", "Dos practicantes y la sala del piso 3.");
    paso(
        COORDINADOR_MDA,
        n,
        TI11,
        7,
        "concertacion",
        "Cada usuario de la DGM registra su atención en Mesa de Ayuda en su fecha.");
    // act. 8: the DGM's Analista de Gestión Administrativa confirms her área's part
    String t8 = tarea(ANALISTA_DGM, n, TI11, 8);
    problema(intentarTarea(SOPORTE, t8, Map.of(), null), 403);
    paso(ANALISTA_DGM, n, TI11, 8);
    assertEquals(
        ANALISTA_DGM,
        plan(anio).path("plan").path("cronograma").get(0).path("confirmadoPor").asText());
    // act. 9 and the split: supervision now, each item's service on its day
    paso(COORDINADOR_MDA, n, TI11, 9);
    assertEquals("EN_EJECUCION", plan(anio).path("plan").path("estado").asText());
    assertTrue(tareaDe(COORDINADOR_MDA, n, TI11, 10).isPresent(), "act. 10 en paralelo");
    reloj(0);
    assertTrue(tareaDe(OPERADOR_MDA, n, TI11, 11).isEmpty(), "aún no es la fecha del equipo");

    for (int i = 0; i < total; i++) {
      relojHasta(fechas.get(i));
      servicioAbierto(n);
      atenderEquipo(n, "MDA-" + anio + "-000" + (i + 1), usuarios.get(i));
      if (i == 0) {
        assertTrue(tareaDe(OPERADOR_MDA, n, TI11, 11).isEmpty(), "el siguiente espera su fecha");
        paso(COORDINADOR_MDA, n, TI11, 10, "supervision", "Primer equipo atendido a tiempo.");
        assertTrue(tareaDe(COORDINADOR_MDA, n, TI11, 19).isEmpty(), "la unión espera la ejecución");
      }
    }

    // the inventory's history shows each maintenance with the expediente
    for (String codigo : codigos) {
      Respuesta eq = get(COORDINADOR_MDA, "/equipos/" + codigo);
      assertEquals(200, eq.status(), eq::toString);
      boolean anotado = false;
      for (JsonNode ev : eq.json().path("historia")) {
        if (ev.path("tipo").asText().equals("MANTENIMIENTO_PREVENTIVO")
            && ev.path("referencia").asText().equals(n)) {
          anotado = true;
        }
      }
      assertTrue(anotado, eq::toString);
    }
    // each formato de conformidad signed by the item's user
    List<JsonNode> formatos = formatosDeConformidad(n);
    assertEquals(total, formatos.size(), formatos::toString);
    // one per item, in the cronograma's order, signed by the item's user
    for (int i = 0; i < total; i++) {
      firmadoYArchivable(documento(formatos.get(i).path("id").asLong()), List.of(usuarios.get(i)));
    }

    // act. 19: the informe final with its numbers, signed
    paso(
        COORDINADOR_MDA,
        n,
        TI11,
        19,
        "conclusiones",
        "Se cumplió el cronograma de la DGM.",
        "recomendaciones",
        "Repetir el plan el próximo año.");
    paso(COORDINADOR_MDA, n, TI11, 19);
    JsonNode vista = plan(anio);
    assertEquals("CONCLUIDO", vista.path("plan").path("estado").asText());
    assertEquals(total, vista.path("resumen").path("programados").asInt(), vista::toString);
    assertEquals(total, vista.path("resumen").path("realizados").asInt(), vista::toString);
    assertEquals(
        total, vista.path("resumen").path("conformidadesFirmadas").asInt(), vista::toString);
    // each item done on its day by the engine's clock, with its ticket and its formato
    for (JsonNode x : vista.path("plan").path("cronograma")) {
      assertEquals("REALIZADO", x.path("estado").asText(), x::toString);
      LocalDate realizado = Instant.parse(x.path("realizado").asText()).atZone(LIMA).toLocalDate();
      assertEquals(x.path("fechaProgramada").asText(), realizado.toString(), x::toString);
      assertTrue(x.path("ticket").asText().startsWith("MDA-"), x::toString);
      assertTrue(x.path("conformidadNumero").asText().startsWith("ACTA"), x::toString);
    }
    JsonNode informe =
        documento(entregable(n, "Informe final del mantenimiento preventivo").path("id").asLong());
    byte[] pdf = firmadoYArchivable(informe, List.of(COORDINADOR_MDA));
    try (var doc = Loader.loadPDF(pdf)) {
      String texto = new PDFTextStripper().getText(doc);
      String plano = texto.replaceAll("\\s+", " "); // a label may wrap in its cell
      for (String numero :
          List.of(
              "Equipos programados " + total,
              "Mantenimientos realizados " + total,
              "Conformidades firmadas por los usuarios " + total)) {
        assertTrue(plano.contains(numero), numero + " en " + texto);
      }
    }
    assertTrue(
        sinPasosPendientes(n, COORDINADOR_MDA, DIRECTOR_OTI, OPERADOR_MDA, SOPORTE, ANALISTA_DGM),
        "P/OGA-TI-11 terminó");
  }

  /**
   * The other year's plan, started by the Director de TI and approved without changes (2 → 4): the
   * main test takes the year of its first day, this one the other year the start accepts, its
   * cronograma from the first working day of January (fails only on 31 December, when no day of the
   * current year is left after today).
   */
  @Test
  void planSinAjustesDelOtroAnioIniciadoPorElDirector() throws Exception {
    LocalDate hoy = reloj(0).atZone(LIMA).toLocalDate();
    int delOtroTest = habilDesde(hoy.plusDays(2)).getYear();
    int anio = delOtroTest == hoy.getYear() ? hoy.getYear() + 1 : hoy.getYear();
    LocalDate inicio = anio > hoy.getYear() ? LocalDate.of(anio, 1, 4) : hoy.plusDays(1);
    Respuesta r = iniciarPlan(DIRECTOR_OTI, anio);
    assertEquals(201, r.status(), r::toString);
    String n = r.json().path("numero").asText();
    // act. 1 is the Coordinador de Mesa de Ayuda's, whoever started the plan
    assertTrue(tareaDe(DIRECTOR_OTI, n, TI11, 1).isEmpty());
    paso(COORDINADOR_MDA, n, TI11, 1, datosDelPlan("DGM", inicio, 2));
    JsonNode cronograma = plan(anio).path("plan").path("cronograma");
    assertTrue(cronograma.size() >= 2, cronograma::toString);
    // two a day: the first two share the first working day
    assertEquals(
        cronograma.get(0).path("fechaProgramada").asText(),
        cronograma.get(1).path("fechaProgramada").asText());
    paso(DIRECTOR_OTI, n, TI11, 2, "planConforme", "true");
    paso(DIRECTOR_OTI, n, TI11, 4);
    assertEquals(1, plan(anio).path("plan").path("version").asInt());
    firmadoYArchivable(
        documento(entregable(n, "Plan de mantenimiento preventivo anual").path("id").asLong()),
        List.of(DIRECTOR_OTI));
    assertTrue(tareaDe(DIRECTOR_OTI, n, TI11, 5).isPresent(), "sigue la act. 5");
    assertTrue(tareaDe(COORDINADOR_MDA, n, TI11, 3).isEmpty(), "sin observaciones no hay act. 3");
  }
}
