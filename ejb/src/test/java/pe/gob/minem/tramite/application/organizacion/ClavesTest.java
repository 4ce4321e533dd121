package pe.gob.minem.tramite.application.organizacion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClavesTest {

  @Test
  void laClaveSeGuardaComoPbkdf2ConSalDistinta() {
    String a = Claves.derivar("Tramite2026!");
    String b = Claves.derivar("Tramite2026!");
    assertTrue(a.startsWith("pbkdf2-sha256$" + Claves.ITERACIONES + "$"));
    assertNotEquals(a, b);
    assertFalse(a.contains("Tramite2026!"));
    assertTrue(Claves.coincide("Tramite2026!", a));
    assertTrue(Claves.coincide("Tramite2026!", b));
    assertFalse(Claves.coincide("tramite2026!", a));
    assertFalse(Claves.coincide("Tramite2026!", "texto-plano"));
  }

  /** Shortest of a few runs: what the work costs, without the pauses of a busy machine. */
  private static long minimoNanos(Runnable r) {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      r.run();
      min = Math.min(min, System.nanoTime() - t0);
    }
    return min;
  }

  @Test
  void unHashAusenteOMalFormadoCuestaLoMismoQueUnoValidoYNoLanza() {
    String valido = Claves.derivar("Tramite2026!");
    for (String almacenado :
        new String[] {
          null,
          "",
          "texto-plano",
          "pbkdf2-sha256$no-es-numero$AAAA$AAAA",
          "pbkdf2-sha256$120000$no*es*base64$AAAA",
          "pbkdf2-sha256$0$AAAA$AAAA",
          "pbkdf2-sha256$-5$AAAA$AAAA",
          Claves.INUTILIZABLE
        }) {
      assertFalse(Claves.coincide("Tramite2026!", almacenado), almacenado);
      // interleaved with a real check; a quarter is a generous margin against a busy machine
      long real = minimoNanos(() -> Claves.coincide("otra", valido));
      long invalido = minimoNanos(() -> Claves.coincide("Tramite2026!", almacenado));
      assertTrue(
          invalido >= real / 4,
          () -> almacenado + ": " + invalido / 1000 + " µs frente a " + real / 1000 + " µs");
    }
  }

  @Test
  void elCostoEsElDeOwasp() {
    assertTrue(Claves.ITERACIONES >= 600_000);
    assertTrue(Claves.esVigente(Claves.derivar("una frase cualquiera")));
    assertFalse(Claves.esVigente(Claves.derivarComo("x", new byte[16], 120_000)));
    assertFalse(Claves.esVigente("pbkdf2-sha256$600000$corto$corto"));
    assertFalse(Claves.esVigente(null));
  }

  @Test
  void unHashDeCostoAntiguoCoincideYPideRederivarse() {
    String antiguo = Claves.derivarComo("Tramite2026!", new byte[16], 120_000);
    assertTrue(Claves.coincide("Tramite2026!", antiguo));
    assertFalse(Claves.coincide("otra", antiguo));
    assertTrue(Claves.debeRederivarse(antiguo));
    assertFalse(Claves.debeRederivarse(Claves.derivar("Tramite2026!")));
    assertFalse(Claves.debeRederivarse(Claves.INUTILIZABLE));
    assertFalse(Claves.debeRederivarse(null));
  }

  @Test
  void unHashAntiguoCuestaLoMismoQueUnoVigente() {
    String vigente = Claves.derivar("Tramite2026!");
    String antiguo = Claves.derivarComo("Tramite2026!", new byte[16], 120_000);
    Claves.coincide("otra", vigente); // warm-up
    long real = minimoNanos(() -> Claves.coincide("otra", vigente));
    long viejo = minimoNanos(() -> Claves.coincide("otra", antiguo));
    // without the top-up an old hash answers in a fifth of the time
    assertTrue(viejo >= real * 6 / 10, () -> viejo / 1000 + " µs frente a " + real / 1000 + " µs");
  }

  @Test
  void laClaveTemporalSeLeeYCumpleLasReglas() {
    String t = Claves.temporal();
    assertTrue(t.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), t);
    assertNull(ReglasDeClave.problemaDe(t, "persona", false));
    assertNotEquals(t, Claves.temporal());
  }
}
