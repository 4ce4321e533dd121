package pe.gob.minem.tramite.application.paso;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a deliverable reads its fields' labels: the section's title and the columns announced. */
class ManejadoresDelProcesoTest {

  @Test
  void unaEtiquetaQueAnunciaColumnasDaLaTablaYSuTitulo() {
    String etiqueta = "Casos de prueba (uno por línea: caso | pasos | resultado esperado)";
    assertEquals("Casos de prueba", ManejadoresDelProceso.titulo(etiqueta));
    assertEquals(
        List.of("Caso", "Pasos", "Resultado esperado"), ManejadoresDelProceso.columnas(etiqueta));
  }

  @Test
  void unaEtiquetaSinColumnasEsTexto() {
    assertEquals(List.of(), ManejadoresDelProceso.columnas("Logros del período (uno por línea)"));
    assertEquals(List.of(), ManejadoresDelProceso.columnas("Objetivo del proyecto"));
    assertEquals("Objetivo del proyecto", ManejadoresDelProceso.titulo("Objetivo del proyecto"));
  }
}
