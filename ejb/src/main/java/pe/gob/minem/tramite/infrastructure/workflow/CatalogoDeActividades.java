package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;

/**
 * Reads the {@code mapro:actividad} and {@code mapro:procedimiento} attributes of BPMN tasks, once
 * per process definition.
 */
@ApplicationScoped
public class CatalogoDeActividades {

  @Inject MotorDeProcesos motor;

  private final Map<String, Map<String, ActividadMapro>> porDefinicion = new ConcurrentHashMap<>();

  public ActividadMapro de(String definicionId, String tareaKey) {
    return porDefinicion
        .computeIfAbsent(definicionId, this::leer)
        .getOrDefault(tareaKey, new ActividadMapro(null, 0, tareaKey));
  }

  private Map<String, ActividadMapro> leer(String definicionId) {
    var modelo = motor.repositorio().getBpmnModel(definicionId);
    Map<String, ActividadMapro> mapa = new ConcurrentHashMap<>();
    for (Process p : modelo.getProcesses()) {
      String procedimiento = p.getAttributeValue(ActividadMapro.NS, "procedimiento");
      for (FlowElement e : p.getFlowElements()) {
        String n = e.getAttributeValue(ActividadMapro.NS, "actividad");
        mapa.put(
            e.getId(),
            new ActividadMapro(procedimiento, n == null ? 0 : Integer.parseInt(n), e.getName()));
      }
    }
    return mapa;
  }
}
