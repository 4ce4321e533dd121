package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The task page shows the MAPRO's words for each activity (ADR 0036) from a resource generated from
 * the MAPRO's {@code procedures.yaml}: this test fails when the two differ (run it with {@code
 * -Dmapro.regenerar=true} to write the resource again), and when a task of the BPMN files has no
 * description.
 */
class DescripcionesDelMaproTest {

  private static final Path YAML = Path.of("../../shared/mapro/procedures.yaml");
  private static final Path RECURSO =
      Path.of("src/main/resources").resolve(DescripcionesDelMapro.RECURSO);

  @SuppressWarnings("unchecked")
  static String generado() throws IOException {
    Map<String, Object> raiz;
    try (InputStream in = Files.newInputStream(YAML)) {
      raiz = new Yaml().load(in);
    }
    Map<String, String> claves = new TreeMap<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) raiz.get("procedures")) {
      String codigo = (String) p.get("code");
      for (Map<String, Object> s : (List<Map<String, Object>>) p.get("steps")) {
        String base = codigo + "." + s.get("n") + ".";
        claves.put(base + "accion", (String) s.get("action"));
        claves.put(base + "actor", (String) s.get("actor"));
        claves.put(base + "unidad", (String) s.get("unit"));
        List<Map<String, Object>> next = (List<Map<String, Object>>) s.get("next");
        for (Map<String, Object> e : next == null ? List.<Map<String, Object>>of() : next) {
          if (e.get("to") instanceof Integer hacia && e.get("when") instanceof String cuando) {
            claves.put(base + "siguiente." + hacia, cuando);
          }
        }
      }
    }
    StringBuilder sb =
        new StringBuilder(
            "# Generated from shared/mapro/procedures.yaml by DescripcionesDelMaproTest"
                + " (-Dmapro.regenerar=true); do not edit.\n");
    claves.forEach(
        (k, v) -> {
          if (v != null) {
            sb.append(k).append('=').append(escapar(v.strip())).append('\n');
          }
        });
    return sb.toString();
  }

  private static String escapar(String v) {
    return v.replace("\\", "\\\\").replace("\n", "\\n");
  }

  @Test
  void elRecursoEsElDelMapro() throws IOException {
    String esperado = generado();
    if (Boolean.getBoolean("mapro.regenerar")) {
      Files.createDirectories(RECURSO.getParent());
      Files.writeString(RECURSO, esperado, StandardCharsets.UTF_8);
    }
    assertEquals(
        esperado,
        Files.readString(RECURSO, StandardCharsets.UTF_8),
        "mapro/actividades.properties difiere de procedures.yaml: regenérelo con"
            + " -Dmapro.regenerar=true");
  }

  @Test
  void cadaTareaDeLosProcedimientosTieneSuDescripcion() throws Exception {
    List<String> faltan = new ArrayList<>();
    int tareas = 0;
    for (String recurso : MotorDeProcesos.DEFINICIONES) {
      for (Process p : DeclaracionesDePasosTest.modelo(recurso).getProcesses()) {
        String procedimiento = p.getAttributeValue(ActividadMapro.NS, "procedimiento");
        for (UserTask t : p.findFlowElementsOfType(UserTask.class, true)) {
          String n = t.getAttributeValue(ActividadMapro.NS, "actividad");
          if (n == null) {
            continue; // outside the MAPRO: the responsable's «Atender» of P/OGA-TI-01
          }
          tareas++;
          if (DescripcionesDelMapro.de(procedimiento, Integer.parseInt(n)).isEmpty()) {
            faltan.add(recurso + " " + t.getId());
          }
        }
      }
    }
    assertTrue(tareas > 150, "tareas leídas: " + tareas);
    assertEquals(List.of(), faltan, "tareas sin descripción del MAPRO");
    var d = DescripcionesDelMapro.de("P/OGA-TI-04", 3).orElseThrow();
    assertTrue(d.accion().startsWith("Asignar al Analista de Desarrollo de Sistemas"), d::accion);
    assertEquals("Coordinador de Desarrollo de Sistemas", d.actor());
  }
}
