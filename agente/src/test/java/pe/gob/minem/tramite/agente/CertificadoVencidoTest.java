package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificadoVencidoTest extends AgenteEnMarcha {

  @Test
  void conUnCertificadoVencidoNoSePideElPin() {
    Respuesta r = firmar(id(tokens.vencido.certificate()), Map.of("d", "datos".getBytes()));
    assertEquals(422, r.estado());
    assertEquals("CERTIFICADO_VENCIDO", r.codigo());
    assertTrue(
        ((String) r.json().get("mensaje")).contains("Pedro Vencido Ramos venció el"), r::toString);
    assertTrue(pin.pedidos.isEmpty());
  }

  @Test
  void unCertificadoQueNoEstaEnElTokenSeNombra() {
    Respuesta r = firmar("ab".repeat(32), Map.of("d", "datos".getBytes()));
    assertEquals(404, r.estado());
    assertEquals("CERTIFICADO_NO_ENCONTRADO", r.codigo());
  }
}
