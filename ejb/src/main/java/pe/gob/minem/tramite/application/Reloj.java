package pe.gob.minem.tramite.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Peru sees them: America/Lima. */
public final class Reloj {
  public static final ZoneId LIMA = ZoneId.of("America/Lima");
  public static final Locale ES_PE = Locale.forLanguageTag("es-PE");
  public static final DateTimeFormatter FECHA_HORA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ES_PE).withZone(LIMA);
  public static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", ES_PE).withZone(LIMA);

  private Reloj() {}

  public static LocalDate hoy() {
    return LocalDate.now(LIMA);
  }

  public static String formatear(Instant instante) {
    return instante == null ? "" : FECHA_HORA.format(instante);
  }

  /** "2 d 3 h", "45 min": how long something waited. */
  public static String duracion(long segundos) {
    if (segundos < 60) {
      return segundos + " s";
    }
    long min = segundos / 60;
    if (min < 60) {
      return min + " min";
    }
    long h = min / 60;
    if (h < 24) {
      return h + " h " + (min % 60) + " min";
    }
    return (h / 24) + " d " + (h % 24) + " h";
  }
}
