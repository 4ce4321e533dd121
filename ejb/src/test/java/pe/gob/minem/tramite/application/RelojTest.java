package pe.gob.minem.tramite.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Durations in words, as the bandeja, the hoja de ruta and the dashboards show them. */
class RelojTest {

  @Test
  void segundosMinutosHorasYDias() {
    assertEquals("0 s", Reloj.duracion(0));
    assertEquals("59 s", Reloj.duracion(59));
    assertEquals("1 min", Reloj.duracion(60));
    assertEquals("59 min", Reloj.duracion(3599));
    assertEquals("2 h 15 min", Reloj.duracion(2 * 3600 + 15 * 60 + 40));
    assertEquals("23 h 59 min", Reloj.duracion(24 * 3600 - 1));
    assertEquals("1 d 0 h", Reloj.duracion(24 * 3600));
    assertEquals("3 d 5 h", Reloj.duracion(3 * 86400 + 5 * 3600 + 59 * 60));
  }
}
