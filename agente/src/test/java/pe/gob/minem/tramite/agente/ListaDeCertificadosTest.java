package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListaDeCertificadosTest extends AgenteEnMarcha {

  @Test
  @SuppressWarnings("unchecked")
  void listaLosCertificadosDelTokenConSuCadenaSinPedirElPin() throws Exception {
    Respuesta r = get("/certificados");
    assertEquals(200, r.estado(), () -> String.valueOf(r.cuerpo()));
    assertEquals(PORTAL, r.cabecera("Access-Control-Allow-Origin"));
    List<Map<String, Object>> lista = (List<Map<String, Object>>) r.json().get("certificados");
    Map<String, Object> director =
        lista.stream()
            .filter(c -> c.get("id").equals(id(tokens.director.certificate())))
            .findFirst()
            .orElseThrow(() -> new AssertionError(lista));
    assertEquals("María Quispe Huamán", director.get("titular"));
    assertEquals("agente", director.get("token"));
    assertEquals(
        tokens.director.certificate().getSerialNumber().toString(16),
        director.get("numeroDeSerie"));
    List<String> cadena = (List<String>) director.get("certificados");
    assertEquals(
        tokens.director.chain().size(), cadena.size(), "the person, the issuing CA, the root");
    for (int i = 0; i < cadena.size(); i++) {
      assertEquals(
          Base64.getEncoder().encodeToString(tokens.director.chain().get(i).getEncoded()),
          cadena.get(i));
    }
    // both end-entity certificates of the token, none of its CA certificates, and no PIN asked
    List<Object> delToken =
        lista.stream()
            .filter(c -> c.get("token").equals("agente"))
            .map(c -> c.get("titular"))
            .sorted()
            .toList();
    assertEquals(List.of("María Quispe Huamán", "Pedro Vencido Ramos"), delToken);
    assertTrue(pin.pedidos.isEmpty());
  }

  @Test
  void elEstadoDiceQueHayToken() {
    Respuesta r = get("/estado");
    assertEquals(200, r.estado());
    assertEquals(Boolean.TRUE, r.json().get("tokenPresente"));
    assertEquals("tramite-agente", r.json().get("agente"));
  }
}
