package pe.gob.minem.tramite.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

  @Test
  void politicaDeClaves() {
    assertNotNull(Claves.problemaDe("corta1"));
    assertNotNull(Claves.problemaDe("solamenteletras"));
    assertNull(Claves.problemaDe("Ministerio2026"));
  }
}
