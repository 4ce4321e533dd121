package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;

/**
 * The workflow as the application sees it: the steps pending and done, started, taken, released and
 * completed, and where a process stands, in the portal's own objects. Flowable's types stay in this
 * package.
 */
@ApplicationScoped
public class Flujos {

  @Inject MotorDeProcesos motor;
  @Inject CatalogoDeActividades actividades;

  /**
   * A step waiting in a bandeja: the task's id and key, its name, definition, process and
   * execution, who took it (null: its cargo's bandeja), the cargos it waits for ({@code
   * UNIDAD:ROL}), when it started and when its plazo ends, its process variables and the MAPRO
   * activity with its declaration.
   */
  public record PasoEnCurso(
      String id,
      String clave,
      String nombre,
      String definicionId,
      String procesoId,
      String ejecucionId,
      String asignado,
      List<String> grupos,
      Instant creado,
      Instant vence,
      Map<String, Object> variables,
      ActividadMapro actividad) {

    public DeclaracionDePaso paso() {
      return actividad.paso();
    }

    public String variable(String nombre) {
      Object v = variables.get(nombre);
      return v == null ? null : v.toString();
    }

    public String numero() {
      return variable("numero");
    }

    /** The unit of the first cargo it waits for, if any. */
    public Optional<String> unidadDelCargo() {
      return grupos.stream().filter(g -> g.contains(":")).map(Flujos::unidadDelGrupo).findFirst();
    }
  }

  /** The unit of a cargo group {@code UNIDAD:ROL}. */
  public static String unidadDelGrupo(String grupo) {
    return grupo.substring(0, Math.max(0, grupo.indexOf(':')));
  }

  /** A step already completed: by whom and when. */
  public record PasoTerminado(String id, String asignado, Instant fin) {}

  /** A process drawn where it stands: its definition's BPMN and the activities done and current. */
  public record Recorrido(
      String nombreDelProceso, String bpmnXml, List<String> activas, List<String> completadas) {}

  /** The steps a person holds or that wait for one of their cargos, oldest first. */
  /** The pending tasks of these ids, in the order given (one gone meanwhile is left out). */
  public List<PasoEnCurso> pendientes(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Task> porId = new HashMap<>();
    for (int i = 0; i < ids.size(); i += TAREAS_POR_CONSULTA) {
      motor
          .tareas()
          .createTaskQuery()
          .taskIds(ids.subList(i, Math.min(ids.size(), i + TAREAS_POR_CONSULTA)))
          .active()
          .includeProcessVariables()
          .includeIdentityLinks()
          .list()
          .forEach(t -> porId.put(t.getId(), t));
    }
    List<Task> enOrden = new ArrayList<>(porId.size());
    for (String id : ids) {
      Task t = porId.get(id);
      if (t != null) {
        enOrden.add(t);
      }
    }
    return pasos(enOrden);
  }

  /** Tasks per engine query: keeps each IN list and its variables' rows short. */
  private static final int TAREAS_POR_CONSULTA = 100;

  public Optional<PasoEnCurso> pendiente(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Task t =
        motor
            .tareas()
            .createTaskQuery()
            .taskId(id)
            .includeProcessVariables()
            .includeIdentityLinks()
            .singleResult();
    return t == null ? Optional.empty() : Optional.of(paso(t));
  }

  public Optional<PasoTerminado> terminado(String id) {
    var h =
        id == null
            ? null
            : motor
                .historial()
                .createHistoricTaskInstanceQuery()
                .taskId(id)
                .finished()
                .singleResult();
    return h == null
        ? Optional.empty()
        : Optional.of(new PasoTerminado(h.getId(), h.getAssignee(), h.getEndTime().toInstant()));
  }

  /** The steps pending in one process instance. */
  public List<PasoEnCurso> pendientesDelProceso(String procesoId) {
    return pasos(
        motor
            .tareas()
            .createTaskQuery()
            .processInstanceId(procesoId)
            .active()
            .includeProcessVariables()
            .includeIdentityLinks()
            .list());
  }

  /** The steps pending in every process of an expediente (routing, attention, its documents). */
  public List<PasoEnCurso> pendientesDelExpediente(String numero) {
    return pasos(
        motor
            .tareas()
            .createTaskQuery()
            .processVariableValueEquals("numero", numero)
            .active()
            .includeProcessVariables()
            .includeIdentityLinks()
            .orderByTaskCreateTime()
            .asc()
            .list());
  }

  public void tomar(String id, String usuario) {
    motor.tareas().claim(id, usuario);
  }

  public void soltar(String id) {
    motor.tareas().unclaim(id);
  }

  public void completar(String id, Map<String, Object> variables) {
    motor.tareas().complete(id, variables);
  }

  /** Starts a process; returns the instance's id. */
  public String iniciar(String proceso, String claveDeNegocio, Map<String, Object> variables) {
    return motor.ejecucion().startProcessInstanceByKey(proceso, claveDeNegocio, variables).getId();
  }

  /**
   * Starts the process whose message start event catches {@code mensaje} (P/OGA-TI-06's
   * «respaldoProgramado»); returns the instance's id.
   */
  public String iniciarPorMensaje(
      String mensaje, String claveDeNegocio, Map<String, Object> variables) {
    return motor
        .ejecucion()
        .startProcessInstanceByMessage(mensaje, claveDeNegocio, variables)
        .getId();
  }

  /** Sets a variable on a running process instance (an outside event it should know about). */
  public void fijarVariable(String procesoId, String nombre, Object valor) {
    motor.ejecucion().setVariable(procesoId, nombre, valor);
  }

