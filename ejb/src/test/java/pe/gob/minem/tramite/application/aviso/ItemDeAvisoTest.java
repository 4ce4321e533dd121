package pe.gob.minem.tramite.application.aviso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDeAvisoTest {

  private static final Instant VISTO = Instant.parse("2026-12-03T15:00:00Z");
  private static final Instant AHORA = VISTO.plusSeconds(3600);

  @Test
  void esNuevoLoQueLlegoDespuesDeAbrirLaCampanaYNoDespuesDeAhora() {
    assertTrue(ItemDeAviso.esNuevo(VISTO.plusSeconds(1), VISTO, AHORA));
    assertFalse(ItemDeAviso.esNuevo(VISTO, VISTO, AHORA), "lo visto al abrirla");
    assertFalse(ItemDeAviso.esNuevo(VISTO.minusSeconds(1), VISTO, AHORA));
    assertTrue(ItemDeAviso.esNuevo(VISTO.minusSeconds(1), null, AHORA), "nunca la abrió");
    assertFalse(
        ItemDeAviso.esNuevo(AHORA.plusSeconds(1), VISTO, AHORA),
        "un momento adelantado al reloj (el de pruebas, devuelto) no es nuevo");
  }

  @Test
  void laCampanaDiceCuantosNuevosEnPalabras() {
    assertEquals("Avisos: 1 nuevo", new EstadoDeCampana(1, VISTO, List.of()).descripcion());
    assertEquals("Avisos: 3 nuevos", new EstadoDeCampana(3, VISTO, List.of()).descripcion());
  }
}
