package pe.gob.minem.tramite.application.tablero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The median and the 95th percentile of step durations, by nearest rank; the survey's mean. */
class PercentilesTest {

  @Test
  void laMedianaDeUnConteoParEsElMenorDeLosDosDelMedio() {
    // nearest rank: ceil(0.5 × 4) = 2nd value, a duration that happened
    assertEquals(20, Percentiles.rangoMasCercano(new long[] {40, 10, 30, 20}, 50));
  }

  @Test
  void laMedianaDeUnConteoImparEsElDelMedio() {
    assertEquals(30, Percentiles.rangoMasCercano(new long[] {50, 10, 30, 20, 40}, 50));
  }

  @Test
  void elPercentil95DeVeinteValoresEsElDiecinueve() {
    long[] v = new long[20];
    for (int i = 0; i < v.length; i++) {
      v[i] = (20 - i) * 60L; // 20 min … 1 min, unsorted on purpose
    }
    // ceil(0.95 × 20) = 19th: 19 min; the slowest (20 min) is above it
    assertEquals(19 * 60, Percentiles.rangoMasCercano(v, 95));
    // with 21 values the slowest is the 95th percentile: ceil(0.95 × 21) = 20 → 20th of 21
    long[] w = java.util.Arrays.copyOf(v, 21);
    w[20] = 3600;
    assertEquals(20 * 60, Percentiles.rangoMasCercano(w, 95));
  }

  @Test
  void unSoloValorEsTodosSusPercentiles() {
    assertEquals(7, Percentiles.rangoMasCercano(new long[] {7}, 50));
    assertEquals(7, Percentiles.rangoMasCercano(new long[] {7}, 95));
  }

  @Test
  void noModificaLosValoresQueRecibe() {
    long[] v = {3, 1, 2};
    Percentiles.rangoMasCercano(v, 50);
    assertEquals(3, v[0]);
  }

  @Test
  void sinValoresNoHayPercentil() {
    assertThrows(
        IllegalArgumentException.class, () -> Percentiles.rangoMasCercano(new long[0], 50));
    assertThrows(
        IllegalArgumentException.class, () -> Percentiles.rangoMasCercano(new long[] {1}, 0));
  }

  @Test
  void laMedianaYElPromedioDeLaEncuesta() {
    assertEquals(3.5, Percentiles.mediana(new int[] {5, 2, 3, 4}));
    assertEquals(4.0, Percentiles.mediana(new int[] {4, 5, 1}));
    assertEquals(3.3, Percentiles.promedio(new int[] {5, 2, 3}));
    assertNull(Percentiles.mediana(new int[0]));
    assertNull(Percentiles.promedio(new int[0]));
  }

  @Test
  void elPromedioEnPalabrasDiceLaPalabraMasCercanaDeLaEscala() {
    assertEquals("4.3 de 5 (Bueno)", Tableros.enPalabras(4.3));
    assertEquals("4.5 de 5 (Muy bueno)", Tableros.enPalabras(4.5));
    assertEquals("1.0 de 5 (Muy malo)", Tableros.enPalabras(1.0));
    assertEquals("Sin respuestas", Tableros.enPalabras(null));
  }

  @Test
  void elMesSeNombraEnCastellano() {
    assertEquals("diciembre de 2026", Tableros.etiqueta(java.time.YearMonth.of(2026, 12)));
  }
}
