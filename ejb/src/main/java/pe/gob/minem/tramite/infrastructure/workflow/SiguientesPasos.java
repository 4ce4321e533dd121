package pe.gob.minem.tramite.infrastructure.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.Desenlace;

/**
 * Who acts after a task (ADR 0036), read from the BPMN model of its own definition: its outgoing
 * sequence flows followed through gateways and events to the next tasks, called procedures or the
 * end, each with the condition of its branch in words — the labels the deciding step offers (its
 * outcomes and its fields' options), else the MAPRO's words for that branch.
 */
public final class SiguientesPasos {

  /**
   * One thing that may come next: a task (its MAPRO number, name, candidate groups and assignee as
   * the model writes them, with {@code ${…}}), a called procedure ({@code procedimiento}), or the
   * end ({@code fin}); {@code condicion} in words, null if the branch is always taken; {@code
   * enParalelo} if it starts together with the others.
   */
  public record Siguiente(
      String id,
      int actividad,
      String nombre,
      List<String> grupos,
      String asignado,
      boolean procedimiento,
      boolean fin,
      String condicion,
      boolean enParalelo) {}

  private static final Pattern IGUAL =
      Pattern.compile("^\\s*(!)?\\s*([a-zA-Z_]\\w*)\\s*(?:(==|!=|eq|ne)\\s*'?([\\w-]+)'?)?\\s*$");

  private final Process proceso;
  private final String procedimiento;
  private final Map<String, Map<String, String>> etiquetas = new HashMap<>();
  private final Map<String, String> preguntas = new HashMap<>();

  public SiguientesPasos(Process proceso) {
    this.proceso = proceso;
    this.procedimiento = proceso.getAttributeValue(ActividadMapro.NS, "procedimiento");
    for (UserTask t : proceso.findFlowElementsOfType(UserTask.class, true)) {
      LectorDePasos.leer(t, problema -> {}).ifPresent(this::aprender);
    }
  }

  /** The words a step declares for the values of its variables. */
  private void aprender(DeclaracionDePaso paso) {
    if (paso.variable() != null) {
      for (Desenlace d : paso.desenlaces()) {
        etiquetas
            .computeIfAbsent(paso.variable(), k -> new HashMap<>())
            .put(d.valor(), d.etiqueta());
      }
    }
    for (Campo c : paso.campos()) {
      String variable = c.variable() != null ? c.variable() : c.nombre();
      preguntas.putIfAbsent(variable, c.etiqueta());
      for (Campo.Opcion o : c.opciones()) {
        etiquetas
            .computeIfAbsent(variable, k -> new HashMap<>())
            .putIfAbsent(o.valor(), o.etiqueta());
      }
    }
  }

  /** What follows the element {@code id}: empty if the model has no such element. */
  public List<Siguiente> despuesDe(String id) {
    FlowElement e = proceso.getFlowElement(id, true);
    if (!(e instanceof FlowNode nodo)) {
      return List.of();
    }
    int desde = actividad(e);
    Map<String, Siguiente> encontrados = new LinkedHashMap<>();
    seguir(nodo, desde, null, false, new HashSet<>(Set.of(id)), encontrados);
    return List.copyOf(encontrados.values());
  }

  private void seguir(
      FlowNode nodo,
      int desde,
      String condicion,
      boolean enParalelo,
      Set<String> vistos,
      Map<String, Siguiente> encontrados) {
    boolean paralelo =
        enParalelo || (nodo instanceof ParallelGateway && nodo.getOutgoingFlows().size() > 1);
    for (SequenceFlow f : nodo.getOutgoingFlows()) {
      FlowElement destino = proceso.getFlowElement(f.getTargetRef(), true);
      if (destino == null) {
        continue;
      }
      String cuando =
          y(condicion, enPalabras(f.getConditionExpression(), desde, actividad(destino)));
      if (destino instanceof UserTask t) {
        encontrados.putIfAbsent(
            t.getId(),
            new Siguiente(
                t.getId(),
                actividad(t),
                t.getName(),
                t.getCandidateGroups(),
                t.getAssignee(),
                false,
                false,
                cuando,
                paralelo));
      } else if (destino instanceof CallActivity c) {
        encontrados.putIfAbsent(
            c.getId(),
            new Siguiente(
                c.getId(),
                actividad(c),
                c.getName(),
                List.of(),
                null,
                true,
                false,
                cuando,
                paralelo));
      } else if (destino instanceof EndEvent) {
        encontrados.putIfAbsent(
            "fin",
            new Siguiente(
                "fin", 0, "Fin del procedimiento", List.of(), null, false, true, cuando, paralelo));
      } else if (destino instanceof FlowNode siguiente && vistos.add(destino.getId())) {
        // a gateway, an event, a service task: what it leads to
        seguir(
            siguiente,
            desde,
            cuando,
            paralelo && !(destino instanceof Gateway g && g.getOutgoingFlows().size() == 1),
            vistos,
            encontrados);
      }
    }
  }

  private static int actividad(FlowElement e) {
    String n = e.getAttributeValue(ActividadMapro.NS, "actividad");
    return n == null ? 0 : Integer.parseInt(n);
  }

  private static String y(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " y " + b;
  }

  /** A branch's condition in words; null when the branch has none. */
  String enPalabras(String expresion, int desde, int hacia) {
    if (expresion == null || expresion.isBlank()) {
      return null;
    }
    String cuerpo = expresion.strip();
    if (cuerpo.startsWith("${") && cuerpo.endsWith("}")) {
      cuerpo = cuerpo.substring(2, cuerpo.length() - 1);
    }
    List<String> partes = new ArrayList<>();
    for (String parte : cuerpo.split("&&|\\band\\b")) {
      Optional<String> p = parte(parte);
      if (p.isEmpty()) {
        return delMapro(desde, hacia).orElse("según lo que se resuelva en este paso");
      }
      partes.add(p.get());
    }
    return String.join(" y ", partes);
  }

  private Optional<String> delMapro(int desde, int hacia) {
    if (procedimiento == null || desde == 0 || hacia == 0) {
      return Optional.empty();
    }
    return DescripcionesDelMapro.condicion(procedimiento, desde, hacia);
  }

  private Optional<String> parte(String parte) {
    Matcher m = IGUAL.matcher(parte);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean negado = m.group(1) != null;
    String variable = m.group(2);
    String op = m.group(3);
    Map<String, String> valores = etiquetas.getOrDefault(variable, Map.of());
    if (op == null) {
      String valor = negado ? "false" : "true";
      if (valores.containsKey(valor)) {
        return Optional.of("«" + valores.get(valor) + "»");
      }
      String pregunta = preguntas.get(variable);
      return pregunta == null
          ? Optional.empty()
          : Optional.of("«" + sinSigno(pregunta) + "»: " + (negado ? "no" : "sí"));
    }
    String etiqueta = valores.get(m.group(4));
    if (etiqueta == null || negado) {
      return Optional.empty();
    }
    boolean distinto = op.equals("!=") || op.equals("ne");
    return Optional.of(distinto ? "no «" + etiqueta + "»" : "«" + etiqueta + "»");
  }

  private static String sinSigno(String pregunta) {
    return pregunta.replaceAll("^¿|\\?$", "");
  }
}
