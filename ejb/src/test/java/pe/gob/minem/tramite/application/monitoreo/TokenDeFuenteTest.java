package pe.gob.minem.tramite.application.monitoreo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenDeFuenteTest {

  @Test
  void cadaTokenEsNuevoLargoYSeGuardaSoloSuHash() {
    String a = TokenDeFuente.nuevo();
    String b = TokenDeFuente.nuevo();
    assertNotEquals(a, b);
    assertTrue(a.startsWith("tmon_") && a.length() == 5 + 43, a);
    String h = TokenDeFuente.sha256(a);
    assertEquals(64, h.length());
    assertFalse(h.contains(a));
    assertTrue(TokenDeFuente.mismoHash(h, TokenDeFuente.sha256(a)));
    assertFalse(TokenDeFuente.mismoHash(h, TokenDeFuente.sha256(b)));
  }

  @Test
  void soloUnaCabeceraBearerTraeUnToken() {
    assertEquals("abc", TokenDeFuente.deCabecera("Bearer abc"));
    assertEquals("abc", TokenDeFuente.deCabecera("bearer  abc "));
    assertNull(TokenDeFuente.deCabecera(null));
    assertNull(TokenDeFuente.deCabecera("Basic YWRtaW46eA=="));
    assertNull(TokenDeFuente.deCabecera("Bearer "));
  }
}
