package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may talk to the agent, over real HTTP (ADR 0019). */
class OrigenTest extends AgenteEnMarcha {

  @Test
  void elPortalRecibeLaRespuestaConCors() {
    Respuesta r = get("/certificados");
    assertEquals(200, r.estado());
    assertEquals(PORTAL, r.cabecera("Access-Control-Allow-Origin"));
    assertEquals("Origin", r.cabecera("Vary"));
  }

  @Test
  void otroSitioRecibe403SinCabecerasCors() {
    for (String otro :
        new String[] {
          "https://evil.example", "null", "http://tramite.minem.gob.pe", PORTAL + ".evil.example"
        }) {
      Respuesta r = enviar(pedido("/certificados", otro).GET().build());
      assertEquals(403, r.estado(), otro);
      assertEquals("ORIGEN_NO_PERMITIDO", r.codigo());
      assertNull(r.cabecera("Access-Control-Allow-Origin"), otro);
    }
  }

  @Test
  void otroSitioNoPuedeFirmarNiPreguntarAntes() {
    Respuesta firma =
        enviar(
            pedido("/firmas", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.escribir(
                            Map.of(
                                "certificado",
                                id(tokens.director.certificate()),
                                "firmas",
                                java.util.List.of(Map.of("id", "x", "datos", "AA=="))))))
                .build());
    assertEquals(403, firma.estado());
    assertTrue(pin.pedidos.isEmpty(), "the signer is not even asked");
    Respuesta preflight =
        enviar(
            pedido("/firmas", "https://evil.example")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Private-Network", "true")
                .build());
    assertEquals(403, preflight.estado());
    assertNull(preflight.cabecera("Access-Control-Allow-Private-Network"));
    assertNull(preflight.cabecera("Access-Control-Allow-Origin"));
  }

  @Test
  void elPortalPasaElPreflightDeRedPrivada() {
    Respuesta r =
        enviar(
            pedido("/firmas", PORTAL)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true")
                .build());
    assertEquals(204, r.estado());
    assertEquals(PORTAL, r.cabecera("Access-Control-Allow-Origin"));
    assertEquals("true", r.cabecera("Access-Control-Allow-Private-Network"));
    assertTrue(r.cabecera("Access-Control-Allow-Methods").contains("POST"));
    assertEquals("Content-Type", r.cabecera("Access-Control-Allow-Headers"));
  }

  @Test
  void sinOrigenSoloSeContestaElEstado() {
    assertEquals(200, enviar(pedido("/estado", null).GET().build()).estado());
    Respuesta r = enviar(pedido("/certificados", null).GET().build());
    assertEquals(403, r.estado());
    assertEquals("ORIGEN_NO_PERMITIDO", r.codigo());
  }

  @Test
  void unNombreQueApuntaA127NoEsElAgente() {
    // DNS rebinding: evil.example resolved to 127.0.0.1, its page is "same-origin" with the agent
    Respuesta r =
        enviar(
            pedido("/certificados", null)
                .header("Host", "evil.example:" + agente.puerto())
                .GET()
                .build());
    assertEquals(403, r.estado());
    assertEquals("HOST_NO_PERMITIDO", r.codigo());
    assertEquals(
        200,
        enviar(pedido("/estado", null).header("Host", "localhost:" + agente.puerto()).GET().build())
            .estado());
  }

  @Test
  void unPedidoSimpleSinJsonSeRechaza() {
    // text/plain skips the browser's preflight: the agent does not accept it even from the portal
    Respuesta r =
        enviar(
            pedido("/firmas", PORTAL)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertEquals(415, r.estado());
    assertEquals("TIPO_DE_CONTENIDO", r.codigo());
  }
}
