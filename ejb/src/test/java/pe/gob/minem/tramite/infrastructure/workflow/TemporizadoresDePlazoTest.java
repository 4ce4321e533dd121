package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.plazo.CalendarioLaboral;

/**
 * Plazos on a real Flowable engine with a controllable clock (never by sleeping): a step that
 * declares a plazo gets its due date and two timer boundary events; the notice fires at the start
 * of the plazo's last business day, the escalation at the midnight after it, weekends and the
 * holidays of the {@code feriado} table skipped; completing the step cancels what has not fired.
 */
class TemporizadoresDePlazoTest {

  private static ProcessEngine motor;
  private static DefaultClockImpl reloj;
  private static final List<PlazoCumplido> disparados = new ArrayList<>();

  @BeforeAll
  static void iniciar() throws Exception {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:plazos;DB_CLOSE_DELAY=-1");
    try (var con = ds.getConnection();
        var st = con.createStatement()) {
      st.execute("CREATE TABLE feriado (fecha DATE PRIMARY KEY, nombre VARCHAR(120) NOT NULL)");
      st.execute(
          "INSERT INTO feriado VALUES (DATE '2026-12-08', 'Inmaculada Concepción'),"
              + " (DATE '2026-12-09', 'Batalla de Ayacucho')");
    }
    reloj = new DefaultClockImpl();
    var cfg = MotorDePrueba.configuracion(ds, "plazos", reloj);
    cfg.setProcessValidator(ValidadorDePasos.conPasos());
    cfg.setPreBpmnParseHandlers(List.of(new TemporizadoresDePlazo()));
    var plazos = new Plazos(ds, reloj);
    plazos.enviarA(disparados::add);
    cfg.setBeans(Map.of("plazos", plazos));
    motor = cfg.buildProcessEngine();
    motor
        .getRepositoryService()
        .createDeployment()
        .addString(
            "con_plazo.bpmn20.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:mapro="http://minem.gob.pe/tramite/mapro"
                         targetNamespace="http://minem.gob.pe/tramite/pruebas">
              <process id="con_plazo" isExecutable="true">
                <startEvent id="inicio"/>
                <sequenceFlow id="f1" sourceRef="inicio" targetRef="revisar"/>
                <userTask id="revisar" name="Revisar el informe" flowable:candidateGroups="OTI:DIRECTOR"
                          xmlns:flowable="http://flowable.org/bpmn">
                  <extensionElements><mapro:paso accion="confirmar" plazo="2"/></extensionElements>
                </userTask>
                <sequenceFlow id="f2" sourceRef="revisar" targetRef="fin"/>
                <endEvent id="fin"/>
              </process>
            </definitions>
            """)
        .deploy();
  }

  @AfterAll
  static void cerrar() {
    reloj.reset();
    motor.close();
  }

  private static Instant lima(String fechaHora) {
    return LocalDateTime.parse(fechaHora).atZone(CalendarioLaboral.LIMA).toInstant();
  }

  private static void ir(String fechaHora) {
    reloj.setCurrentTime(Date.from(lima(fechaHora)));
  }

  /** What EjecutorDeTemporizadores does, without the container. */
  private static int ejecutarVencidos() {
    var gestion = motor.getManagementService();
    var vencidos = gestion.createTimerJobQuery().executable().list();
    for (var j : vencidos) {
      gestion.executeJob(gestion.moveTimerToExecutableJob(j.getId()).getId());
    }
    return vencidos.size();
  }

  @Test
  void avisaElUltimoDiaHabilYEscalaAlVencerSaltandoFinDeSemanaYFeriados() {
    disparados.clear();
    // Friday 4 December 2026: +2 business days = Monday 7, (8 and 9 holidays) Thursday 10
    ir("2026-12-04T10:00:00");
    var i = motor.getRuntimeService().startProcessInstanceByKey("con_plazo");
    var tarea =
        motor.getTaskService().createTaskQuery().processInstanceId(i.getId()).singleResult();
    assertEquals(lima("2026-12-11T00:00:00"), tarea.getDueDate().toInstant());
    assertEquals(
        2, motor.getManagementService().createTimerJobQuery().processInstanceId(i.getId()).count());

    ir("2026-12-09T23:59:00");
    assertEquals(0, ejecutarVencidos());
    assertTrue(disparados.isEmpty());

    ir("2026-12-10T00:00:01");
    assertEquals(1, ejecutarVencidos());
    assertEquals(
        List.of(new PlazoCumplido(PlazoCumplido.Momento.AVISO, i.getId(), "revisar", 2)),
        disparados);
    // the task is still there: the timer does not interrupt it
    assertEquals(1, motor.getTaskService().createTaskQuery().processInstanceId(i.getId()).count());

    ir("2026-12-11T00:00:01");
    assertEquals(1, ejecutarVencidos());
    assertEquals(PlazoCumplido.Momento.VENCIMIENTO, disparados.get(1).momento());
    assertEquals(0, ejecutarVencidos());

    motor.getTaskService().complete(tarea.getId());
    assertEquals(
        1,
        motor
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(i.getId())
            .finished()
            .count());
  }

  @Test
  void completarElPasoAntesDelAvisoCancelaSusTemporizadores() {
    disparados.clear();
    ir("2026-12-14T09:00:00"); // Monday: due at the end of Wednesday 16
    var i = motor.getRuntimeService().startProcessInstanceByKey("con_plazo");
    var tarea =
        motor.getTaskService().createTaskQuery().processInstanceId(i.getId()).singleResult();
    assertEquals(lima("2026-12-17T00:00:00"), tarea.getDueDate().toInstant());
    motor.getTaskService().complete(tarea.getId());
    assertEquals(
        0, motor.getManagementService().createTimerJobQuery().processInstanceId(i.getId()).count());
    ir("2026-12-20T00:00:00");
    ejecutarVencidos();
    assertTrue(disparados.isEmpty(), disparados::toString);
  }
}
