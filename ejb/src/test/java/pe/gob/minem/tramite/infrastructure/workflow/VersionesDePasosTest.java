package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.EntradaDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;

/**
 * Step declarations on a real Flowable engine (in memory, H2): a definition with an invalid
 * declaration does not deploy and says why; each version keeps its own steps, so an instance of
 * version 1 finishes with version 1's step while version 2 is deployed; a definition deployed
 * before steps were declared takes the newest version's declarations.
 */
class VersionesDePasosTest {

  private static ProcessEngine motor;
  private static CatalogoDeActividades catalogo;

  @BeforeAll
  static void iniciar() {
    var cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:versiones-de-pasos;DB_CLOSE_DELAY=-1");
    cfg.setEngineName("versiones-de-pasos");
    cfg.setDatabaseSchemaUpdate("true"); // not create-drop: the database dies with the JVM
    cfg.setAsyncExecutorActivate(false);
    cfg.setDisableIdmEngine(true);
    cfg.setDisableEventRegistry(true);
    cfg.setProcessValidator(ValidadorDePasos.conPasos());
    motor = cfg.buildProcessEngine();
    catalogo = new CatalogoDeActividades(motor.getRepositoryService());
  }

  @AfterAll
  static void cerrar() {
    motor.close();
  }

  private static String proceso(String clave, String paso) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:mapro="http://minem.gob.pe/tramite/mapro"
                     targetNamespace="http://minem.gob.pe/tramite/pruebas">
          <process id="%s" isExecutable="true" mapro:procedimiento="P/PRUEBA">
            <startEvent id="inicio"/>
            <sequenceFlow id="f1" sourceRef="inicio" targetRef="t1"/>
            <userTask id="t1" name="Registrar el resultado" mapro:actividad="1">
              <extensionElements>%s</extensionElements>
            </userTask>
            <sequenceFlow id="f2" sourceRef="t1" targetRef="fin"/>
            <endEvent id="fin"/>
          </process>
        </definitions>
        """
        .formatted(clave, paso);
  }

  private static void desplegar(String clave, String paso) {
    motor
        .getRepositoryService()
        .createDeployment()
        .name(clave)
        .addString(clave + ".bpmn20.xml", proceso(clave, paso))
        .deploy();
  }

  @Test
  void unaDeclaracionInvalidaNoSeDespliegaYDiceQueFalla() {
    var e =
        assertThrows(
            FlowableException.class, () -> desplegar("invalida", "<mapro:paso accion=\"volar\"/>"));
    assertTrue(e.getMessage().contains("la acción «volar» no existe"), e::getMessage);

    e =
        assertThrows(
            FlowableException.class,
            () -> desplegar("sin_unidad", "<mapro:paso accion=\"elegir-unidad\"/>"));
    assertTrue(e.getMessage().contains("necesita un <mapro:campo tipo=\"unidad\""), e::getMessage);

    e =
        assertThrows(
            FlowableException.class,
            () ->
                desplegar(
                    "manejador_desconocido",
                    "<mapro:paso accion=\"confirmar\" manejador=\"expediente.volar\"/>"));
    assertTrue(e.getMessage().contains("el manejador «expediente.volar» no existe"), e::getMessage);

    e = assertThrows(FlowableException.class, () -> desplegar("sin_paso", ""));
    assertTrue(e.getMessage().contains("no declara su paso"), e::getMessage);
    for (String clave : List.of("invalida", "sin_unidad", "manejador_desconocido", "sin_paso")) {
      assertEquals(
          0,
          motor
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(clave)
              .count(),
          clave);
    }
  }

  @Test
  void variosFirmantesSonUnaTareaDeInstanciaMultipleEnSecuenciaOEnParalelo() {
    String paralela =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:flowable="http://flowable.org/bpmn"
                     xmlns:mapro="http://minem.gob.pe/tramite/mapro"
                     targetNamespace="http://minem.gob.pe/tramite/pruebas">
          <process id="acta_%s" isExecutable="true">
            <startEvent id="inicio"/>
            <sequenceFlow id="f1" sourceRef="inicio" targetRef="firmar"/>
            <userTask id="firmar" name="Suscribir el acta" flowable:assignee="${firmante}">
              <extensionElements>
                <mapro:paso accion="suscripcion" manejador="documento.firmar" firmantes="%s"/>
              </extensionElements>
              <multiInstanceLoopCharacteristics isSequential="%s"
                  flowable:collection="firmantes" flowable:elementVariable="firmante"/>
            </userTask>
            <sequenceFlow id="f2" sourceRef="firmar" targetRef="fin"/>
            <endEvent id="fin"/>
          </process>
        </definitions>
        """;
    motor
        .getRepositoryService()
        .createDeployment()
        .addString("p.bpmn20.xml", paralela.formatted("paralela", "paralelo", "false"))
        .deploy();
    var i =
        motor
            .getRuntimeService()
            .startProcessInstanceByKey(
                "acta_paralela", Map.of("firmantes", List.of("director.oti", "analista.dgm")));
    var tareas = motor.getTaskService().createTaskQuery().processInstanceId(i.getId()).list();
    assertEquals(2, tareas.size(), "una firma por firmante, a la vez");
    var paso = catalogo.paso(tareas.get(0).getProcessDefinitionId(), "firmar");
    assertEquals(pe.gob.minem.tramite.domain.model.paso.Firmantes.PARALELO, paso.firmantes());
    assertTrue(paso.firma());

