package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.infrastructure.workflow.ConsultaDeBandeja;
import pe.gob.minem.tramite.infrastructure.workflow.ConsultaDeBandeja.Criterios;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDePrueba;

/**
 * The bandeja's query (ADR 0045) on a real Flowable engine and the portal's schema in H2: the same
 * tasks, in the same order and with the same counts as the engine's own query filtered in memory
 * (the way the bandeja was read before), for every filter, on 60 tasks of varied expedientes.
 */
class ConsultaDeBandejaEnH2Test {

  static final LocalDate HOY = LocalDate.of(2026, 12, 3);
  static final Instant AHORA = Instant.parse("2026-12-03T15:00:00Z");
  static final String USUARIO = "secretaria.oti";
  static final Set<String> GRUPOS = Set.of("OTI:SECRETARIA", "OTI:DIRECTOR");

  static BaseDeDatosEnMemoria bd;
  static ProcessEngine motor;

  /** Each expediente's row, as the reference filters and orders them. */
  record Fila(
      String numero,
      String asunto,
      String tipo,
      String prioridad,
      String estado,
      LocalDate limite) {
    boolean vencido() {
      return !estado.equals("ATENDIDO") && HOY.isAfter(limite);
    }
  }

  static final Map<String, Fila> filas = new HashMap<>();

