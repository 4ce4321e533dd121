package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.Process;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos.PasoEnCurso;
import pe.gob.minem.tramite.infrastructure.workflow.SiguientesPasos.Siguiente;

/**
 * What follows a pending step (ADR 0036), over the BPMN of the definition version its instance runs
 * on (ADR 0013), read once per version.
 */
@ApplicationScoped
public class RumboDelPaso {

  @Inject MotorDeProcesos motor;

  private final Map<String, SiguientesPasos> porDefinicion = new ConcurrentHashMap<>();

  public List<Siguiente> despuesDe(PasoEnCurso t) {
    SiguientesPasos s =
        porDefinicion.computeIfAbsent(
            t.definicionId(),
            id -> {
              Process p =
                  motor.repositorio().getBpmnModel(id).getProcesses().stream()
                      .filter(x -> x.getFlowElement(t.clave(), true) != null)
                      .findFirst()
                      .orElseGet(() -> motor.repositorio().getBpmnModel(id).getMainProcess());
              return new SiguientesPasos(p);
            });
    return s.despuesDe(t.clave());
  }
}
