package pe.gob.minem.tramite.infrastructure.nodo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * A periodic job's turn on H2, as two nodes firing the same five-minute schedule take it: one runs,
 * the other skips, until the turn is left or its holder's time runs out.
 */
class TurnosEnH2Test {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final Duration MAXIMO = Duration.ofMinutes(30);
  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private Turnos turnos(jakarta.persistence.EntityManager em) {
    var t = new Turnos();
    t.em = em;
    return t;
  }

  private boolean tomar(String nodo, Instant ahora) {
    return bd.obtener(em -> turnos(em).tomar("resumen-diario", nodo, ahora, MAXIMO));
  }

  private void dejar(String nodo, Instant hasta) {
    bd.enTransaccion(em -> turnos(em).dejar("resumen-diario", nodo, hasta));
  }

  @Test
  void laMismaRondaCorreEnUnSoloNodo() {
    assertTrue(tomar("A", T0), "el primero crea el turno");
    assertFalse(tomar("B", T0.plusMillis(300)), "B lo encuentra tomado mientras A corre");
    dejar("A", T0.plus(Duration.ofMinutes(4))); // four fifths of the period
    assertFalse(tomar("B", T0.plusSeconds(90)), "la ronda ya la hizo A");
    assertTrue(tomar("B", T0.plus(Duration.ofMinutes(5))), "la ronda siguiente es de quien llegue");
    assertFalse(tomar("A", T0.plus(Duration.ofMinutes(5)).plusMillis(200)));
  }

  @Test
  void elTurnoDeUnNodoQueMurioCorriendoVenceConSuMaximo() {
    assertTrue(tomar("A", T0));
    assertFalse(tomar("B", T0.plus(Duration.ofMinutes(29))), "A podría seguir corriendo");
    assertTrue(tomar("B", T0.plus(MAXIMO).plusSeconds(1)), "A murió");
  }

  @Test
  void dejarNoDevuelveElTurnoQueYaEsDeOtro() {
    assertTrue(tomar("A", T0));
    assertTrue(tomar("B", T0.plus(MAXIMO).plusSeconds(1)));
    dejar(
        "A",
        T0.plus(MAXIMO).plusSeconds(2)); // A was only stalled: its late release changes nothing
    assertFalse(tomar("C", T0.plus(MAXIMO).plusSeconds(3)), "sigue siendo de B");
  }
}
