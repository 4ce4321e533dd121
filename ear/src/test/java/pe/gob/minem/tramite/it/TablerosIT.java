package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboards (ADR 0035) on Payara Server with PostgreSQL, checked against what the test itself
 * did and against Flowable's own history rows read from the database: open instances and steps grow
 * by what the test opened; the median and 95th percentile of an activity are those of its completed
 * rows (the test's own rows with durations fixed by the tests' clock among them); the overdue steps
 * are the runtime's; a director sees their unit's steps only; whoever has no dashboard gets 403;
 * each CSV has the numbers of the JSON.
 */
class TablerosIT extends PruebaConElEar {

  private static final String TI01 = "P/OGA-TI-01";
  private static final String ATENCION = "Atención de un expediente (del portal)";
  private static final String DIRECTOR_DGM = "director.dgm";

  @AfterEach
  void relojReal() {
    Portal.relojReal();
  }

  private static Instant relojDelServidor(long horas) {
    return Portal.adelantarReloj(horas);
  }

  private static JsonNode tablero(String usuario) {
    Respuesta r = get(usuario, "/tableros");
    assertEquals(200, r.status(), () -> "tablero de " + usuario + ": " + r);
    return r.json();
  }

  private static Optional<JsonNode> fila(JsonNode filas, String codigo, Integer actividad) {
    for (JsonNode f : filas) {
      boolean mismoCodigo =
          codigo == null ? vacio(f.path("codigo")) : codigo.equals(f.path("codigo").asText());
      if (mismoCodigo && (actividad == null || f.path("actividad").asInt() == actividad)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** JSON-B leaves a null out. */
  private static boolean vacio(JsonNode n) {
    return n.isMissingNode() || n.isNull();
  }

  private static long abiertas(JsonNode t, String procedimiento) {
    for (JsonNode f : t.path("instanciasPorProcedimiento")) {
      if (procedimiento.equals(f.path("procedimiento").asText())
          || procedimiento.equals(f.path("codigo").asText())) {
        return f.path("abiertas").asLong();
      }
    }
    return 0;
  }

  private static long pasos(JsonNode t, String codigo, int actividad) {
    return fila(t.path("pasosPorActividad"), codigo, actividad)
        .map(f -> f.path("abiertos").asLong())
        .orElse(0L);
  }

  private static void completarPaso(String usuario, String numero, Map<String, String> datos) {
    String id = tarea(usuario, numero).path("id").asText();
    Respuesta r = completar(usuario, id, datos);
    assertEquals(200, r.status(), () -> usuario + ": " + r);
  }

  @Test
  void lasInstanciasYLosPasosAbiertosCrecenEnLoQueLaPruebaAbre() {
    JsonNode antes = tablero(ADMIN);
    String e1 = registrarValido("Tablero " + UUID.randomUUID()).path("numero").asText();
    String e2 = registrarValido("Tablero " + UUID.randomUUID()).path("numero").asText();
    completarPaso(SECRETARIA_OGA, e2, Map.of());
    JsonNode despues = tablero(ADMIN);

    // each expediente: the portal's attention and its P/OGA-TI-01 sub-process
    assertEquals(abiertas(antes, TI01) + 2, abiertas(despues, TI01), despues::toString);
    assertEquals(abiertas(antes, ATENCION) + 2, abiertas(despues, ATENCION), despues::toString);
    // e1 waits at act. 1, e2 at act. 2
    assertEquals(pasos(antes, TI01, 1) + 1, pasos(despues, TI01, 1), despues::toString);
    assertEquals(pasos(antes, TI01, 2) + 1, pasos(despues, TI01, 2), despues::toString);
    JsonNode act1 = fila(despues.path("pasosPorActividad"), TI01, 1).orElseThrow();
    assertEquals(
        "Recibir, verificar, registrar y entregar el expediente al Director General",
        act1.path("nombre").asText(),
        "la actividad con su nombre del MAPRO");
    assertEquals("Derivación de documentos para su atención", act1.path("procedimiento").asText());
    assertFalse(despues.toString().contains("P_OGA_TI_01"), "nunca la clave del proceso");
    assertFalse(despues.toString().contains("atencion_expediente"), "nunca la clave del proceso");
    assertTrue(expediente(SECRETARIA_OGA, e1).path("numero").asText().equals(e1));

    // the months: 12, the current one last, counting the two registered now
    JsonNode meses = despues.path("expedientesPorMes");
    assertEquals(12, meses.size(), meses::toString);
    JsonNode mesAntes = antes.path("expedientesPorMes").get(11);
    JsonNode mes = meses.get(11);
    assertEquals(mesAntes.path("mes").asText(), mes.path("mes").asText());
    assertEquals(
        mesAntes.path("registrados").asLong() + 2, mes.path("registrados").asLong(), mes::toString);
  }

  @Test
  void laMedianaYElPercentil95SonLosDeLosPasosTerminadosDelHistorial() throws SQLException {
    // the tests' clock stands still at t0 until moved: the test's steps take exactly what it moves
    Instant t0 = relojDelServidor(0);
    List<String> numeros = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numeros.add(registrarValido("Tablero tiempos " + UUID.randomUUID()).path("numero").asText());
    }
    long[] horas = {1, 2, 4}; // completed after 1 h, 3 h and 7 h
    for (int i = 0; i < 3; i++) {
      relojDelServidor(horas[i]);
      completarPaso(SECRETARIA_OGA, numeros.get(i), Map.of());
    }
    Instant ahora = t0.plus(Duration.ofHours(7));
    JsonNode t = tablero(ADMIN);
    JsonNode fila =
        fila(t.path("tiempoPorActividad"), TI01, 1)
            .orElseThrow(() -> new AssertionError(t.toString()));

    long[] segundos = duracionesDelHistorial(ahora.minus(Duration.ofDays(365)));
    for (long propia : new long[] {3600, 3 * 3600, 7 * 3600}) {
      assertTrue(
          Arrays.stream(segundos).anyMatch(s -> s == propia),
          () -> "el historial tiene el paso de " + propia + " s de la prueba");
    }
    assertEquals(segundos.length, fila.path("terminados").asLong(), fila::toString);
    assertEquals(rangoMasCercano(segundos, 50), fila.path("p50Segundos").asLong(), fila::toString);
    assertEquals(rangoMasCercano(segundos, 95), fila.path("p95Segundos").asLong(), fila::toString);
    assertTrue(
        fila.path("p95").asText().matches("\\d+ (s|min|h \\d+ min|d \\d+ h)"),
        () -> "la duración en palabras: " + fila);
  }

  @Test
  void losVencidosSonLosPasosDelFlujoConElPlazoCumplido() throws SQLException {
    relojDelServidor(0);
    String numero = registrarValido("Tablero vencido " + UUID.randomUUID()).path("numero").asText();
    JsonNode paso = tarea(SECRETARIA_OGA, numero);
    Instant vence = Instant.parse(paso.path("venceElPaso").asText());
    Instant ahora = relojDelServidor(Duration.between(relojDelServidor(0), vence).toHours() + 1);
    assertTrue(tarea(SECRETARIA_OGA, numero).path("pasoVencido").asBoolean());

    JsonNode t = tablero(ADMIN);
    long total = 0;
    for (JsonNode f : t.path("vencidosPorUnidad")) {
      total += f.path("vencidos").asLong();
    }
    long porPersona = 0;
    for (JsonNode f : t.path("vencidosPorPersona")) {
      porPersona += f.path("vencidos").asLong();
    }
    try (Connection c = BaseDeDatos.conectar()) {
      assertEquals(
          contar(
              c,
              "select count(*) from act_ru_task where due_date_ <= ? and suspension_state_ = 1",
              ahora),
          total,
          t::toString);
      long deLaOga =
          contar(
              c,
              "select count(distinct t.id_) from act_ru_task t join act_ru_identitylink l on"
                  + " l.task_id_ = t.id_ where t.due_date_ <= ? and t.suspension_state_ = 1 and"
                  + " l.type_ = 'candidate' and l.group_id_ like 'OGA:%'",
              ahora);
      assertTrue(deLaOga >= 1, "el paso de la prueba");
      JsonNode oga = null;
      for (JsonNode f : t.path("vencidosPorUnidad")) {
        if ("OGA".equals(f.path("unidad").asText())) {
          oga = f;
        }
      }
      assertTrue(oga != null, () -> "sin fila de la OGA: " + t);
      assertEquals("Oficina General de Administración", oga.path("nombre").asText(), t::toString);
      assertEquals(deLaOga, oga.path("vencidos").asLong(), t::toString);
    }
    assertEquals(total, porPersona, "cada vencido tiene su persona o está sin tomar");
    assertTrue(
        t.path("vencidosPorPersona").toString().contains("Sin tomar (en la bandeja del cargo)"),
        t::toString);
  }

  @Test
  void unDirectorVeSoloLosPasosDeSuUnidadYLaOtiSusProcedimientos() {
    String numero = registrarValido("Tablero DGM " + UUID.randomUUID()).path("numero").asText();
    completarPaso(SECRETARIA_OGA, numero, Map.of());
    completarPaso(DIRECTOR_OGA, numero, Map.of("unidad", "DGM"));
    JsonNode antes = tablero(DIRECTOR_DGM);
    completarPaso(SECRETARIA_OGA, numero, Map.of()); // act. 4 now waits at the DGM
    JsonNode dgm = tablero(DIRECTOR_DGM);
    assertEquals(pasos(antes, TI01, 4) + 1, pasos(dgm, TI01, 4), dgm::toString);
    for (int actividadDeLaOga : new int[] {1, 2, 3}) {
      assertTrue(
          fila(dgm.path("pasosPorActividad"), TI01, actividadDeLaOga).isEmpty(),
          () -> "la DGM no ve las actividades de la OGA: " + dgm);
    }
    for (JsonNode f : dgm.path("vencidosPorUnidad")) {
      assertEquals("DGM", f.path("unidad").asText(), dgm::toString);
    }
    assertTrue(vacio(dgm.path("ticketsPorCategoria")), "la Mesa de Ayuda es de la OTI");
    assertTrue(vacio(dgm.path("encuestas")));
    problema(get(DIRECTOR_DGM, "/tableros/tickets-por-categoria.csv"), 404);

    JsonNode oga = tablero(DIRECTOR_OGA);
    assertTrue(pasos(oga, TI01, 1) >= 1, oga::toString);
    assertTrue(fila(oga.path("pasosPorActividad"), TI01, 4).isEmpty(), oga::toString);

    // the OTI sees its procedures wherever their steps are, and the Mesa de Ayuda
    JsonNode oti = tablero(DIRECTOR_OTI);
    assertEquals(pasos(tablero(ADMIN), TI01, 4), pasos(oti, TI01, 4), oti::toString);
    assertEquals(9, oti.path("ticketsPorCategoria").size(), "8 categorías y «Sin clasificar»");
    assertEquals(4, oti.path("encuestas").size(), oti::toString);
    assertEquals(200, get("coordinador.oti", "/tableros").status());
  }

  @Test
  void quienNoEsDirectorNiDeLaOtiNoTieneTablero() {
    for (String u : List.of("usuario.area", SECRETARIA_OGA, ANALISTA_OTI)) {
      JsonNode p = problema(get(u, "/tableros"), 403);
      assertTrue(p.path("detail").asText().contains("directores"), p::toString);
      problema(get(u, "/tableros/pasos-por-actividad.csv"), 403);
    }
    problema(get(ADMIN, "/tableros/no-existe.csv"), 404);
  }

  @Test
  void cadaCsvTieneLosNumerosDelJson() {
    JsonNode t = tablero(ADMIN);
    Respuesta r = get(ADMIN, "/tableros/tiempo-por-actividad.csv");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.tipo().startsWith("text/csv"), r::tipo);
    String texto = r.texto();
    assertEquals('\uFEFF', texto.charAt(0), "UTF-8 con BOM");
    List<String[]> filas = csv(texto.substring(1));
    assertEquals("Código", filas.get(0)[0]);
    JsonNode tiempos = t.path("tiempoPorActividad");
    assertEquals(tiempos.size() + 1, filas.size(), texto);
    for (int i = 0; i < tiempos.size(); i++) {
      JsonNode j = tiempos.get(i);
      String[] f = filas.get(i + 1);
      assertEquals(j.path("codigo").isNull() ? "" : j.path("codigo").asText(), f[0]);
      assertEquals(j.path("actividad").asText(), f[2]);
      assertEquals(j.path("terminados").asText(), f[4]);
      assertEquals(j.path("p50Segundos").asText(), f[5]);
      assertEquals(j.path("p95Segundos").asText(), f[6]);
      assertEquals(j.path("p50").asText(), f[7]);
    }
    List<String[]> meses =
        csv(get(ADMIN, "/tableros/expedientes-por-mes.csv").texto().substring(1));
    for (int i = 0; i < 12; i++) {
      JsonNode j = t.path("expedientesPorMes").get(i);
      assertEquals(j.path("mes").asText(), meses.get(i + 1)[0]);
      assertEquals(j.path("registrados").asText(), meses.get(i + 1)[2]);
    }
    List<String[]> instancias =
        csv(get(ADMIN, "/tableros/instancias-por-procedimiento.csv").texto().substring(1));
    JsonNode ji = t.path("instanciasPorProcedimiento");
    assertEquals(ji.size() + 1, instancias.size());
    for (int i = 0; i < ji.size(); i++) {
      assertEquals(ji.get(i).path("procedimiento").asText(), instancias.get(i + 1)[1]);
      assertEquals(ji.get(i).path("abiertas").asText(), instancias.get(i + 1)[2]);
    }
  }

  // ---------------------------------------------------------------- the oracle

  /** Seconds of every completed act. 1 of P/OGA-TI-01 in Flowable's history since {@code desde}. */
  private static long[] duracionesDelHistorial(Instant desde) throws SQLException {
    List<Long> l = new ArrayList<>();
    try (Connection c = BaseDeDatos.conectar();
        PreparedStatement ps =
            c.prepareStatement(
                "select t.duration_ from act_hi_taskinst t join act_re_procdef d on d.id_ ="
                    + " t.proc_def_id_ where d.key_ = 'P_OGA_TI_01' and t.task_def_key_ = 'act1'"
                    + " and t.end_time_ is not null and t.delete_reason_ is null and"
                    + " t.end_time_ > ?")) {
      ps.setTimestamp(1, Timestamp.from(desde));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          l.add(rs.getLong(1) / 1000);
        }
      }
    }
    return l.stream().mapToLong(Long::longValue).toArray();
  }

  /** Nearest rank, written again here: the smallest value with p % of them at or below it. */
  private static long rangoMasCercano(long[] valores, int p) {
    long[] o = valores.clone();
    Arrays.sort(o);
    int k = (int) Math.ceil(p * o.length / 100.0);
    return o[k - 1];
  }

  private static long contar(Connection c, String sql, Instant ahora) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.from(ahora));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Semicolon-separated rows, quotes doubled inside quoted fields. */
  private static List<String[]> csv(String texto) {
    List<String[]> filas = new ArrayList<>();
    for (String linea : texto.split("\r\n")) {
      List<String> campos = new ArrayList<>();
      StringBuilder campo = new StringBuilder();
      boolean citado = false;
      for (int i = 0; i < linea.length(); i++) {
        char ch = linea.charAt(i);
        if (citado) {
          if (ch == '"' && i + 1 < linea.length() && linea.charAt(i + 1) == '"') {
            campo.append('"');
            i++;
          } else if (ch == '"') {
            citado = false;
          } else {
            campo.append(ch);
          }
        } else if (ch == '"') {
          citado = true;
        } else if (ch == ';') {
          campos.add(campo.toString());
          campo.setLength(0);
        } else {
          campo.append(ch);
        }
      }
      campos.add(campo.toString());
      filas.add(campos.toArray(String[]::new));
    }
    return filas;
  }
}
