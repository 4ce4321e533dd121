package pe.gob.minem.tramite.archivo.extraccion;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** Sizes, times and counts written for people, as numbers are written in Peru ({@code 1.5 s}). */
final class Formatos {

  private static final Locale ES_PE = Locale.forLanguageTag("es-PE");

  private Formatos() {}

  /** {@code 60 s}, {@code 1.5 s}, {@code 300 ms}. */
  static String duracion(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return Math.max(ms, d.isZero() ? 0 : 1) + " ms";
    }
    BigDecimal segundos = BigDecimal.valueOf(ms, 3).stripTrailingZeros();
    return numero(segundos) + " s";
  }

  /** {@code 50 MB}, {@code 512 KB}, {@code 1,000 bytes} (1 MB = 1024 × 1024 bytes). */
  static String bytes(long n) {
    if (n >= 1024L * 1024 && n % (1024L * 1024) == 0) {
      return numero(BigDecimal.valueOf(n / (1024L * 1024))) + " MB";
    }
    if (n >= 1024 && n % 1024 == 0) {
      return numero(BigDecimal.valueOf(n / 1024)) + " KB";
    }
    return numero(BigDecimal.valueOf(n)) + " bytes";
  }

  /** {@code 5,000,000}. */
  static String entero(long n) {
    return numero(BigDecimal.valueOf(n));
  }

  private static String numero(BigDecimal n) {
    NumberFormat f = NumberFormat.getNumberInstance(ES_PE);
    f.setMaximumFractionDigits(3);
    f.setGroupingUsed(true);
    return f.format(n);
  }
}
