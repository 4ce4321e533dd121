package pe.gob.minem.tramite.domain.model.aviso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreferenciaDeAvisosTest {

  private static final LocalDate HOY = LocalDate.of(2026, 12, 3);

  @Test
  void elResumenSeRegistraUnaSolaVezPorDiaYSoloSiLoPidio() {
    var p = new PreferenciaDeAvisos("secretaria.oga");
    assertFalse(p.registrarResumen(HOY), "no lo pidió");
    p.elegirResumenDiario(true);
    assertTrue(p.registrarResumen(HOY));
    assertFalse(p.registrarResumen(HOY), "nunca dos el mismo día");
    assertFalse(p.registrarResumen(HOY.minusDays(1)), "ni uno de un día anterior");
    assertTrue(p.registrarResumen(HOY.plusDays(1)));
    p.elegirResumenDiario(false);
    assertFalse(p.registrarResumen(HOY.plusDays(2)), "lo dejó");
  }

  @Test
  void laUltimaVezQueSeAbreLaCampanaEsLaReferencia() {
    var p = new PreferenciaDeAvisos("director.oga");
    Instant t = Instant.parse("2026-12-03T15:00:00Z");
    p.marcarVisto(t);
    p.marcarVisto(t.plusSeconds(60));
    assertEquals(t.plusSeconds(60), p.getVistoHasta());
    // the clock set back (three days ahead in a test, then the real time): the look at the real
    // time is the reference, or nothing would be new for three days
    p.marcarVisto(t.minus(java.time.Duration.ofDays(3)));
    assertEquals(t.minus(java.time.Duration.ofDays(3)), p.getVistoHasta());
  }
}
