package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinBloqueadoTest extends AgenteEnMarcha {

  @Test
  void conElPinBloqueadoNoSePideElPinYSeDiceComoDesbloquearlo() {
    tokens.bloquearPin("bloqueado");
    Respuesta r = firmar(id(tokens.bloqueado.certificate()), Map.of("d", "datos".getBytes()));
    assertEquals(422, r.estado(), r::toString);
    assertEquals("PIN_BLOQUEADO", r.codigo());
    assertEquals(BigDecimal.ZERO, r.json().get("intentosRestantes"));
    assertTrue(((String) r.json().get("mensaje")).contains("PUK"), r::toString);
    assertTrue(pin.pedidos.isEmpty(), "a locked PIN is not asked for");
  }
}
