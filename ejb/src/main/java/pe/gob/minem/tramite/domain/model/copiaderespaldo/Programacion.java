package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * When a catalogue entry's backup is due, in Lima's time: its frequency, its day (of the week or of
 * the month; none for a daily one) and its time hh:mm. Pure: the scheduler asks it for the due
 * times between two instants (ADR 0027).
 */
public record Programacion(Frecuencia frecuencia, Integer dia, LocalTime hora) {

  public static final ZoneId LIMA = ZoneId.of("America/Lima");

  public Programacion {
    if (frecuencia == null) {
      throw new DatosInvalidosException("frecuencia", "Elija la frecuencia.");
    }
    if (hora == null) {
      throw new DatosInvalidosException("hora", "Indique la hora de la copia (hh:mm).");
    }
    hora = hora.withSecond(0).withNano(0);
    switch (frecuencia) {
      case DIARIA -> dia = null;
      case SEMANAL -> {
        if (dia == null || dia < 1 || dia > 7) {
          throw new DatosInvalidosException(
              "dia",
              "Para una copia semanal indique el día de la semana: 1 (lunes) a 7 (domingo).");
        }
      }
      case MENSUAL -> {
        if (dia == null || dia < 1 || dia > 31) {
          throw new DatosInvalidosException(
              "dia", "Para una copia mensual indique el día del mes: 1 a 31.");
        }
      }
    }
  }

  /** "23:00" as the step and the API write it. */
  public static LocalTime hora(String texto) {
    try {
      return LocalTime.parse(texto == null ? "" : texto.strip());
    } catch (DateTimeParseException e) {
      throw new DatosInvalidosException(
          "hora", "La hora de la copia debe tener la forma hh:mm (00:00 a 23:59).");
    }
  }

  /** The first due time strictly after {@code despues}. */
  public Instant siguiente(Instant despues) {
    LocalDate d = despues.atZone(LIMA).toLocalDate();
    for (int i = 0; i < 400; i++, d = d.plusDays(1)) {
      if (toca(d)) {
        Instant t = ZonedDateTime.of(d, hora, LIMA).toInstant();
        if (t.isAfter(despues)) {
          return t;
        }
      }
    }
    throw new IllegalStateException("Sin fecha de copia en un año: " + this);
  }

  /**
   * The last due time in {@code (desde, hasta]} and how many earlier ones in that interval it
   * leaves out (missed while the portal was down), or nothing when none is due.
   */
  public Optional<Vencida> ultimaVencida(Instant desde, Instant hasta) {
    Instant t = siguiente(desde);
    if (t.isAfter(hasta)) {
      return Optional.empty();
    }
    int omitidas = 0;
    for (Instant s = siguiente(t); !s.isAfter(hasta); s = siguiente(s)) {
      omitidas++;
      t = s;
    }
    return Optional.of(new Vencida(t, omitidas));
  }

  /** A due time and the missed ones before it that are not run. */
  public record Vencida(Instant programadaPara, int omitidas) {}

  private boolean toca(LocalDate d) {
    return switch (frecuencia) {
      case DIARIA -> true;
      case SEMANAL -> d.getDayOfWeek() == DayOfWeek.of(dia);
      case MENSUAL -> d.getDayOfMonth() == Math.min(dia, d.lengthOfMonth());
    };
  }

  /** "Diaria, 23:00", "Semanal (miércoles), 02:00", "Mensual (día 1), 01:30". */
  public String describir() {
    String h = hora.toString();
    return switch (frecuencia) {
      case DIARIA -> "Diaria, " + h;
      case SEMANAL ->
          "Semanal ("
              + DayOfWeek.of(dia)
                  .getDisplayName(
                      java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("es-PE"))
              + "), "
              + h;
      case MENSUAL -> "Mensual (día " + dia + "), " + h;
    };
  }
}
