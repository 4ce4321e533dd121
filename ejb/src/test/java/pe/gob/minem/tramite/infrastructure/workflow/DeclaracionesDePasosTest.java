package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.de.odysseus.el.ExpressionFactoryImpl;
import org.flowable.common.engine.impl.de.odysseus.el.util.SimpleContext;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.Desenlace;

/**
 * Each BPMN file the portal deploys, checked as the deployment checks it and more: every user task
 * declares a step the portal knows (ADR 0013), and the variables that the conditions of the
 * gateways after a step read are the ones its outcomes and fields set, so that every outcome leads
 * somewhere and every branch is reachable by some outcome.
 */
class DeclaracionesDePasosTest {

  /** Variables a process gets when it starts, not from a step. */
  private static final Map<String, Set<String>> AL_INICIAR =
      Map.of(
          "P_OGA_TI_02",
          Set.of("paraSuscribir", "autor", "documentoId"),
          "firma_en_unidad",
          Set.of("paraSuscribir", "autor", "documentoId", "unidadAutora"),
          // set by ProcedimientosService when it starts, inherited by the processes they call;
          // resultadoPruebas comes back from P/OGA-TI-05's end
          "P_OGA_TI_03",
          Set.of("areaUsuaria", "iteracion", "maxIteraciones"),
          "P_OGA_TI_04",
          Set.of("areaUsuaria", "iteracion", "maxIteraciones", "resultadoPruebas"),
          "P_OGA_TI_05",
          Set.of("areaUsuaria", "iteracion", "maxIteraciones"),
          // started on an expediente, or called by P/OGA-TI-09 act. 9 with its variables
          "P_OGA_TI_10",
          Set.of("areaUsuaria"),
          "P_OGA_TI_12",
          Set.of("areaUsuaria", "iteracion", "maxIteraciones"),
          // the plan's year at the start; whether items of the cronograma remain, set by the
          // handlers of acts. 9 and 18 from the plan's rows
          "P_OGA_TI_11",
          Set.of("anio", "quedanEquipos"));