    motor
        .getRepositoryService()
        .createDeployment()
        .addString("s.bpmn20.xml", paralela.formatted("secuencial", "secuencia", "true"))
        .deploy();
    var s =
        motor
            .getRuntimeService()
            .startProcessInstanceByKey(
                "acta_secuencial", Map.of("firmantes", List.of("director.oti", "analista.dgm")));
    assertEquals(
        List.of("director.oti"),
        motor.getTaskService().createTaskQuery().processInstanceId(s.getId()).list().stream()
            .map(Task::getAssignee)
            .toList(),
        "una tras otra");

    var e =
        assertThrows(
            FlowableException.class,
            () ->
                motor
                    .getRepositoryService()
                    .createDeployment()
                    .addString("x.bpmn20.xml", paralela.formatted("mal", "secuencia", "false"))
                    .deploy());
    assertTrue(e.getMessage().contains("firmantes=\"secuencia\" necesita"), e::getMessage);
    e =
        assertThrows(
            FlowableException.class,
            () ->
                desplegar(
                    "sin_multiple",
                    "<mapro:paso accion=\"visto-bueno\" manejador=\"documento.firmar\" firmantes=\"paralelo\"/>"));
    assertTrue(e.getMessage().contains("firmantes=\"paralelo\" necesita"), e::getMessage);
  }

  @Test
  void elEjemploDelAdrSeDespliegaYCorreSinJava() throws Exception {
    String adr =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("../docs/adr/0013-modelo-de-pasos.md"));
    String ejemplo =
        adr.substring(adr.indexOf("```xml") + 6, adr.indexOf("```", adr.indexOf("```xml") + 6));
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:flowable="http://flowable.org/bpmn"
                     xmlns:mapro="http://minem.gob.pe/tramite/mapro"
                     targetNamespace="http://minem.gob.pe/tramite/pruebas">
          <process id="ejemplo_adr" isExecutable="true" mapro:procedimiento="P/OGA-TI-04">
            <startEvent id="inicio"/>
            <sequenceFlow id="f0" sourceRef="inicio" targetRef="act9"/>
            %s
            <userTask id="act10" mapro:actividad="10" name="Siguiente">
              <extensionElements><mapro:paso accion="confirmar"/></extensionElements>
            </userTask>
            <userTask id="act3" mapro:actividad="3" name="Volver a empezar">
              <extensionElements><mapro:paso accion="confirmar"/></extensionElements>
            </userTask>
            <sequenceFlow id="f10" sourceRef="act10" targetRef="fin"/>
            <sequenceFlow id="f3" sourceRef="act3" targetRef="fin"/>
            <endEvent id="fin"/>
          </process>
        </definitions>
        """
            .formatted(ejemplo);
    motor.getRepositoryService().createDeployment().addString("ejemplo.bpmn20.xml", bpmn).deploy();
    var i = motor.getRuntimeService().startProcessInstanceByKey("ejemplo_adr");
    Task t = tarea(i.getId());
    DeclaracionDePaso paso = catalogo.paso(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    assertEquals(TipoDeAccion.RESULTADO_EXTERNO, paso.accion());
    assertEquals(10, paso.plazoDiasHabiles());
    var sinObservacion =
        assertThrows(
            DatosInvalidosException.class,
            () -> paso.leer(new EntradaDePaso(Map.of("resultadoAdquisicion", "DESIERTO"), null)));
    assertEquals("instruccion", sinObservacion.getCampo());
    var valores =
        paso.leer(
            new EntradaDePaso(
                Map.of(
                    "resultadoAdquisicion", "ORDEN",
                    "numeroOrden", "OS-2026-0153",
                    "fechaOrden", "2026-12-01"),
                null));
    motor.getTaskService().complete(t.getId(), valores.variables());
    assertEquals("act10", tarea(i.getId()).getTaskDefinitionKey());
    assertEquals(
        java.time.LocalDate.of(2026, 12, 1),
        motor.getRuntimeService().getVariable(i.getId(), "fechaOrden"));
  }

  @Test
  void unaInstanciaDeLaVersionUnoTerminaConSuPasoMientrasLaDosEstaDesplegada() {
    desplegar(
        "versionado",
        """
        <mapro:paso accion="llenar-campos">
          <mapro:campo nombre="nota" tipo="texto" etiqueta="Nota" requerido="true" variable="nota"/>
        </mapro:paso>""");
    var v1 = motor.getRuntimeService().startProcessInstanceByKey("versionado");
    desplegar(
        "versionado",
        """
        <mapro:paso accion="llenar-campos">
          <mapro:campo nombre="monto" tipo="numero" etiqueta="Monto" requerido="true" variable="monto"/>
        </mapro:paso>""");
    var v2 = motor.getRuntimeService().startProcessInstanceByKey("versionado");
    assertNotEquals(v1.getProcessDefinitionId(), v2.getProcessDefinitionId());

    Task t1 = tarea(v1.getId());
    DeclaracionDePaso paso1 = catalogo.paso(t1.getProcessDefinitionId(), t1.getTaskDefinitionKey());
    assertEquals(List.of("nota"), paso1.campos().stream().map(Campo::nombre).toList());
    var ex =
        assertThrows(
            DatosInvalidosException.class,
            () -> paso1.leer(new EntradaDePaso(Map.of("monto", "5"), null)));
    assertEquals("nota", ex.getCampo());
    var valores = paso1.leer(new EntradaDePaso(Map.of("nota", "conforme"), null));
    motor.getTaskService().complete(t1.getId(), valores.variables());
    assertEquals(
        "conforme",
        motor
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(v1.getId())
            .variableName("nota")
            .singleResult()
            .getValue());
    assertTrue(
        motor
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(v1.getId())
                .finished()
                .count()
            == 1,
        "la instancia de la versión 1 terminó");

    Task t2 = tarea(v2.getId());
    DeclaracionDePaso paso2 = catalogo.paso(t2.getProcessDefinitionId(), t2.getTaskDefinitionKey());
    assertEquals(List.of("monto"), paso2.campos().stream().map(Campo::nombre).toList());
    assertEquals(
        5L, paso2.leer(new EntradaDePaso(Map.of("monto", "5"), null)).variables().get("monto"));
  }

  @Test
  void unaDefinicionAnteriorALasDeclaracionesTomaLasDeLaUltimaVersion() {
    // deployed as before this change: no mapro:paso, so without the step validation
    motor
        .getRepositoryService()
        .createDeployment()
        .addString("antiguo.bpmn20.xml", proceso("antiguo", ""))
        .disableBpmnValidation()
        .deploy();
    var vieja = motor.getRuntimeService().startProcessInstanceByKey("antiguo");
    desplegar("antiguo", "<mapro:paso accion=\"confirmar\" boton=\"Registrar\"/>");
    Task t = tarea(vieja.getId());
    var act = catalogo.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    assertEquals(1, act.numero());
    assertEquals(TipoDeAccion.CONFIRMAR, act.paso().accion());
    assertEquals("Registrar", act.paso().boton());
  }

  private static Task tarea(String instancia) {
    return motor.getTaskService().createTaskQuery().processInstanceId(instancia).singleResult();
  }
}