  public Object variable(String ejecucionId, String nombre) {
    return motor.ejecucion().getVariable(ejecucionId, nombre);
  }

  /** The engine's clock (moved only in the tests' server). */
  public Instant ahora() {
    return motor.reloj().getCurrentTime().toInstant();
  }

  /** Moves the engine's clock forward (the tests' server only: see RelojDePruebas). */
  public Instant adelantarReloj(java.time.Duration cuanto) {
    var reloj = motor.reloj();
    reloj.setCurrentTime(java.util.Date.from(reloj.getCurrentTime().toInstant().plus(cuanto)));
    return ahora();
  }

  public Instant relojReal() {
    motor.reloj().reset();
    return ahora();
  }

  /** Business days with the holidays of the {@code feriado} table. */
  public pe.gob.minem.tramite.domain.model.plazo.CalendarioLaboral calendario() {
    return motor.plazos().calendario();
  }

  /** The holidays changed: the next plazo reads them again. */
  public void olvidarFeriados() {
    motor.plazos().olvidarFeriados();
  }

  /**
   * Ends a running instance and the sub-processes it called, with the reason in its history (an
   * expediente whose own attention is replaced by P/OGA-TI-03, ADR 0026).
   */
  public void cancelar(String procesoId, String motivo) {
    motor.ejecucion().deleteProcessInstance(procesoId, motivo);
  }

  /** The sub-process a process is running now (P/OGA-TI-01 inside the attention), if any. */
  public Optional<String> subprocesoEnCurso(String procesoId) {
    var sub =
        motor
            .historial()
            .createHistoricProcessInstanceQuery()
            .superProcessInstanceId(procesoId)
            .unfinished()
            .list();
    return sub.stream().map(h -> h.getId()).findFirst();
  }

  /**
   * The running instances of a process (every version), by instance id, with their business keys
   * (reconciliation: each should name an expediente or document that exists).
   */
  public Map<String, String> instanciasEnCurso(String proceso) {
    Map<String, String> instancias = new HashMap<>();
    motor
        .ejecucion()
        .createProcessInstanceQuery()
        .processDefinitionKey(proceso)
        .list()
        .forEach(i -> instancias.put(i.getId(), i.getBusinessKey()));
    return instancias;
  }

  /**
   * The running top-level instances (not called by another process), by instance id, with their
   * process key and business key: an expediente's attention or OTI procedure (key: its number), a
   * document's P/OGA-TI-02 (key: its code). A called sub-process answers to its caller.
   */
  public Map<String, String[]> instanciasPrincipalesEnCurso() {
    Map<String, String[]> instancias = new HashMap<>();
    motor
        .ejecucion()
        .createProcessInstanceQuery()
        .list()
        .forEach(
            i -> {
              if (i.getSuperExecutionId() == null) {
                instancias.put(
                    i.getId(), new String[] {i.getProcessDefinitionKey(), i.getBusinessKey()});
              }
            });
    return instancias;
  }

  public boolean enCurso(String procesoId) {
    return procesoId != null
        && motor
                .historial()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(procesoId)
                .unfinished()
                .count()
            > 0;
  }

  /** Where a process stands, over its own definition version. */
  public Optional<Recorrido> recorrido(String procesoId) {
    var instancia =
        motor
            .historial()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(procesoId)
            .singleResult();
    if (instancia == null) {
      return Optional.empty();
    }
    List<String> activas = new ArrayList<>();
    List<String> completadas = new ArrayList<>();
    motor
        .historial()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(procesoId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .forEach(a -> (a.getEndTime() == null ? activas : completadas).add(a.getActivityId()));
    var def = motor.repositorio().getProcessDefinition(instancia.getProcessDefinitionId());
    try (InputStream xml =
        motor.repositorio().getResourceAsStream(def.getDeploymentId(), def.getResourceName())) {
      return Optional.of(
          new Recorrido(
              def.getName(),
              new String(xml.readAllBytes(), StandardCharsets.UTF_8),
              activas,
              completadas));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private List<PasoEnCurso> pasos(Collection<Task> tareas) {
    List<PasoEnCurso> l = new ArrayList<>(tareas.size());
    for (Task t : tareas) {
      l.add(paso(t));
    }
    return l;
  }

  private PasoEnCurso paso(Task t) {
    Map<String, Object> variables =
        t.getProcessVariables() == null ? new HashMap<>() : new HashMap<>(t.getProcessVariables());
    if (!variables.containsKey("numero")) {
      Object n = motor.ejecucion().getVariable(t.getExecutionId(), "numero");
      if (n != null) {
        variables.put("numero", n);
      }
    }
    return new PasoEnCurso(
        t.getId(),
        t.getTaskDefinitionKey(),
        t.getName(),
        t.getProcessDefinitionId(),
        t.getProcessInstanceId(),
        t.getExecutionId(),
        t.getAssignee(),
        grupos(t),
        t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        Map.copyOf(sinNulos(variables)),
        actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey()));
  }

  private static List<String> grupos(TaskInfo t) {
    List<String> g = new ArrayList<>();
    for (IdentityLinkInfo l : t.getIdentityLinks()) {
      if (l.getGroupId() != null && !g.contains(l.getGroupId())) {
        g.add(l.getGroupId());
      }
    }
    return List.copyOf(g);
  }

  private static Map<String, Object> sinNulos(Map<String, Object> m) {
    m.values().removeIf(v -> v == null);
    return m;
  }
}
