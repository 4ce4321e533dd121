package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;

/**
 * The tasks of each process definition as the portal knows them ({@link ActividadMapro}): read once
 * per definition version from its own BPMN, so an instance keeps the steps of the version it
 * started on (ADR 0013).
 *
 * <p>Definitions deployed before steps were declared have no {@code <mapro:paso>}; their tasks take
 * the declaration of the same task in the newest version of the process, which declares the
 * behaviour they had in code.
 */
@ApplicationScoped
public class CatalogoDeActividades {

  private static final Logger LOG = Logger.getLogger(CatalogoDeActividades.class.getName());

  @Inject MotorDeProcesos motor;

  /** Set by tests that run an engine of their own; otherwise the application's engine. */
  private RepositoryService repositorio;

  public CatalogoDeActividades() {}

  CatalogoDeActividades(RepositoryService repositorio) {
    this.repositorio = repositorio;
  }

  private RepositoryService repositorio() {
    return repositorio != null ? repositorio : motor.repositorio();
  }

  private final Map<String, Map<String, ActividadMapro>> porDefinicion = new ConcurrentHashMap<>();

  public ActividadMapro de(String definicionId, String tareaKey) {
    return definicion(definicionId)
        .getOrDefault(tareaKey, new ActividadMapro(null, 0, tareaKey, null, false));
  }

  /** The declaration of a task's step; an error if the definition has none for it. */
  public DeclaracionDePaso paso(String definicionId, String tareaKey) {
    ActividadMapro a = de(definicionId, tareaKey);
    if (a.paso() == null) {
      throw new IllegalStateException(
          "La tarea " + tareaKey + " de " + definicionId + " no declara su paso");
    }
    return a.paso();
  }

  private Map<String, ActividadMapro> leer(String definicionId) {
    var modelo = repositorio().getBpmnModel(definicionId);
    Map<String, ActividadMapro> mapa = new ConcurrentHashMap<>();
    for (Process p : modelo.getProcesses()) {
      boolean declarado =
          p.findFlowElementsOfType(UserTask.class, true).stream()
              .anyMatch(t -> LectorDePasos.elemento(t).isPresent());
      Map<String, ActividadMapro> actual =
          declarado ? Map.of() : deLaUltimaVersion(p.getId(), definicionId);
      String procedimiento = p.getAttributeValue(ActividadMapro.NS, "procedimiento");
      boolean enLaUnidad =
          declarado
              ? ActividadMapro.AMBITO_EXPEDIENTE.equals(
                  p.getAttributeValue(ActividadMapro.NS, "ambito"))
              : actual.values().stream().anyMatch(ActividadMapro::enLaUnidadDelExpediente);
      for (FlowElement e : p.getFlowElements()) {
        String n = e.getAttributeValue(ActividadMapro.NS, "actividad");
        DeclaracionDePaso paso = null;
        if (e instanceof UserTask t) {
          paso =
              declarado
                  ? LectorDePasos.leer(
                          t, problema -> LOG.severe(() -> definicionId + ": " + problema))
                      .orElse(null)
                  : Optional.ofNullable(actual.get(e.getId()))
                      .map(ActividadMapro::paso)
                      .orElse(null);
        }
        mapa.put(
            e.getId(),
            new ActividadMapro(
                procedimiento, n == null ? 0 : Integer.parseInt(n), e.getName(), paso, enLaUnidad));
      }
    }
    return mapa;
  }

  private Map<String, ActividadMapro> deLaUltimaVersion(String clave, String definicionId) {
    ProcessDefinition ultima =
        repositorio()
            .createProcessDefinitionQuery()
            .processDefinitionKey(clave)
            .latestVersion()
            .singleResult();
    if (ultima == null || ultima.getId().equals(definicionId)) {
      return Map.of();
    }
    return definicion(ultima.getId());
  }

  /** Not computeIfAbsent: reading an old version reads the newest one too (a nested update). */
  private Map<String, ActividadMapro> definicion(String definicionId) {
    Map<String, ActividadMapro> m = porDefinicion.get(definicionId);
    if (m == null) {
      m = leer(definicionId);
      Map<String, ActividadMapro> antes = porDefinicion.putIfAbsent(definicionId, m);
      m = antes == null ? m : antes;
    }
    return m;
  }
}
