package pe.gob.minem.tramite.domain.model;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CausaDeNegocioTest {

  @Test
  void encuentraLaReglaBajoLasEnvolturas() {
    var regla = new ReglaIncumplidaException("El expediente ya está archivado.");
    var e = new IllegalStateException("tx", new RuntimeException("ejb", regla));
    assertSame(regla, CausaDeNegocio.en(e).orElseThrow());
  }

  @Test
  void unaCadenaDeCausasCiclicaNoLoCuelga() {
    var a = new RuntimeException("a");
    var b = new IllegalStateException("b", a);
    a.initCause(b); // a → b → a → …
    assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> assertTrue(CausaDeNegocio.en(a).isEmpty()));

    var c = new RuntimeException("c");
    var d = new RuntimeException("d", c);
    c.initCause(d);
    var cicloSinRegla = new RuntimeException("envoltura", d); // … → d → c → d → …
    assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> assertTrue(CausaDeNegocio.en(cicloSinRegla).isEmpty()));
  }
}
