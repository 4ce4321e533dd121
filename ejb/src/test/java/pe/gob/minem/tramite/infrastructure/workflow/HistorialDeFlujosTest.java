package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the dashboards read from a real Flowable engine (ADR 0035), with the clock standing still
 * between moves so durations are exact: the running instances with the MAPRO code and name, the
 * waiting steps with their cargo's unit and due date, and the completed steps with their durations,
 * leaving out the steps ended by a cancelled process.
 */
class HistorialDeFlujosTest {

  private static ProcessEngine motor;
  private static DefaultClockImpl reloj;
  private static HistorialDeFlujos historial;
  private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");

  @BeforeAll
  static void iniciar() {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tableros;DB_CLOSE_DELAY=-1");
    reloj = new DefaultClockImpl();
    var cfg = MotorDePrueba.configuracion(ds, "tableros", reloj);
    cfg.setHistoryLevel(org.flowable.common.engine.impl.history.HistoryLevel.AUDIT);
    motor = cfg.buildProcessEngine();
    motor
        .getRepositoryService()
        .createDeployment()
        .addString(
            "dos_pasos.bpmn20.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         xmlns:mapro="http://minem.gob.pe/tramite/mapro"
                         targetNamespace="http://minem.gob.pe/tramite/pruebas">
              <process id="P_PRUEBA" name="P/OGA-TI-99 Procedimiento de prueba" isExecutable="true"
                       mapro:procedimiento="P/OGA-TI-99">
                <startEvent id="inicio"/>
                <sequenceFlow id="f1" sourceRef="inicio" targetRef="act1"/>
                <userTask id="act1" mapro:actividad="1" name="Recibir" flowable:candidateGroups="OGA:SECRETARIA"
                          flowable:dueDate="${vence}"/>
                <sequenceFlow id="f2" sourceRef="act1" targetRef="act2"/>
                <userTask id="act2" mapro:actividad="2" name="Atender" flowable:assignee="${responsable}"/>
                <sequenceFlow id="f3" sourceRef="act2" targetRef="fin"/>
                <endEvent id="fin"/>
              </process>
            </definitions>
            """)
        .deploy();
    historial =
        new HistorialDeFlujos(motor, new CatalogoDeActividades(motor.getRepositoryService()));
  }

  @AfterAll
  static void cerrar() {
    reloj.reset();
    motor.close();
  }

  private static void ir(Duration desdeT0) {
    reloj.setCurrentTime(Date.from(T0.plus(desdeT0)));
  }

  private static String iniciar(Instant vence) {
    return motor
        .getRuntimeService()
        .startProcessInstanceByKey(
            "P_PRUEBA", Map.of("vence", Date.from(vence), "responsable", "analista.oti"))
        .getId();
  }

  private static void completarAct1(String instancia) {
    var t = motor.getTaskService().createTaskQuery().processInstanceId(instancia).singleResult();
    motor.getTaskService().complete(t.getId());
  }

  @Test
  void instanciasPasosYDuracionesDelHistorial() {
    ir(Duration.ZERO);
    String a = iniciar(T0.plus(Duration.ofDays(1)));
    String b = iniciar(T0.plus(Duration.ofDays(1)));
    String c = iniciar(T0.plus(Duration.ofDays(1)));
    String cancelada = iniciar(T0.plus(Duration.ofDays(1)));
    ir(Duration.ofHours(1));
    completarAct1(a);
    ir(Duration.ofHours(3));
    completarAct1(b);
    ir(Duration.ofHours(5));
    motor.getRuntimeService().deleteProcessInstance(cancelada, "expediente anulado");

    var instancias = historial.instanciasEnCurso();
    assertEquals(3, instancias.size(), instancias::toString);
    var p = instancias.get(0).proceso();
    assertEquals("P/OGA-TI-99", p.codigo());
    assertEquals("Procedimiento de prueba", p.nombre(), "el nombre sin el código");

    var enCurso =
        historial.pasosEnCurso().stream()
            .sorted(Comparator.comparing(HistorialDeFlujos.Paso::procesoId))
            .toList();
    assertEquals(3, enCurso.size());
    var act1 = enCurso.stream().filter(x -> x.procesoId().equals(c)).findFirst().orElseThrow();
    assertEquals(1, act1.actividad().numero());
    assertEquals("Recibir", act1.actividad().nombre());
    assertEquals("OGA", act1.unidadDelCargo(), "la unidad del grupo candidato OGA:SECRETARIA");
    assertEquals(T0.plus(Duration.ofDays(1)), act1.vence());
    var act2 = enCurso.stream().filter(x -> x.procesoId().equals(a)).findFirst().orElseThrow();
    assertEquals(2, act2.actividad().numero());
    assertNull(act2.unidadDelCargo(), "dado a una persona, sin cargo");
    assertEquals("analista.oti", act2.asignado());

    List<HistorialDeFlujos.Paso> terminados =
        historial.pasosTerminadosDesde(T0.minus(Duration.ofDays(1)));
    assertEquals(
        2, terminados.size(), "la tarea de la instancia cancelada no cuenta: " + terminados);
    assertEquals(
        List.of(3_600_000L, 10_800_000L),
        terminados.stream().map(HistorialDeFlujos.Paso::duracionMilisegundos).sorted().toList());
    assertTrue(terminados.stream().allMatch(x -> "OGA".equals(x.unidadDelCargo())));
    assertTrue(
        historial.pasosTerminadosDesde(T0.plus(Duration.ofHours(4))).isEmpty(),
        "desde: por la hora en que se completaron");
  }
}
