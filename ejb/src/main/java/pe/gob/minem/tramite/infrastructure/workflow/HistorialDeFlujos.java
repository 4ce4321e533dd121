package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.TaskInfo;

/**
 * What the dashboards read from the workflow (ADR 0035): the running instances, the steps waiting
 * and the steps completed, from Flowable's runtime and history tables, as the portal's own records.
 */
@ApplicationScoped
public class HistorialDeFlujos {

  @Inject MotorDeProcesos motor;
  @Inject CatalogoDeActividades actividades;

  /** Set by tests that run an engine of their own; otherwise the application's engine. */
  private org.flowable.engine.ProcessEngine propio;

  private final Map<String, Proceso> procesos = new ConcurrentHashMap<>();

  public HistorialDeFlujos() {}

  HistorialDeFlujos(org.flowable.engine.ProcessEngine propio, CatalogoDeActividades actividades) {
    this.propio = propio;
    this.actividades = actividades;
  }

  private org.flowable.engine.RuntimeService ejecucion() {
    return propio != null ? propio.getRuntimeService() : motor.ejecucion();
  }

  private org.flowable.engine.TaskService tareas() {
    return propio != null ? propio.getTaskService() : motor.tareas();
  }

  private org.flowable.engine.HistoryService historial() {
    return propio != null ? propio.getHistoryService() : motor.historial();
  }

  private org.flowable.engine.RepositoryService repositorio() {
    return propio != null ? propio.getRepositoryService() : motor.repositorio();
  }

  /**
   * A process definition as a person reads it: the MAPRO procedure's code ({@code P/OGA-TI-01};
   * null for the portal's own processes, such as the attention of an expediente) and its name.
   */
  public record Proceso(String clave, String codigo, String nombre) {}

  /** A running process instance. */
  public record InstanciaEnCurso(String id, Proceso proceso) {}

  /**
   * A step (user task) waiting or completed: its instance, MAPRO activity, the unit of the cargo it
   * waits for (null if it names no cargo, like the responsable's attention), who holds it, when its
   * plazo ends, and, once completed, how long it took.
   */
  public record Paso(
      String procesoId,
      Proceso proceso,
      ActividadMapro actividad,
      String unidadDelCargo,
      String asignado,
      Instant vence,
      Long duracionMilisegundos) {}

  public List<InstanciaEnCurso> instanciasEnCurso() {
    List<InstanciaEnCurso> l = new ArrayList<>();
    ejecucion()
        .createProcessInstanceQuery()
        .list()
        .forEach(i -> l.add(new InstanciaEnCurso(i.getId(), proceso(i.getProcessDefinitionId()))));
    return l;
  }

  /** Every step waiting now. */
  public List<Paso> pasosEnCurso() {
    List<Paso> l = new ArrayList<>();
    tareas()
        .createTaskQuery()
        .active()
        .includeIdentityLinks()
        .list()
        .forEach(
            t ->
                l.add(
                    paso(
                        t,
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        (Long) null)));
    return l;
  }

  /**
   * The steps completed (not those ended because their process was cancelled) since {@code desde},
   * with their durations.
   */
  public List<Paso> pasosTerminadosDesde(Instant desde) {
    List<Paso> l = new ArrayList<>();
    historial()
        .createHistoricTaskInstanceQuery()
        .finished()
        .taskWithoutDeleteReason()
        .taskCompletedAfter(Date.from(desde))
        .includeIdentityLinks()
        .list()
        .forEach(h -> l.add(paso(h, null, h.getDurationInMillis())));
    return l;
  }

  private Paso paso(TaskInfo t, Instant vence, Long duracion) {
    return new Paso(
        t.getProcessInstanceId(),
        proceso(t.getProcessDefinitionId()),
        actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey()),
        unidadDelCargo(t).orElse(null),
        t.getAssignee(),
        vence,
        duracion);
  }

  private static Optional<String> unidadDelCargo(TaskInfo t) {
    if (t.getIdentityLinks() == null) {
      return Optional.empty();
    }
    return t.getIdentityLinks().stream()
        .map(IdentityLinkInfo::getGroupId)
        .filter(g -> g != null && g.contains(":"))
        .map(Flujos::unidadDelGrupo)
        .findFirst();
  }

  /** Read once per definition version: its name and the MAPRO code its BPMN declares. */
  public Proceso proceso(String definicionId) {
    Proceso p = procesos.get(definicionId);
    if (p == null) {
      var def = repositorio().getProcessDefinition(definicionId);
      var principal = repositorio().getBpmnModel(definicionId).getMainProcess();
      String codigo =
          principal == null
              ? null
              : principal.getAttributeValue(ActividadMapro.NS, "procedimiento");
      String nombre = def.getName() == null ? def.getKey() : def.getName();
      if (codigo != null && nombre.startsWith(codigo)) {
        nombre = nombre.substring(codigo.length()).strip();
      }
      p = new Proceso(def.getKey(), codigo, nombre);
      procesos.putIfAbsent(definicionId, p);
    }
    return p;
  }
}
