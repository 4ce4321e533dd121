package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A signature the portal must refuse, through the REST API on Payara Server with PostgreSQL: the
 * director's certificate revoked (a lost token), expired, or the timestamp authority unreachable.
 * Each time the refusal says why in Spanish as a problem response, nothing changes (the document's
 * versions and signatures, the task, the hoja de ruta, the database, the document store), the
 * refusal is audited, and once the cause is gone the same person signs the same task.
 *
 * <p>The conditions are made at runtime with the demo PKI's administration (ADR 0010), which only
 * an administrator may use; each test leaves the director with a valid certificate and the
 * configured TSA.
 */
class FirmaRechazadaIT extends PruebaConElEar {

  private static final String PKI = "/demo/pki";

  @AfterEach
  void restablecer() {
    // whatever happened, the next test (and class) finds a valid key and the configured TSA
    enviar(peticion(ADMIN, PKI + "/tsa").DELETE());
    JsonNode c = get(ADMIN, CERTIFICADO_DEL_DIRECTOR).json();
    if (c.path("revocado").asBoolean() || c.path("vencido").asBoolean()) {
      postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of("vencido", false));
    }
  }

  @Test
  void conSuCertificadoRevocadoElDirectorNoFirmaYConUnoNuevoSi() throws Exception {
    long id = documentoHastaElVistoBuenoDelDirector();
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    asegurarCertificadoValidoDelDirector();
    // a lost token: the administrator revokes the director's certificate
    Respuesta revocado =
        postJson(
            ADMIN,
            CERTIFICADO_DEL_DIRECTOR + "/revocacion",
            Map.of("motivo", "Token extraviado (prueba)"));
    assertEquals(200, revocado.status(), revocado::toString);
    assertTrue(revocado.json().path("revocado").asBoolean(), revocado::toString);

    Estado antes = Estado.de(id, tarea);
    JsonNode p = problema(completar(DIRECTOR_OTI, tarea, Map.of()), 400);
    assertEquals("Firma rechazada", p.path("title").asText(), p::toString);
    assertTrue(p.path("detail").asText().contains("está revocado desde el"), p::toString);
    assertTrue(p.path("detail").asText().contains("Miguel Castillo León"), p::toString);
    antes.sigueIgual();
    assertAuditado("CERTIFICATE_REVOKED");

    // signing on the client with the same (revoked) certificate is refused at step 1
    JsonNode paso1 =
        problema(
            postJson(
                DIRECTOR_OTI,
                "/tareas/" + tarea + "/firma-externa",
                Map.of("certificados", cadenaDelDirector(llavesDelDirector()))),
            400);
    assertTrue(paso1.path("detail").asText().contains("revocado"), paso1::toString);
    antes.sigueIgual();

    // a new certificate, and the same task is signed
    String serieRevocada = revocado.json().path("serie").asText();
    Respuesta nuevo = postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of());
    assertEquals(201, nuevo.status(), nuevo::toString);
    assertNotEquals(serieRevocada, nuevo.json().path("serie").asText());
    firmaYQuedaValida(id, tarea);
  }

  @Test
  void conSuCertificadoVencidoElDirectorNoFirmaYConUnoNuevoSi() throws Exception {
    long id = documentoHastaElVistoBuenoDelDirector();
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    Respuesta vencido = postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of("vencido", true));
    assertEquals(201, vencido.status(), vencido::toString);
    assertTrue(vencido.json().path("vencido").asBoolean(), vencido::toString);

    Estado antes = Estado.de(id, tarea);
    JsonNode p = problema(completar(DIRECTOR_OTI, tarea, Map.of()), 400);
    assertEquals("Firma rechazada", p.path("title").asText(), p::toString);
    assertTrue(p.path("detail").asText().contains("venció el"), p::toString);
    antes.sigueIgual();
    assertAuditado("CERTIFICATE_EXPIRED");
    // asking again does not renew it behind the administrator's back
    problema(completar(DIRECTOR_OTI, tarea, Map.of()), 400);
    antes.sigueIgual();

    assertEquals(201, postJson(ADMIN, CERTIFICADO_DEL_DIRECTOR, Map.of()).status());
    firmaYQuedaValida(id, tarea);
  }

  @Test
  void sinRespuestaDeLaAutoridadDeSelladoDeTiempoNoSeFirmaYAlVolverSi() throws Exception {
    long id = documentoHastaElVistoBuenoDelDirector();
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    asegurarCertificadoValidoDelDirector();
    String configurada = get(ADMIN, PKI + "/tsa").json().path("url").asText();
    // nothing listens on port 1 of the loopback: the connection is refused at once
    Respuesta cambio =
        enviar(
            peticion(ADMIN, PKI + "/tsa")
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://127.0.0.1:1/tsa\"}")));
    assertEquals(200, cambio.status(), cambio::toString);
    assertTrue(cambio.json().path("cambiada").asBoolean(), cambio::toString);

    Estado antes = Estado.de(id, tarea);
    Respuesta r = completar(DIRECTOR_OTI, tarea, Map.of());
    JsonNode p = problema(r, 503);
    assertTrue(p.path("detail").asText().contains("sello de tiempo"), p::toString);
    assertTrue(p.path("detail").asText().contains("inténtelo de nuevo"), p::toString);
    assertTrue(r.header("Retry-After").isPresent(), r::toString);
    antes.sigueIgual();
    assertAuditado("TIMESTAMP_UNAVAILABLE");

    Respuesta vuelta = enviar(peticion(ADMIN, PKI + "/tsa").DELETE());
    assertEquals(200, vuelta.status(), vuelta::toString);
    assertEquals(configurada, vuelta.json().path("url").asText());
    assertFalse(vuelta.json().path("cambiada").asBoolean());
    firmaYQuedaValida(id, tarea);
  }

  @Test
  void soloUnAdministradorManejaLaPkiDeDemostracion() {
    asegurarCertificadoValidoDelDirector();
    problema(postJson(DIRECTOR_OTI, CERTIFICADO_DEL_DIRECTOR + "/revocacion", Map.of()), 403);
    problema(postJson(ANALISTA_OTI, CERTIFICADO_DEL_DIRECTOR, Map.of("vencido", true)), 403);
    problema(
        enviar(
            peticion(SECRETARIA_OGA, PKI + "/tsa")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"url\":\"http://x/\"}"))),
        403);
    JsonNode c = get(ADMIN, CERTIFICADO_DEL_DIRECTOR).json();
    assertFalse(c.path("revocado").asBoolean(), c::toString);
    assertFalse(c.path("vencido").asBoolean(), c::toString);
    assertFalse(get(ADMIN, PKI + "/tsa").json().path("cambiada").asBoolean());
    assertTrue(
        leerServerLog().contains("RECHAZO_PKI_DEMO usuario=" + DIRECTOR_OTI),
        "the refusal is audited");
    // a URL that is not http(s) is refused
    problema(
        enviar(
            peticion(ADMIN, PKI + "/tsa")
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"file:///etc/passwd\"}"))),
        400);
  }

  // ------------------------------------------------------------------ helpers

  private static void firmaYQuedaValida(long id, String tarea) throws Exception {
    Respuesta hecha = completar(DIRECTOR_OTI, tarea, Map.of());
    assertEquals(200, hecha.status(), hecha::toString);
    JsonNode d = documento(id);
    assertEquals(1, d.path("firmas").size(), d::toString);
    assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText(), d::toString);
    assertEquals(2, d.path("versionActual").asInt(), d::toString);
    assertEquals(1, firmasValidasSegunPdfsig(contenido(id)), "pdfsig");
  }

  private static void assertAuditado(String motivo) {
    String log = leerServerLog();
    assertTrue(
        log.contains("RECHAZO_FIRMA usuario=" + DIRECTOR_OTI) && log.contains(motivo),
        "refusal not audited: " + motivo);
  }

  /**
   * What a refused signature must leave as it was: the document (versions, signatures, state), the
   * task (still pending, unassigned), the expediente's hoja de ruta, every table but the audit
   * logs, and the files of the document store.
   */
  private record Estado(
      long id,
      String tarea,
      JsonNode doc,
      JsonNode tareaVista,
      JsonNode hoja,
      Map<String, Long> filas,
      long archivos) {

    static Estado de(long id, String tarea) {
      Portal.archivoEnReposo();
      JsonNode d = FlujoDocumental.documento(id);
      return new Estado(
          id,
          tarea,
          d,
          tareaVista(tarea),
          Portal.hojaDeRuta(ANALISTA_OTI, d.path("numeroExpediente").asText()),
          BaseDeDatos.filasPorTabla(),
          archivosGuardados());
    }

    private static JsonNode tareaVista(String tarea) {
      Respuesta r = get(DIRECTOR_OTI, "/tareas/" + tarea);
      assertEquals(200, r.status(), r::toString);
      JsonNode t = r.json().deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("esperaSegundos");
      return t;
    }

    void sigueIgual() {
      assertEquals(doc, FlujoDocumental.documento(id), "the document changed");
      assertEquals(tareaVista, tareaVista(tarea), "the task changed");
      assertEquals(
          hoja,
          Portal.hojaDeRuta(ANALISTA_OTI, doc.path("numeroExpediente").asText()),
          "the hoja de ruta changed");
      assertEquals(
          Map.of(),
          BaseDeDatos.diferencias(filas, BaseDeDatos.filasPorTabla()),
          "rows were left behind");
      assertEquals(archivos, archivosGuardados(), "a file was left in the document store");
    }
  }
}