  private static final Pattern VARIABLE_EN_CONDICION =
      Pattern.compile("(?<![\\w.'])([a-zA-Z_]\\w*)(?![\\w(']|\\s*\\()");
  private static final Set<String> PALABRAS_EL =
      Set.of(
          "true", "false", "null", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty");

  static BpmnModel modelo(String recurso) throws Exception {
    try (InputStream in =
        DeclaracionesDePasosTest.class.getClassLoader().getResourceAsStream(recurso)) {
      assertNotNull(in, recurso);
      var xtr = XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8");
      return new BpmnXMLConverter().convertToBpmnModel(xtr);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "procesos/P_OGA_TI_01.bpmn20.xml",
        "procesos/P_OGA_TI_02.bpmn20.xml",
        "procesos/P_OGA_TI_03.bpmn20.xml",
        "procesos/P_OGA_TI_04.bpmn20.xml",
        "procesos/P_OGA_TI_05.bpmn20.xml",
        "procesos/P_OGA_TI_06.bpmn20.xml",
        "procesos/P_OGA_TI_07.bpmn20.xml",
        "procesos/P_OGA_TI_08.bpmn20.xml",
        "procesos/P_OGA_TI_09.bpmn20.xml",
        "procesos/P_OGA_TI_10.bpmn20.xml",
        "procesos/P_OGA_TI_11.bpmn20.xml",
        "procesos/P_OGA_TI_12.bpmn20.xml",
        "procesos/atencion_expediente.bpmn20.xml",
        "procesos/tramite_interno.bpmn20.xml",
        "procesos/firma_en_unidad.bpmn20.xml"
      })
  void cadaTareaDeclaraUnPasoValidoYSusDesenlacesLlevanASusRamas(String recurso) throws Exception {
    assertTrue(
        List.of(MotorDeProcesos.DEFINICIONES).contains(recurso), "no se despliega: " + recurso);
    BpmnModel modelo = modelo(recurso);
    List<ValidationError> errores = ValidadorDePasos.conPasos().validate(modelo);
    assertTrue(
        errores.stream().noneMatch(e -> !e.isWarning()),
        () -> recurso + ": " + errores.stream().map(ValidationError::toString).toList());

    for (Process proceso : modelo.getProcesses()) {
      List<UserTask> tareas = proceso.findFlowElementsOfType(UserTask.class, true);
      assertFalse(tareas.isEmpty(), recurso);
      Set<String> fijadas = new HashSet<>(AL_INICIAR.getOrDefault(proceso.getId(), Set.of()));
      Map<String, DeclaracionDePaso> pasos = new HashMap<>();
      for (UserTask t : tareas) {
        List<String> problemas = new ArrayList<>();
        DeclaracionDePaso paso = LectorDePasos.leer(t, problemas::add).orElse(null);
        assertNotNull(paso, () -> t.getId() + ": " + problemas);
        pasos.put(t.getId(), paso);
        if (paso.variable() != null) {
          fijadas.add(paso.variable());
        }
        paso.campos().stream().map(Campo::variable).filter(v -> v != null).forEach(fijadas::add);
      }
      for (ExclusiveGateway g : proceso.findFlowElementsOfType(ExclusiveGateway.class, true)) {
        for (SequenceFlow f : g.getOutgoingFlows()) {
          for (String v : variables(f.getConditionExpression())) {
            assertTrue(
                fijadas.contains(v),
                () ->
                    proceso.getId()
                        + ": la condición de "
                        + f.getId()
                        + " lee «"
                        + v
                        + "», que ningún paso ni el inicio fija");
          }
        }
      }
      // a decision flows into its gateway: each outcome must take a branch, each branch an outcome
      for (UserTask t : tareas) {
        DeclaracionDePaso paso = pasos.get(t.getId());
        if (paso.desenlaces().isEmpty()) {
          continue;
        }
        ExclusiveGateway g = compuertaDespuesDe(proceso, t);
        assertNotNull(g, () -> t.getId() + " decide pero no le sigue una compuerta exclusiva");
        Set<String> ramasTomadas = new LinkedHashSet<>();
        for (Desenlace d : paso.desenlaces()) {
          for (Map<String, Object> otras : combinaciones(g, paso.variable())) {
            Map<String, Object> vars = new HashMap<>(otras);
            vars.put(paso.variable(), valor(paso, d));
            List<String> ciertas = new ArrayList<>();
            for (SequenceFlow f : g.getOutgoingFlows()) {
              if (cierta(f.getConditionExpression(), vars)) {
                ciertas.add(f.getId());
              }
            }
            assertEquals(
                1,
                ciertas.size(),
                () -> t.getId() + " con " + vars + " toma " + ciertas + " en " + g.getId());
            ramasTomadas.addAll(ciertas);
          }
        }
        Set<String> ramas = new LinkedHashSet<>();
        g.getOutgoingFlows().forEach(f -> ramas.add(f.getId()));
        assertEquals(
            ramas, ramasTomadas, () -> "ramas de " + g.getId() + " que ningún desenlace toma");
      }
    }
  }

  private static Object valor(DeclaracionDePaso paso, Desenlace d) {
    Map<String, String> entrada = new HashMap<>();
    // the step's other required fields, filled so that only the outcome matters here
    for (Campo c : paso.campos()) {
      if (c.requerido()) {
        entrada.put(c.nombre(), ejemplo(c));
      }
    }
    entrada.put(paso.variable(), d.valor());
    return paso.leer(
            new pe.gob.minem.tramite.domain.model.paso.EntradaDePaso(
                entrada, "observación de prueba"))
        .variables()
        .get(paso.variable());
  }

  /** A valid value of a field's kind. */
  private static String ejemplo(Campo c) {
    return switch (c.tipo()) {
      case NUMERO -> "1";
      case FECHA -> "2026-01-05";
      case HORA -> "10:30";
      case SI_NO -> "true";
      case OPCION -> c.opciones().get(0).valor();
      default -> "texto de prueba";
    };
  }

  private static ExclusiveGateway compuertaDespuesDe(Process p, UserTask t) {
    for (SequenceFlow f : t.getOutgoingFlows()) {
      FlowElement destino = p.getFlowElement(f.getTargetRef(), true);
      if (destino instanceof ExclusiveGateway g) {
        return g;
      }
    }
    return null;
  }

  /** Every true/false assignment of the gateway's other variables (they are booleans here). */
  private static List<Map<String, Object>> combinaciones(ExclusiveGateway g, String decidida) {
    Set<String> otras = new LinkedHashSet<>();
    g.getOutgoingFlows().forEach(f -> otras.addAll(variables(f.getConditionExpression())));
    otras.remove(decidida);
    List<Map<String, Object>> l = new ArrayList<>();
    l.add(new HashMap<>());
    for (String v : otras) {
      List<Map<String, Object>> siguiente = new ArrayList<>();
      for (Map<String, Object> m : l) {
        for (Boolean b : List.of(Boolean.TRUE, Boolean.FALSE)) {
          Map<String, Object> c = new HashMap<>(m);
          c.put(v, b);
          siguiente.add(c);
        }
      }
      l = siguiente;
    }
    return l;
  }

  static Set<String> variables(String condicion) {
    Set<String> vs = new LinkedHashSet<>();
    if (condicion == null) {
      return vs;
    }
    Matcher m = Pattern.compile("\\$\\{(.*?)}").matcher(condicion);
    while (m.find()) {
      String sinTextos = m.group(1).replaceAll("'[^']*'", "''");
      Matcher v = VARIABLE_EN_CONDICION.matcher(sinTextos);
      while (v.find()) {
        if (!PALABRAS_EL.contains(v.group(1))) {
          vs.add(v.group(1));
        }
      }
    }
    return vs;
  }

  private static boolean cierta(String condicion, Map<String, Object> vars) {
    if (condicion == null) {
      return true;
    }
    var fabrica = new ExpressionFactoryImpl();
    var contexto = new SimpleContext();
    vars.forEach((k, v) -> contexto.setVariable(k, fabrica.createValueExpression(v, Object.class)));
    return (Boolean)
        fabrica
            .createValueExpression(contexto, condicion.strip(), Boolean.class)
            .getValue(contexto);
  }
}