  @BeforeAll
  static void sembrar() throws Exception {
    bd = new BaseDeDatosEnMemoria();
    String[] tipos = {"SOLICITUD", "OFICIO", "CARTA"};
    String[] prioridades = {"NORMAL", "URGENTE", "MUY_URGENTE"};
    String[] asuntos = {
      "Renovación de licencias", "Mantenimiento del SERVIDOR", "100% de avance", "Red_interna"
    };
    bd.enTransaccion(
        em -> {
          UnidadOrganica oti = Semilla.unidad(em, "OTI", "Tecnologías");
          for (int i = 1; i <= 24; i++) {
            Semilla.expediente(em, i, oti);
          }
        });
    try (var c = bd.conexion();
        var st = c.createStatement()) {
      for (int i = 1; i <= 24; i++) {
        String numero = String.format("EXP-2026-%06d", i);
        var f =
            new Fila(
                numero,
                asuntos[i % asuntos.length] + " " + i,
                tipos[i % 3],
                prioridades[(i / 3) % 3],
                i % 7 == 0 ? "ATENDIDO" : "EN_TRAMITE",
                HOY.plusDays((i % 5) - 2));
        filas.put(numero, f);
        st.execute(
            "UPDATE expediente SET asunto = '"
                + f.asunto()
                + "', tipo_documento = '"
                + f.tipo()
                + "', prioridad = '"
                + f.prioridad()
                + "', estado = '"
                + f.estado()
                + "', fecha_limite = DATE '"
                + f.limite()
                + "' WHERE numero = '"
                + numero
                + "'");
      }
    }
    var reloj = new DefaultClockImpl();
    motor = MotorDePrueba.configuracion(bd.dataSource(), "bandeja", reloj).buildProcessEngine();
    motor
        .getRepositoryService()
        .createDeployment()
        .addString(
            "tarea.bpmn20.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://minem.gob.pe/tramite/pruebas">
              <process id="tarea" isExecutable="true">
                <startEvent id="inicio"/>
                <sequenceFlow id="f1" sourceRef="inicio" targetRef="atender"/>
                <userTask id="atender" name="Atender" flowable:candidateGroups="${grupo}"
                          flowable:dueDate="${vence}"/>
                <sequenceFlow id="f2" sourceRef="atender" targetRef="fin"/>
                <endEvent id="fin"/>
              </process>
            </definitions>
            """)
        .deploy();
    String[] grupos = {"OTI:SECRETARIA", "OTI:DIRECTOR", "OGA:SECRETARIA"};
    var tareas = motor.getTaskService();
    // 60 tasks: 1 to 3 per expediente, some with no expediente (EXP-2026-000099), created one
    // minute apart in an order other than the expedientes'; some claimed, by her or by another
    for (int k = 0; k < 60; k++) {
      int i = (k * 7) % 25 + 1;
      String numero = String.format("EXP-2026-%06d", i == 25 ? 99 : i);
      reloj.setCurrentTime(Date.from(AHORA.minusSeconds(3600L * 24 - 60L * k)));
      Map<String, Object> v = new HashMap<>();
      v.put("numero", numero);
      v.put("grupo", grupos[k % 3]);
      v.put(
          "vence",
          k % 4 == 0 ? Date.from(AHORA.minusSeconds(60)) : Date.from(AHORA.plusSeconds(86400)));
      String proceso = motor.getRuntimeService().startProcessInstanceByKey("tarea", v).getId();
      String id = tareas.createTaskQuery().processInstanceId(proceso).singleResult().getId();
      if (k % 5 == 1) {
        tareas.claim(id, USUARIO);
      } else if (k % 5 == 3) {
        tareas.claim(id, "otra.persona");
      }
    }
    reloj.setCurrentTime(Date.from(AHORA));
  }

  @AfterAll
  static void cerrar() {
    motor.close();
    bd.close();
  }

  /** The bandeja as it was read before: the engine's query, then each filter in memory. */
  static List<String> referencia(Predicate<Fila> filtro) {
    record Par(String id, Fila f, Instant creada) {}
    List<Par> pares = new ArrayList<>();
    for (var t :
        motor
            .getTaskService()
            .createTaskQuery()
            .active()
            .or()
            .taskAssignee(USUARIO)
            .taskCandidateGroupIn(GRUPOS)
            .endOr()
            .includeProcessVariables()
            .list()) {
      Fila f = filas.get((String) t.getProcessVariables().get("numero"));
      if (f != null && filtro.test(f)) {
        pares.add(new Par(t.getId(), f, t.getCreateTime().toInstant()));
      }
    }
    pares.sort(
        Comparator.comparing((Par p) -> p.f().vencido())
            .reversed()
            .thenComparing(p -> p.f().prioridad().equals("NORMAL"))
            .thenComparing(Par::creada)
            .thenComparing(Par::id));
    return pares.stream().map(Par::id).toList();
  }

  static ConsultaDeBandeja.Resultado consultar(Criterios c, int desde, int maximo) {
    return bd.obtener(em -> new ConsultaDeBandeja(em).consultar(c, desde, maximo));
  }

  static Criterios criterios(String tipo, String prioridad, boolean vencidos, String texto) {
    return new Criterios(USUARIO, GRUPOS, tipo, prioridad, vencidos, texto, HOY, AHORA);
  }

  static boolean contiene(Fila f, String texto) {
    String t = texto.strip().toLowerCase(Locale.ROOT);
    return f.numero().toLowerCase(Locale.ROOT).contains(t)
        || f.asunto().toLowerCase(Locale.ROOT).contains(t);
  }

  /** Checks the query against the reference; returns how many tasks both found. */
  int igualALaReferencia(Criterios c, Predicate<Fila> filtro) {
    List<String> esperadas = referencia(filtro);
    var r = consultar(c, 0, 2000);
    assertEquals(esperadas, r.ids(), () -> "tareas de " + c);
    assertEquals(esperadas.size(), r.total());
    long vencidas = esperadas.stream().filter(id -> filas.get(numeroDe(id)).vencido()).count();
    assertEquals(vencidas, r.vencidas(), "expedientes vencidos");
    return esperadas.size();
  }

  static String numeroDe(String tareaId) {
    return (String) motor.getTaskService().getVariable(tareaId, "numero");
  }

  @Test
  void sinFiltrosLasMismasTareasEnElMismoOrden() {
    var r = consultar(criterios(null, null, false, null), 0, 2000);
    // neither the other unit's cargo, nor one claimed by another person, nor one with no expediente
    assertEquals(referencia(f -> true), r.ids());
    assertEquals(
        r.ids().size(), r.ids().stream().filter(id -> filas.containsKey(numeroDe(id))).count());
    long deOtraPersona =
        motor.getTaskService().createTaskQuery().taskAssignee("otra.persona").count();
    assertTrue(deOtraPersona > 0 && r.total() < 60 - deOtraPersona, "some were left out");
  }

  @Test
  void cadaFiltroComoLaReferencia() {
    igualALaReferencia(criterios("OFICIO", null, false, null), f -> f.tipo().equals("OFICIO"));
    igualALaReferencia(
        criterios(null, "URGENTE", false, null), f -> f.prioridad().equals("URGENTE"));
    igualALaReferencia(criterios(null, null, true, null), Fila::vencido);
    igualALaReferencia(
        criterios("SOLICITUD", "NORMAL", true, null),
        f -> f.tipo().equals("SOLICITUD") && f.prioridad().equals("NORMAL") && f.vencido());
  }

  @Test
  void elTextoSeBuscaEnElNumeroYEnElAsuntoSinDistinguirMayusculas() {
    int todas = igualALaReferencia(criterios(null, null, false, null), f -> true);
    for (String texto :
        List.of("servidor", "SERVIDOR", "exp-2026-00001", " licencias ", "Renovación")) {
      int n = igualALaReferencia(criterios(null, null, false, texto), f -> contiene(f, texto));
      assertTrue(n > 0 && n < todas, () -> "«" + texto + "» finds some tasks, not all: " + n);
    }
    assertEquals(0, igualALaReferencia(criterios(null, null, false, "ninguna"), f -> false));
  }

  @Test
  void losComodinesDelTextoSeLeenLiteralmente() {
    // «%» and «_» are what a person typed, not LIKE's wildcards
    int todas = igualALaReferencia(criterios(null, null, false, null), f -> true);
    for (String texto : List.of("100%", "%", "red_", "d_i")) {
      int n = igualALaReferencia(criterios(null, null, false, texto), f -> contiene(f, texto));
      assertTrue(n > 0 && n < todas, () -> "«" + texto + "» finds some tasks, not all: " + n);
    }
    assertEquals(0, consultar(criterios(null, null, false, "_x_"), 0, 10).total());
    assertEquals(0, consultar(criterios(null, null, false, "!"), 0, 10).total());
  }

  @Test
  void lasPaginasRecorrenLaBandejaEnOrden() {
    List<String> todas = referencia(f -> true);
    List<String> recorridas = new ArrayList<>();
    for (int desde = 0; desde < todas.size(); desde += 7) {
      var r = consultar(criterios(null, null, false, null), desde, 7);
      assertEquals(todas.size(), r.total());
      recorridas.addAll(r.ids());
    }
    assertEquals(todas, recorridas);
    assertEquals(List.of(), consultar(criterios(null, null, false, null), todas.size(), 7).ids());
    // only the counts
    var cuentas = consultar(criterios(null, null, false, null), 0, 0);
    assertEquals(List.of(), cuentas.ids());
    assertEquals(todas.size(), cuentas.total());
  }

  @Test
  void cuentaLosPasosVencidosPorSuPropioPlazo() {
    var r = consultar(criterios(null, null, false, null), 0, 2000);
    long esperados =
        r.ids().stream()
            .filter(
                id ->
                    !motor
                        .getTaskService()
                        .createTaskQuery()
                        .taskId(id)
                        .singleResult()
                        .getDueDate()
                        .toInstant()
                        .isAfter(AHORA))
            .count();
    assertEquals(esperados, r.pasosVencidos());
    assertTrue(esperados > 0 && esperados < r.total(), "some steps past their plazo, not all");
  }

  @Test
  void sinCargosSoloLasTareasDeLaPersona() {
    var r =
        bd.obtener(
            em ->
                new ConsultaDeBandeja(em)
                    .consultar(
                        new Criterios(USUARIO, Set.of(), null, null, false, null, HOY, AHORA),
                        0,
                        2000));
    long suyas =
        motor.getTaskService().createTaskQuery().taskAssignee(USUARIO).list().stream()
            .filter(t -> filas.containsKey(numeroDe(t.getId())))
            .count();
    assertEquals(suyas, r.total());
  }
}
