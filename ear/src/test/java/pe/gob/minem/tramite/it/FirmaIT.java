package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batch signing and client-side signing of P/OGA-TI-02's V°B°, through the REST API on Payara
 * Server with PostgreSQL.
 */
class FirmaIT extends PruebaConElEar {

  @Test
  void unLoteFirmaCadaDocumentoEnSuTransaccionYReportaCadaResultado() throws Exception {
    List<Long> documentos = new ArrayList<>();
    List<String> tareas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = documentoHastaElVistoBuenoDelDirector();
      documentos.add(id);
      tareas.add(tareaDelDocumento(DIRECTOR_OTI, id, 5));
    }
    tareas.add(1, "tarea-que-no-existe");
    Respuesta inicio = postJson(DIRECTOR_OTI, "/firmas/lotes", Map.of("tareas", tareas));
    assertEquals(202, inicio.status(), inicio::toString);
    String lote = inicio.json().path("lote").asText();
    JsonNode progreso = null;
    for (int i = 0; i < 240; i++) {
      progreso = get(DIRECTOR_OTI, "/firmas/lotes/" + lote).json();
      if (progreso.path("terminado").asBoolean() || progreso.has("fin")) {
        break;
      }
      Thread.sleep(500);
    }
    assertTrue(progreso.has("fin"), "el lote no terminó: " + progreso);
    assertEquals(4, progreso.path("resultados").size(), progreso::toString);
    int firmados = 0;
    for (JsonNode r : progreso.path("resultados")) {
      if (r.path("firmado").asBoolean()) {
        firmados++;
      } else {
        assertEquals("tarea-que-no-existe", r.path("tareaId").asText(), r::toString);
        assertFalse(r.path("mensaje").asText().isBlank());
      }
    }
    assertEquals(3, firmados, progreso::toString);
    for (long id : documentos) {
      JsonNode d = documento(id);
      assertEquals(1, d.path("firmas").size(), d::toString);
      assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText());
    }
    // someone else cannot read the batch
    assertEquals(404, get(DIRECTOR_OGA, "/firmas/lotes/" + lote).status());
  }

  @Test
  void elDirectorFirmaConSuPropiaLlaveEnTresPasos() throws Exception {
    long id = documentoHastaElVistoBuenoDelDirector();
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    // the client's key: director.oti's PKCS#12 of the demo PKI, issued now if nothing issued it yet
    asegurarCertificadoValidoDelDirector();
    KeyStore ks = llavesDelDirector();
    PrivateKey llave = (PrivateKey) ks.getKey("firma", "demo".toCharArray());
    List<String> cadena = cadenaDelDirector(ks);

    // 1. the server prepares
    Respuesta preparada =
        postJson(
            DIRECTOR_OTI, "/tareas/" + tarea + "/firma-externa", Map.of("certificados", cadena));
    assertEquals(200, preparada.status(), preparada::toString);
    JsonNode p = preparada.json();
    String solicitud = p.path("solicitud").asText();
    // a person without the cargo cannot prepare it
    assertEquals(
        403,
        postJson(LEGAL_OGA, "/tareas/" + tarea + "/firma-externa", Map.of("certificados", cadena))
            .status());

    // 2. the client signs with its own key
    Signature firma = Signature.getInstance(p.path("signatureAlgorithm").asText("SHA256withRSA"));
    firma.initSign(llave);
    firma.update(Base64.getDecoder().decode(p.path("dataToSign").asText()));
    String valor = Base64.getEncoder().encodeToString(firma.sign());

    // a wrong signature value is refused and nothing changes
    Map<String, Object> mala = new HashMap<>();
    mala.put(
        "firmaExterna",
        Map.of(
            "solicitud",
            solicitud,
            "firma",
            Base64.getEncoder().encodeToString(new byte[256]),
            "certificados",
            cadena));
    Respuesta rechazo = postJson(DIRECTOR_OTI, "/tareas/" + tarea + "/completar", mala);
    assertTrue(rechazo.status() >= 400 && rechazo.status() < 500, rechazo::toString);
    assertEquals(0, documento(id).path("firmas").size());

    // 3. prepared again (the refused request was used up) and completed
    p =
        postJson(
                DIRECTOR_OTI, "/tareas/" + tarea + "/firma-externa", Map.of("certificados", cadena))
            .json();
    firma.initSign(llave);
    firma.update(Base64.getDecoder().decode(p.path("dataToSign").asText()));
    Map<String, Object> buena = new HashMap<>();
    buena.put(
        "firmaExterna",
        Map.of(
            "solicitud",
            p.path("solicitud").asText(),
            "firma",
            Base64.getEncoder().encodeToString(firma.sign()),
            "certificados",
            cadena));
    Respuesta hecha = postJson(DIRECTOR_OTI, "/tareas/" + tarea + "/completar", buena);
    assertEquals(200, hecha.status(), hecha::toString);
    JsonNode d = documento(id);
    assertEquals(1, d.path("firmas").size(), d::toString);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText());
    assertEquals(1, firmasValidasSegunPdfsig(contenido(id)));
    // completing twice does not sign twice
    assertEquals(409, postJson(DIRECTOR_OTI, "/tareas/" + tarea + "/completar", buena).status());
    assertEquals(1, documento(id).path("firmas").size());
  }
}
