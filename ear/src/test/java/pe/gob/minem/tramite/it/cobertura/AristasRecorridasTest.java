package pe.gob.minem.tramite.it.cobertura;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The edge report's reading of the BPMN paths and of Flowable's history, without a database. */
class AristasRecorridasTest {

  private static final Path YAML = Path.of("../../shared/mapro/procedures.yaml");
  private static final Path PROCESOS = Path.of("../ejb/src/main/resources/procesos");

  @Test
  void losCaminosPasanPorLasCompuertasYNoPorOtraActividad() throws Exception {
    var ti02 = AristasRecorridas.Proceso.leer(PROCESOS.resolve("P_OGA_TI_02.bpmn20.xml")).get(0);
    assertEquals(List.of(List.of("f2", "f3")), ti02.caminos(2, "3"));
    assertEquals(List.of(List.of("f13", "f15")), ti02.caminos(9, "11"));
    assertEquals(List.of(List.of("f20")), ti02.caminos(13, "end"));
    assertTrue(ti02.caminos(2, "9").isEmpty(), "2 → 9 pasa por otras actividades");
  }

  @Test
  void unaAristaEsRecorridaSiUnaInstanciaTomoTodoSuCamino() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(YAML), "sin " + YAML);
    var historial =
        Map.of(
            "P_OGA_TI_02",
            List.of(Set.of("f0", "f1", "f2", "f3"), Set.of("f13", "f14"), Set.of("f15")));
    var aristas = AristasRecorridas.aristas(YAML, PROCESOS, historial);
    assertTrue(recorrida(aristas, "P/OGA-TI-02", 2, "3"));
    assertFalse(recorrida(aristas, "P/OGA-TI-02", 2, "5"), "f4 no se tomó");
    assertTrue(recorrida(aristas, "P/OGA-TI-02", 9, "10"));
    assertFalse(
        recorrida(aristas, "P/OGA-TI-02", 9, "11"), "f13 y f15 fueron de instancias distintas");
    assertTrue(
        aristas.stream().anyMatch(a -> a.procedimiento().equals("P/OGA-TI-01")),
        "TI-01 está modelado");
    assertTrue(
        aristas.stream()
            .filter(a -> a.procedimiento().equals("P/OGA-TI-01"))
            .noneMatch(AristasRecorridas.Arista::recorrida),
        "sin historial de TI-01, ninguna");
  }

  @Test
  void losProcesosDelPortalInformanSusFlujosSinRecorrer() throws Exception {
    var totales = new java.util.HashMap<String, Integer>();
    var sin =
        AristasRecorridas.flujosSinRecorrer(
            PROCESOS,
            Map.of(
                "firma_en_unidad",
                List.of(Set.of("u0", "u1", "u2", "u4", "u7"), Set.of("u3", "u6"))),
            totales);
    assertEquals(9, totales.get("firma_en_unidad"));
    assertEquals(List.of("u5", "u8"), sin.get("firma_en_unidad"));
    assertTrue(totales.containsKey("tramite_interno"), totales::toString);
    assertFalse(totales.containsKey("P_OGA_TI_02"), "los del MAPRO van por aristas");
  }

  private static boolean recorrida(
      List<AristasRecorridas.Arista> l, String proc, int desde, String hacia) {
    return l.stream()
        .filter(
            a -> a.procedimiento().equals(proc) && a.desde() == desde && a.hacia().equals(hacia))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no existe la arista " + desde + "→" + hacia))
        .recorrida();
  }
}
