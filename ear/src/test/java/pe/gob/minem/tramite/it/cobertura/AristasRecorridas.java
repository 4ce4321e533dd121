package pe.gob.minem.tramite.it.cobertura;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which edges of the MAPRO ({@code procedures.yaml}) the integration tests took, read from
 * Flowable's history in the tests' database after the suite ran: an edge N → M of a procedure is
 * taken when, in some process instance, every sequence flow of a BPMN path from activity N to
 * activity M (through no other MAPRO activity) was taken. An untaken edge is an untested path.
 *
 * <p>Run by the build after the integration tests (exec:java, post-integration-test, before the
 * database stops). Prints a summary and writes {@code target/aristas-recorridas.txt}. It is a
 * report: it fails the build only with {@code -Dit.aristas.exigir=true}.
 */
public final class AristasRecorridas {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String MAPRO = "http://minem.gob.pe/tramite/mapro";

  private AristasRecorridas() {}

  /** An edge of the MAPRO and whether the tests took it. */
  public record Arista(String procedimiento, int desde, String hacia, boolean recorrida) {
    @Override
    public String toString() {
      return desde + "→" + hacia;
    }
  }

  public static void main(String[] args) throws Exception {
    Path yaml = Path.of(args.length > 0 ? args[0] : "../../shared/mapro/procedures.yaml");
    Path procesos = Path.of(args.length > 1 ? args[1] : "../ejb/src/main/resources/procesos");
    Path props = Path.of(args.length > 2 ? args[2] : "target/postgres-de-prueba.properties");
    Path salida = Path.of(args.length > 3 ? args[3] : "target/aristas-recorridas.txt");
    if (!Files.isRegularFile(yaml)) {
      System.out.println("[aristas] no está " + yaml + ": sin informe de aristas recorridas");
      return;
    }
    if (!Files.isRegularFile(props)) {
      System.out.println("[aristas] no hay base de datos de prueba (" + props + "): sin informe");
      return;
    }
    List<Arista> aristas;
    Map<String, List<String>> sinRecorrerPropios;
    Map<String, Integer> flujosPropios = new java.util.TreeMap<>();
    try (Connection c = conectar(props)) {
      var historial = historial(c);
      aristas = aristas(yaml, procesos, historial);
      sinRecorrerPropios = flujosSinRecorrer(procesos, historial, flujosPropios);
    } catch (SQLException e) {
      System.out.println("[aristas] no se pudo leer el historial de Flowable: " + e.getMessage());
      return;
    }
    StringBuilder informe = new StringBuilder();
    Map<String, List<Arista>> porProcedimiento = new LinkedHashMap<>();
    aristas.forEach(
        a -> porProcedimiento.computeIfAbsent(a.procedimiento(), k -> new ArrayList<>()).add(a));
    int total = 0;
    int recorridas = 0;
    for (var e : porProcedimiento.entrySet()) {
      long r = e.getValue().stream().filter(Arista::recorrida).count();
      total += e.getValue().size();
      recorridas += (int) r;
      List<Arista> sin = e.getValue().stream().filter(a -> !a.recorrida()).toList();
      informe
          .append(e.getKey())
          .append(": aristas recorridas ")
          .append(r)
          .append('/')
          .append(e.getValue().size())
          .append(sin.isEmpty() ? "" : " — sin recorrer: " + sin)
          .append('\n');
    }
    informe
        .append("total: ")
        .append(recorridas)
        .append('/')
        .append(total)
        .append(" aristas del MAPRO modeladas recorridas por las pruebas de integración\n");
    // the portal's own processes (not the MAPRO's: the attention, trámite interno, a unit's
    // signing path): every sequence flow, since they have no MAPRO activities to pair
    flujosPropios.forEach(
        (proceso, total2) -> {
          List<String> sin = sinRecorrerPropios.getOrDefault(proceso, List.of());
          informe
              .append(proceso)
              .append(" (del portal): flujos recorridos ")
              .append(total2 - sin.size())
              .append('/')
              .append(total2)
              .append(sin.isEmpty() ? "" : " — sin recorrer: " + sin)
              .append('\n');
        });
    Files.writeString(salida, informe.toString(), StandardCharsets.UTF_8);
    System.out.println("[aristas] " + informe.toString().strip().replace("\n", "\n[aristas] "));
    if (Boolean.getBoolean("it.aristas.exigir") && recorridas < total) {
      throw new IllegalStateException("hay aristas del MAPRO que ninguna prueba recorrió");
    }
  }

