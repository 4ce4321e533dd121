package pe.gob.minem.tramite.archivo.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one (engine, class): nearest-rank percentiles in milliseconds. */
public final class Medida {
  final String motor;
  final String clase;
  private long[] nanos = new long[64];
  private long[] aciertos = new long[64];
  private long[] cpu = new long[64];
  private int n;
  String nota = "";

  Medida(String motor, String clase) {
    this.motor = motor;
    this.clase = clase;
  }

  void agregar(long nanosegundos, long total) {
    agregar(nanosegundos, -1, total);
  }

  /**
   * @param cpuNanos CPU time of the calling thread during the call (-1: unknown); on a shared
   *     machine it shows the work done, whatever the other processes take from the cores
   */
  void agregar(long nanosegundos, long cpuNanos, long total) {
    if (n == nanos.length) {
      nanos = Arrays.copyOf(nanos, n * 2);
      aciertos = Arrays.copyOf(aciertos, n * 2);
      cpu = Arrays.copyOf(cpu, n * 2);
    }
    nanos[n] = nanosegundos;
    cpu[n] = cpuNanos;
    aciertos[n] = total;
    n++;
  }

  private static double percentil(long[] valores, int n, double p) {
    long[] s = Arrays.copyOf(valores, n);
    Arrays.sort(s);
    int k = (int) Math.ceil(p / 100.0 * n) - 1;
    return s[Math.max(0, Math.min(n - 1, k))] / 1e6;
  }

  /** "p50 / p95" of the CPU time, or "—". */
  String cpu() {
    if (n == 0 || cpu[0] < 0) {
      return "—";
    }
    return String.format(
        Locale.ROOT, "%.1f / %.1f", percentil(cpu, n, 50), percentil(cpu, n, 95));
  }

  int cuantas() {
    return n;
  }

  double percentil(double p) {
    if (n == 0) {
      return Double.NaN;
    }
    return percentil(nanos, n, p);
  }

  double media() {
    return n == 0 ? Double.NaN : Arrays.stream(nanos, 0, n).average().orElse(0) / 1e6;
  }

  long aciertosMediana() {
    if (n == 0) {
      return 0;
    }
    long[] s = Arrays.copyOf(aciertos, n);
    Arrays.sort(s);
    return s[(n - 1) / 2];
  }

  long aciertosMaximo() {
    return n == 0 ? 0 : Arrays.stream(aciertos, 0, n).max().orElse(0);
  }

  String fila() {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d%s | %.1f | %.1f | %.1f | %.1f | %s | %,d (máx. %,d) |",
        clase,
        motor,
        n,
        nota.isEmpty() ? "" : " (" + nota + ")",
        percentil(50),
        percentil(95),
        percentil(99),
        media(),
        cpu(),
        aciertosMediana(),
        aciertosMaximo());
  }

  static String cabecera() {
    return "| clase | motor | consultas | p50 ms | p95 ms | p99 ms | media ms | CPU p50 / p95 ms"
        + " | total de aciertos (mediana) |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|";
  }
}
