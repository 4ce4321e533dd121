package pe.gob.minem.tramite.domain.model.plazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarioLaboralTest {

  private final CalendarioLaboral cal =
      new CalendarioLaboral(
          Set.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25)));

  @Test
  void losDiasHabilesSaltanFinesDeSemanaYFeriados() {
    assertFalse(cal.esHabil(LocalDate.of(2026, 12, 5))); // Saturday
    assertFalse(cal.esHabil(LocalDate.of(2026, 12, 8)));
    assertTrue(cal.esHabil(LocalDate.of(2026, 12, 10)));
    assertEquals(LocalDate.of(2026, 12, 7), cal.diaHabil(LocalDate.of(2026, 12, 4), 1));
    assertEquals(LocalDate.of(2026, 12, 10), cal.diaHabil(LocalDate.of(2026, 12, 4), 2));
    assertEquals(LocalDate.of(2026, 12, 28), cal.diaHabil(LocalDate.of(2026, 12, 23), 2));
    assertThrows(IllegalArgumentException.class, () -> cal.diaHabil(LocalDate.of(2026, 12, 4), 0));
  }

  @Test
  void elPlazoCuentaDesdeElDiaSiguienteEnLima() {
    // 23:30 on Friday 4 in Lima is already Saturday 5 in UTC: the plazo starts from Friday all the
    // same
    var inicio = LocalDateTime.of(2026, 12, 4, 23, 30).atZone(CalendarioLaboral.LIMA).toInstant();
    assertEquals(LocalDate.of(2026, 12, 7), cal.ultimoDia(inicio, 1));
    assertEquals(
        LocalDate.of(2026, 12, 8).atStartOfDay(CalendarioLaboral.LIMA).toInstant(),
        cal.vencimiento(inicio, 1));
    assertEquals(
        LocalDate.of(2026, 12, 7).atStartOfDay(CalendarioLaboral.LIMA).toInstant(),
        cal.aviso(inicio, 1));
  }

  @Test
  void cuentaLosDiasHabilesQueQuedanOQueFaltaron() {
    assertEquals(2, cal.diasHabilesHasta(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 10)));
    assertEquals(0, cal.diasHabilesHasta(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10)));
    assertEquals(-1, cal.diasHabilesHasta(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 10)));
    assertEquals(-1, cal.diasHabilesHasta(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 10)));
  }
}
