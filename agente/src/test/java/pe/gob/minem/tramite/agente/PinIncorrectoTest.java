package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PinIncorrectoTest extends AgenteEnMarcha {

  @Test
  void unPinIncorrectoSeRechazaYElSiguientePedidoAvisa() throws Exception {
    String certificado = id(tokens.director.certificate());
    pin.escribe("000000");
    Respuesta r = firmar(certificado, Map.of("d", "datos".getBytes()));
    assertEquals(422, r.estado());
    assertEquals("PIN_INCORRECTO", r.codigo());
    assertTrue(((String) r.json().get("mensaje")).startsWith("El PIN es incorrecto."), r::toString);
    assertNull(r.json().get("intentosRestantes"), "SoftHSM2 does not count tries");

    // the token now says CKF_USER_PIN_COUNT_LOW: the dialog warns before the next try
    pin.escribe(TokensDePrueba.PIN);
    Map<String, Object> firmado =
        resultados(firmar(certificado, Map.of("d", "datos".getBytes()))).get(0);
    assertTrue(
        verifica(tokens.director.certificate(), "datos".getBytes(), (String) firmado.get("firma")));
    assertNotNull(pin.pedidos.get(1).aviso(), "warned of the earlier wrong PIN");
    assertTrue(
        pin.pedidos.get(1).mensaje().contains("quedan pocos intentos"),
        pin.pedidos.get(1)::mensaje);
  }

  @Test
  void cancelarElPinNoFirmaNada() {
    pin.cancela();
    Respuesta r = firmar(id(tokens.director.certificate()), Map.of("d", "datos".getBytes()));
    assertEquals(422, r.estado());
    assertEquals("CANCELADO", r.codigo());
  }
}
