package pe.gob.minem.tramite.domain.model.copiaderespaldo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** When a catalogue entry's backup is due, in Lima's time, and how missed runs are caught up. */
class ProgramacionTest {

  private static Instant lima(String fechaHora) {
    return LocalDateTime.parse(fechaHora).atZone(Programacion.LIMA).toInstant();
  }

  @Test
  void diariaALas23() {
    var p = new Programacion(Frecuencia.DIARIA, 5, LocalTime.of(23, 0));
    assertEquals(null, p.dia(), "una diaria no tiene día");
    assertEquals(lima("2026-12-02T23:00"), p.siguiente(lima("2026-12-02T10:00")));
    assertEquals(lima("2026-12-03T23:00"), p.siguiente(lima("2026-12-02T23:00")));
  }

  @Test
  void semanalElSabadoYMensualElUltimoDiaDeUnMesCorto() {
    var sabado = new Programacion(Frecuencia.SEMANAL, 6, LocalTime.of(2, 0));
    // 2 December 2026 is a Wednesday
    assertEquals(lima("2026-12-05T02:00"), sabado.siguiente(lima("2026-12-02T10:00")));
    var fin = new Programacion(Frecuencia.MENSUAL, 31, LocalTime.of(1, 30));
    assertEquals(lima("2027-02-28T01:30"), fin.siguiente(lima("2027-02-01T00:00")));
    assertTrue(fin.describir().contains("día 31"), fin::describir);
    assertTrue(sabado.describir().contains("sábado"), sabado::describir);
  }

  @Test
  void soloLaUltimaVencidaSeEjecutaYDiceCuantasOmite() {
    var p = new Programacion(Frecuencia.DIARIA, null, LocalTime.of(23, 0));
    assertTrue(p.ultimaVencida(lima("2026-12-02T10:00"), lima("2026-12-02T22:59")).isEmpty());
    var una = p.ultimaVencida(lima("2026-12-02T10:00"), lima("2026-12-02T23:00")).orElseThrow();
    assertEquals(lima("2026-12-02T23:00"), una.programadaPara());
    assertEquals(0, una.omitidas());
    // the portal was down three days: the latest due one runs, two are left out
    var tras = p.ultimaVencida(lima("2026-12-02T23:00"), lima("2026-12-05T23:30")).orElseThrow();
    assertEquals(lima("2026-12-05T23:00"), tras.programadaPara());
    assertEquals(2, tras.omitidas());
    // claimed: nothing more until the next one
    assertTrue(p.ultimaVencida(tras.programadaPara(), lima("2026-12-06T22:00")).isEmpty());
  }

  @Test
  void unDiaFueraDeRangoOUnaHoraMalEscritaSeRechazanEnCastellano() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> new Programacion(Frecuencia.SEMANAL, 8, LocalTime.NOON));
    assertTrue(e.getMessage().contains("lunes"), e::getMessage);
    assertThrows(
        DatosInvalidosException.class,
        () -> new Programacion(Frecuencia.MENSUAL, null, LocalTime.NOON));
    assertThrows(DatosInvalidosException.class, () -> Programacion.hora("25:00"));
    assertEquals(LocalTime.of(7, 5), Programacion.hora("07:05"));
  }
}
