package pe.gob.minem.tramite.application.preventivo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cronograma's days: working days only, the service opening at 08:00 in Lima. */
class CronogramaPreventivoTest {

  @Test
  void saltaFinesDeSemanaYFeriados() {
    // Friday 2026-12-25 is a holiday here; the 26th and 27th a weekend
    Set<LocalDate> feriados = Set.of(LocalDate.of(2026, 12, 25));
    assertEquals(
        LocalDate.of(2026, 12, 28),
        CronogramaPreventivo.primerHabil(LocalDate.of(2026, 12, 25), d -> !feriados.contains(d)));
    assertEquals(
        LocalDate.of(2026, 12, 24),
        CronogramaPreventivo.primerHabil(LocalDate.of(2026, 12, 24), d -> !feriados.contains(d)));
  }

  @Test
  void elServicioSeAbreALasOchoDeLima() {
    assertEquals(
        Instant.parse("2027-01-04T13:00:00Z"),
        CronogramaPreventivo.apertura(LocalDate.of(2027, 1, 4)));
  }
}
