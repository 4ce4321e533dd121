package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The token pulled out after the first document of a batch. With SoftHSM2 the token's directory is
 * deleted from the agent's progress callback, between two C_Sign calls (a card pulled from its
 * reader makes the module answer CKR_DEVICE_REMOVED or similar).
 */
class TokenRetiradoTest extends AgenteEnMarcha {

  @Test
  @SuppressWarnings("unchecked")
  void losFirmadosConservanSuFirmaYLosDemasDicenQueSeRetiroElToken() throws Exception {
    pin.alAvanzar(
        hechos -> {
          if (hechos == 1) {
            tokens.retirar("retirable");
          }
        });
    Map<String, byte[]> datos = new LinkedHashMap<>();
    for (int i = 1; i <= 3; i++) {
      datos.put("doc-" + i, ("documento " + i).getBytes());
    }
    List<Map<String, Object>> r = resultados(firmar(id(tokens.retirable.certificate()), datos));
    assertTrue(
        verifica(
            tokens.retirable.certificate(), datos.get("doc-1"), (String) r.get(0).get("firma")));
    for (Map<String, Object> pendiente : r.subList(1, 3)) {
      assertNull(pendiente.get("firma"), pendiente::toString);
      Map<String, Object> error = (Map<String, Object>) pendiente.get("error");
      assertEquals("TOKEN_RETIRADO", error.get("codigo"), pendiente::toString);
      assertTrue(((String) error.get("mensaje")).contains("vuelva a conectarlo"));
    }
    // and the agent no longer lists it
    assertTrue(get("/certificados").toString().indexOf("Juan Retirado") < 0);
  }
}
