package pe.gob.minem.tramite.infrastructure.workflow;

import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.impl.bpmn.parser.BpmnParse;
import org.flowable.engine.impl.bpmn.parser.handler.AbstractBpmnParseHandler;

/**
 * Gives every step that declares a plazo (ADR 0014) its due date and two non-interrupting BPMN
 * timer boundary events, added to the process model while Flowable parses the definition (so they
 * belong to the version, like the declaration, without being written by hand in each file):
 *
 * <pre>
 *   [task] --(timer: start of the plazo's last business day)--> ${plazos.avisar(…)} --> end
 *          --(timer: midnight after the last business day)----> ${plazos.vencer(…)} --> end
 * </pre>
 *
 * Both leave the task where it is; completing the task cancels the timers that have not fired.
 */
public class TemporizadoresDePlazo extends AbstractBpmnParseHandler<Process> {

  public static final String PREFIJO = "plazo_";

  @Override
  protected Class<? extends BaseElement> getHandledType() {
    return Process.class;
  }

  @Override
  protected void executeParse(BpmnParse parse, Process proceso) {
    agregar(proceso);
  }

  /** Adds the timers to the model (also used by tests that read a model without an engine). */
  public static void agregar(Process proceso) {
    List<UserTask> tareas = new ArrayList<>(proceso.findFlowElementsOfType(UserTask.class, true));
    for (UserTask tarea : tareas) {
      LectorDePasos.leer(tarea, problema -> {})
          .filter(paso -> paso.plazoDiasHabiles() != null)
          .ifPresent(paso -> temporizadores(tarea, paso.plazoDiasHabiles()));
    }
  }

  private static void temporizadores(UserTask tarea, int dias) {
    FlowElementsContainer contenedor = tarea.getParentContainer();
    String id = tarea.getId();
    if (contenedor.getFlowElement(PREFIJO + "aviso_" + id) != null) {
      return;
    }
    tarea.setDueDate("${plazos.vencimiento(execution, " + dias + ")}");
    rama(
        contenedor,
        tarea,
        "aviso",
        "${plazos.aviso(execution, " + dias + ")}",
        "${plazos.avisar(execution, '" + id + "', " + dias + ")}");
    rama(
        contenedor,
        tarea,
        "vencimiento",
        "${plazos.vencimiento(execution, " + dias + ")}",
        "${plazos.vencer(execution, '" + id + "', " + dias + ")}");
  }

  private static void rama(
      FlowElementsContainer contenedor,
      UserTask tarea,
      String nombre,
      String cuando,
      String accion) {
    String id = tarea.getId();
    var evento = new BoundaryEvent();
    evento.setId(PREFIJO + nombre + "_" + id);
    evento.setName(nombre.equals("aviso") ? "Plazo por vencer" : "Plazo vencido");
    evento.setAttachedToRefId(id);
    evento.setAttachedToRef(tarea);
    evento.setCancelActivity(false);
    var temporizador = new TimerEventDefinition();
    temporizador.setTimeDate(cuando);
    evento.addEventDefinition(temporizador);
    tarea.getBoundaryEvents().add(evento);

    var servicio = new ServiceTask();
    servicio.setId(PREFIJO + nombre + "_notificar_" + id);
    servicio.setName(nombre.equals("aviso") ? "Avisar al responsable" : "Avisar al director");
    servicio.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION);
    servicio.setImplementation(accion);

    var fin = new EndEvent();
    fin.setId(PREFIJO + nombre + "_fin_" + id);

    contenedor.addFlowElement(evento);
    contenedor.addFlowElement(servicio);
    contenedor.addFlowElement(fin);
    unir(contenedor, evento, servicio, PREFIJO + nombre + "_f1_" + id);
    unir(contenedor, servicio, fin, PREFIJO + nombre + "_f2_" + id);
  }

  private static void unir(FlowElementsContainer c, FlowNode de, FlowNode a, String id) {
    var f = new SequenceFlow(de.getId(), a.getId());
    f.setId(id);
    f.setSourceFlowElement(de);
    f.setTargetFlowElement(a);
    de.getOutgoingFlows().add(f);
    a.getIncomingFlows().add(f);
    c.addFlowElement(f);
  }
}