  /** Process definition key → the sets of sequence flows each instance took. */
  static Map<String, List<Set<String>>> historial(Connection c) throws SQLException {
    Map<String, Map<String, Set<String>>> porClave = new HashMap<>();
    try (PreparedStatement st =
            c.prepareStatement(
                "SELECT proc_def_id_, proc_inst_id_, act_id_ FROM act_hi_actinst"
                    + " WHERE act_type_ = 'sequenceFlow'");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String clave = rs.getString(1).substring(0, rs.getString(1).indexOf(':'));
        porClave
            .computeIfAbsent(clave, k -> new HashMap<>())
            .computeIfAbsent(rs.getString(2), k -> new HashSet<>())
            .add(rs.getString(3));
      }
    }
    Map<String, List<Set<String>>> l = new HashMap<>();
    porClave.forEach((k, v) -> l.put(k, new ArrayList<>(v.values())));
    return l;
  }

  /**
   * For each process of the portal that is not a MAPRO procedure, its sequence flows no instance
   * took; {@code totales} gets how many flows each has.
   */
  static Map<String, List<String>> flujosSinRecorrer(
      Path procesos, Map<String, List<Set<String>>> historial, Map<String, Integer> totales)
      throws Exception {
    Map<String, List<String>> sin = new java.util.TreeMap<>();
    try (Stream<Path> archivos = Files.list(procesos)) {
      for (Path f : archivos.filter(p -> p.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
        for (Proceso p : Proceso.leer(f)) {
          if (p.procedimiento() != null) {
            continue;
          }
          Set<String> tomados = new HashSet<>();
          historial.getOrDefault(p.id(), List.of()).forEach(tomados::addAll);
          List<String> flujos =
              p.salientes().values().stream()
                  .flatMap(List::stream)
                  .map(x -> x[0])
                  .sorted()
                  .toList();
          totales.put(p.id(), flujos.size());
          List<String> faltan = flujos.stream().filter(x -> !tomados.contains(x)).toList();
          if (!faltan.isEmpty()) {
            sin.put(p.id(), faltan);
          }
        }
      }
    }
    return sin;
  }

  /** Every edge of every modelled procedure, and whether some instance took one of its paths. */
  @SuppressWarnings("unchecked")
  public static List<Arista> aristas(
      Path yaml, Path procesos, Map<String, List<Set<String>>> historial) throws Exception {
    Map<String, Object> spec;
    try (InputStream in = Files.newInputStream(yaml)) {
      spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    Map<String, Proceso> modelados = new HashMap<>();
    try (Stream<Path> archivos = Files.list(procesos)) {
      for (Path f : archivos.filter(p -> p.toString().endsWith(".bpmn20.xml")).toList()) {
        for (Proceso p : Proceso.leer(f)) {
          if (p.procedimiento() != null) {
            modelados.put(p.procedimiento(), p);
          }
        }
      }
    }
    List<Arista> l = new ArrayList<>();
    for (Map<String, Object> proc : (List<Map<String, Object>>) spec.get("procedures")) {
      Proceso p = modelados.get((String) proc.get("code"));
      if (p == null) {
        continue;
      }
      List<Set<String>> instancias = historial.getOrDefault(p.id(), List.of());
      for (Map<String, Object> paso : (List<Map<String, Object>>) proc.get("steps")) {
        int n = ((Number) paso.get("n")).intValue();
        List<Map<String, Object>> siguientes =
            (List<Map<String, Object>>) paso.getOrDefault("next", List.of());
        for (Map<String, Object> sig : siguientes) {
          String hacia = String.valueOf(sig.get("to"));
          List<List<String>> caminos = p.caminos(n, hacia);
          boolean recorrida =
              caminos.stream().anyMatch(c -> instancias.stream().anyMatch(i -> i.containsAll(c)));
          l.add(new Arista((String) proc.get("code"), n, hacia, recorrida));
        }
      }
    }
    return l;
  }

  /** A BPMN process: its nodes marked with MAPRO activities and its sequence flows. */
  record Proceso(
      String id,
      String procedimiento,
      Map<String, Integer> actividad,
      Set<String> fines,
      Map<String, List<String[]>> salientes) {

    static List<Proceso> leer(Path archivo) throws Exception {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var doc = f.newDocumentBuilder().parse(archivo.toFile());
      List<Proceso> l = new ArrayList<>();
      NodeList procesos = doc.getElementsByTagNameNS(BPMN, "process");
      for (int i = 0; i < procesos.getLength(); i++) {
        Element p = (Element) procesos.item(i);
        Map<String, Integer> actividad = new HashMap<>();
        Set<String> fines = new HashSet<>();
        Map<String, List<String[]>> salientes = new HashMap<>();
        NodeList todos = p.getElementsByTagNameNS(BPMN, "*");
        for (int j = 0; j < todos.getLength(); j++) {
          Element e = (Element) todos.item(j);
          String n = e.getAttributeNS(MAPRO, "actividad");
          if (!n.isBlank()) {
            actividad.put(e.getAttribute("id"), Integer.valueOf(n.strip()));
          }
          if (e.getLocalName().equals("endEvent")) {
            fines.add(e.getAttribute("id"));
          }
          if (e.getLocalName().equals("sequenceFlow")) {
            salientes
                .computeIfAbsent(e.getAttribute("sourceRef"), k -> new ArrayList<>())
                .add(new String[] {e.getAttribute("id"), e.getAttribute("targetRef")});
          }
        }
        String proc = p.getAttributeNS(MAPRO, "procedimiento");
        l.add(
            new Proceso(
                p.getAttribute("id"), proc.isBlank() ? null : proc, actividad, fines, salientes));
      }
      return l;
    }

    /** The flows of each path from activity n to activity m ("end": an end event). */
    List<List<String>> caminos(int n, String hacia) {
      List<List<String>> l = new ArrayList<>();
      for (var e : actividad.entrySet()) {
        if (e.getValue() == n) {
          buscar(e.getKey(), hacia, new ArrayList<>(), new HashSet<>(), l);
        }
      }
      return l;
    }

    private void buscar(
        String nodo, String hacia, List<String> camino, Set<String> vistos, List<List<String>> l) {
      for (String[] flujo : salientes.getOrDefault(nodo, List.of())) {
        String destino = flujo[1];
        if (!vistos.add(flujo[0])) {
          continue;
        }
        camino.add(flujo[0]);
        Integer m = actividad.get(destino);
        if (hacia.equals("end")
            ? fines.contains(destino)
            : m != null && hacia.equals(m.toString())) {
          l.add(List.copyOf(camino));
        } else if (m == null) { // a gateway or event in between: go on
          buscar(destino, hacia, camino, vistos, l);
        }
        camino.remove(camino.size() - 1);
        vistos.remove(flujo[0]);
      }
    }
  }

  private static Connection conectar(Path props) throws IOException, SQLException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(props)) {
      p.load(in);
    }
    return DriverManager.getConnection(
        p.getProperty("url"), p.getProperty("user"), p.getProperty("password"));
  }
}
