package pe.gob.minem.tramite.infrastructure.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.workflow.SiguientesPasos.Siguiente;

/** Who acts next, on the project's own P/OGA-TI-04 (Desarrollo de Sistemas de Información). */
class SiguientesPasosTest {

  private static SiguientesPasos p04;

  @BeforeAll
  static void leer() throws Exception {
    p04 =
        new SiguientesPasos(
            DeclaracionesDePasosTest.modelo("procesos/P_OGA_TI_04.bpmn20.xml").getMainProcess());
  }

  @Test
  void unPasoSinDecisionLlevaAlSiguienteSinCondicion() {
    List<Siguiente> l = p04.despuesDe("act2");
    assertEquals(1, l.size(), l::toString);
    assertEquals(3, l.get(0).actividad());
    assertEquals(List.of("OTI:COORDINADOR:DESARROLLO"), l.get(0).grupos());
    assertNull(l.get(0).condicion());
    assertFalse(l.get(0).enParalelo());
  }

  @Test
  void laDecisionAtraviesaLaCompuertaYDiceSusRamasConLasPalabrasDelPaso() {
    List<Siguiente> l = p04.despuesDe("act3");
    assertEquals(2, l.size(), l::toString);
    Siguiente interno = l.stream().filter(s -> s.actividad() == 12).findFirst().orElseThrow();
    Siguiente externo = l.stream().filter(s -> s.actividad() == 4).findFirst().orElseThrow();
    assertEquals("«Desarrollo interno (equipo de la OTI)»", interno.condicion());
    assertEquals("«Desarrollo externo (con un proveedor)»", externo.condicion());
    assertEquals(List.of("OTI:ANALISTA:DESARROLLO"), externo.grupos());
    assertEquals("${analista}", externo.asignado());
  }

  @Test
  void unaCondicionDeOtroProcedimientoTomaLasPalabrasDelMapro() {
    // resultadoPruebas comes from P/OGA-TI-05, called at act. 16: no label for it here
    List<Siguiente> l = p04.despuesDe("act16");
    assertEquals(3, l.size(), l::toString);
    Siguiente conforme = l.stream().filter(s -> s.actividad() == 19).findFirst().orElseThrow();
    assertEquals(
        DescripcionesDelMapro.condicion("P/OGA-TI-04", 16, 19).orElseThrow(), conforme.condicion());
    assertFalse(conforme.condicion().contains("${"), conforme::condicion);
    l.forEach(s -> assertFalse(s.condicion().contains("resultadoPruebas"), s::toString));
  }

  @Test
  void laBifurcacionParalelaEmpiezaAmbosPasosALaVez() {
    List<Siguiente> l = p04.despuesDe("act19");
    assertEquals(List.of(20, 21), l.stream().map(Siguiente::actividad).toList());
    assertTrue(l.stream().allMatch(Siguiente::enParalelo), l::toString);
  }

  @Test
  void elUltimoPasoTerminaElProcedimiento() {
    List<Siguiente> l = p04.despuesDe("act24");
    assertEquals(1, l.size(), l::toString);
    assertTrue(l.get(0).fin());
  }

  @Test
  void unProcedimientoLlamadoSeNombra() {
    List<Siguiente> l = p04.despuesDe("act15");
    assertEquals(1, l.size(), l::toString);
    assertTrue(l.get(0).procedimiento());
    assertTrue(l.get(0).nombre().contains("P/OGA-TI-05"), l.get(0)::nombre);
  }
}
