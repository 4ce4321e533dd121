package pe.gob.minem.tramite.infrastructure.nodo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/** A periodic job's turn on H2: one node at a time, until its lease runs out. */
class TurnosEnH2Test {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final Duration CUATRO_MINUTOS = Duration.ofMinutes(4);
  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private boolean tomar(String nodo, Instant ahora) {
    return bd.obtener(
        em -> {
          var t = new Turnos();
          t.em = em;
          return t.tomar("resumen-diario", nodo, ahora, CUATRO_MINUTOS);
        });
  }

  @Test
  void unSoloNodoTieneElTurnoHastaQueVence() {
    assertTrue(tomar("A", T0), "el primero crea el turno");
    assertFalse(tomar("B", T0.plusSeconds(1)), "B lo encuentra tomado");
    assertTrue(tomar("A", T0.plusSeconds(60)), "A lo renueva");
    assertFalse(tomar("B", T0.plus(CUATRO_MINUTOS)), "aún es de A");
    assertTrue(tomar("B", T0.plusSeconds(60).plus(CUATRO_MINUTOS).plusSeconds(1)), "A murió");
    assertFalse(tomar("A", T0.plus(Duration.ofMinutes(6))), "ahora es de B");
  }
}
