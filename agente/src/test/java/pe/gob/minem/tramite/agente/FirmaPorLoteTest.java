package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirmaPorLoteTest extends AgenteEnMarcha {

  @Test
  void firmaTodosLosDocumentosConUnSoloPin() throws Exception {
    Map<String, byte[]> datos = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      datos.put("doc-" + i, ("atributos firmados del documento " + i).getBytes());
    }
    List<Map<String, Object>> resultados =
        resultados(firmar(id(tokens.director.certificate()), datos));
    assertEquals(5, resultados.size());
    for (Map<String, Object> r : resultados) {
      assertTrue(
          verifica(tokens.director.certificate(), datos.get(r.get("id")), (String) r.get("firma")),
          r::toString);
    }
    assertEquals(1, pin.pedidos.size(), "one PIN for the whole batch");
    PedidoDePin pedido = pin.pedidos.get(0);
    assertEquals(PORTAL, pedido.origen());
    assertEquals("María Quispe Huamán", pedido.titular());
    assertEquals(
        List.of(
            "Informe doc-1", "Informe doc-2", "Informe doc-3", "Informe doc-4", "Informe doc-5"),
        pedido.documentos());
  }

  @Test
  void tambienFirmaElDigestQueElPortalPreparo() throws Exception {
    byte[] datos = "atributos firmados".getBytes();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(datos);
    String cuerpo =
        Json.escribir(
            Map.of(
                "certificado",
                tokens.director.certificate().getSerialNumber().toString(16),
                "firmas",
                List.of(Map.of("id", "a", "digest", Base64.getEncoder().encodeToString(digest)))));
    Map<String, Object> r = resultados(firmar(cuerpo)).get(0);
    assertTrue(
        verifica(tokens.director.certificate(), datos, (String) r.get("firma")), r::toString);
  }

  @Test
  void unDigestDeOtraLongitudSeRechazaSinPedirElPin() {
    String cuerpo =
        Json.escribir(
            Map.of(
                "certificado",
                id(tokens.director.certificate()),
                "firmas",
                List.of(
                    Map.of(
                        "id", "a", "digest", Base64.getEncoder().encodeToString(new byte[20])))));
    Respuesta r = firmar(cuerpo);
    assertEquals(400, r.estado());
    assertEquals("SOLICITUD_INVALIDA", r.codigo());
    assertTrue(pin.pedidos.isEmpty());
  }
}
