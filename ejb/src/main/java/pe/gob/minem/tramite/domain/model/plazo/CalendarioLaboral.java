package pe.gob.minem.tramite.domain.model.plazo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Business days in Lima: Monday to Friday except national holidays (the {@code feriado} table). A
 * plazo of N business days counts from the day after the step starts (TUO de la Ley 27444, art.
 * 145) and ends with the N-th business day: the step is overdue from the next midnight on. The
 * holder is told at the start of that last day.
 */
public final class CalendarioLaboral {

  public static final ZoneId LIMA = ZoneId.of("America/Lima");

  private final Set<LocalDate> feriados;

  public CalendarioLaboral(Set<LocalDate> feriados) {
    this.feriados = Set.copyOf(feriados);
  }

  public boolean esHabil(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !feriados.contains(d);
  }

  /** The N-th business day after {@code desde} (not counting it). */
  public LocalDate diaHabil(LocalDate desde, int dias) {
    if (dias < 1) {
      throw new IllegalArgumentException("Un plazo tiene al menos un día hábil: " + dias);
    }
    LocalDate d = desde;
    int contados = 0;
    while (contados < dias) {
      d = d.plusDays(1);
      if (esHabil(d)) {
        contados++;
      }
    }
    return d;
  }

  /** The last day of a plazo of {@code dias} business days that starts at {@code inicio}. */
  public LocalDate ultimoDia(Instant inicio, int dias) {
    return diaHabil(LocalDate.ofInstant(inicio, LIMA), dias);
  }

  /** When the step becomes overdue: the midnight after its last day. */
  public Instant vencimiento(Instant inicio, int dias) {
    return ultimoDia(inicio, dias).plusDays(1).atStartOfDay(LIMA).toInstant();
  }

  /** When the holder is told: the start of the plazo's last day. */
  public Instant aviso(Instant inicio, int dias) {
    return ultimoDia(inicio, dias).atStartOfDay(LIMA).toInstant();
  }

  /** Business days from {@code hoy} (excluded) to {@code fin} (included); negative if past. */
  public int diasHabilesHasta(LocalDate hoy, LocalDate fin) {
    int n = 0;
    if (fin.isAfter(hoy)) {
      for (LocalDate d = hoy.plusDays(1); !d.isAfter(fin); d = d.plusDays(1)) {
        n += esHabil(d) ? 1 : 0;
      }
      return n;
    }
    for (LocalDate d = fin.plusDays(1); !d.isAfter(hoy); d = d.plusDays(1)) {
      n -= esHabil(d) ? 1 : 0;
    }
    return n;
  }
}
