package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReintentosTest {

  private final Reintentos porDefecto =
      new Reintentos(Duration.ofSeconds(30), Duration.ofHours(1), 12);

  @Test
  void laEsperaSeDuplicaDesdeLaBaseHastaUnaHora() {
    assertEquals(Duration.ofSeconds(30), porDefecto.espera(1));
    assertEquals(Duration.ofSeconds(60), porDefecto.espera(2));
    assertEquals(Duration.ofSeconds(120), porDefecto.espera(3));
    assertEquals(Duration.ofSeconds(30 * 64), porDefecto.espera(7));
    assertEquals(Duration.ofHours(1), porDefecto.espera(8), "30 s × 128 pasa de una hora");
    assertEquals(Duration.ofHours(1), porDefecto.espera(12));
    assertEquals(Duration.ofHours(1), porDefecto.espera(1000));
  }

  @Test
  void tras12IntentosSeAgotan() {
    assertFalse(porDefecto.agotados(11));
    assertTrue(porDefecto.agotados(12));
  }

  @Test
  void unaConfiguracionSinSentidoSeRechaza() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Reintentos(Duration.ZERO, Duration.ofHours(1), 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Reintentos(Duration.ofHours(2), Duration.ofHours(1), 12));
  }
}
