package pe.gob.minem.tramite.application.tablero;

import java.util.Arrays;

/**
 * Percentiles of durations and scores. The durations use the nearest rank (the smallest value with
 * at least p % of the values at or below it), so a figure is always a duration that happened; the
 * survey's median is the usual one (the mean of the two middle answers of an even count).
 */
public final class Percentiles {

  private Percentiles() {}

  /** The nearest-rank {@code p}-th percentile (0 &lt; p ≤ 100) of a non-empty set of values. */
  public static long rangoMasCercano(long[] valores, int p) {
    if (valores.length == 0) {
      throw new IllegalArgumentException("Sin valores no hay percentil");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("Percentil fuera de rango: " + p);
    }
    long[] ordenados = valores.clone();
    Arrays.sort(ordenados);
    int rango = (int) Math.ceil(p / 100.0 * ordenados.length);
    return ordenados[Math.max(1, rango) - 1];
  }

  /** The median; null without values. */
  public static Double mediana(int[] valores) {
    if (valores.length == 0) {
      return null;
    }
    int[] o = valores.clone();
    Arrays.sort(o);
    int m = o.length / 2;
    return o.length % 2 == 1 ? o[m] : (o[m - 1] + o[m]) / 2.0;
  }

  /** The mean rounded to one decimal; null without values. */
  public static Double promedio(int[] valores) {
    if (valores.length == 0) {
      return null;
    }
    long suma = 0;
    for (int v : valores) {
      suma += v;
    }
    return Math.round(suma * 10.0 / valores.length) / 10.0;
  }
}
