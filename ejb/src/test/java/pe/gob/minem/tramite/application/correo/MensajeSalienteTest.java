package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MensajeSalienteTest {

  private static final String REMITENTE = "Mesa de Ayuda OTI <mesadeayuda@minem.gob.pe>";
  private static final Session SESION = Session.getInstance(new Properties());

  @Test
  void elMessageIdSaleDeLaClaveYDelDominioDelRemitente() {
    String a = MensajeSaliente.messageId("ticket:TCK-2026-000001:registrado", REMITENTE);
    assertEquals(a, MensajeSaliente.messageId("ticket:TCK-2026-000001:registrado", REMITENTE));
    assertNotEquals(a, MensajeSaliente.messageId("ticket:TCK-2026-000002:registrado", REMITENTE));
    assertTrue(a.matches("<[0-9a-f]{40}\\.tramite@minem\\.gob\\.pe>"), a);
  }

  @Test
  void textoYHtmlVanComoAlternativasConElHiloQueResponde() throws Exception {
    String id = MensajeSaliente.messageId("k1", REMITENTE);
    var c =
        new CorreoPorEnviar(
            1,
            1,
            id,
            "José <jose@ejemplo.pe>",
            "[TCK-2026-000001] Atención: «impresora»",
            "Hola José",
            "<p>Hola José</p>",
            "<raiz@ejemplo.pe>",
            Instant.parse("2026-12-02T15:00:00Z"),
            0);
    MimeMessage m = MensajeSaliente.construir(SESION, REMITENTE, c);
    ByteArrayOutputStream crudo = new ByteArrayOutputStream();
    m.writeTo(crudo);
    MimeMessage leido = new MimeMessage(SESION, new ByteArrayInputStream(crudo.toByteArray()));
    assertEquals(id, leido.getMessageID());
    assertEquals("[TCK-2026-000001] Atención: «impresora»", leido.getSubject());
    assertTrue(leido.isMimeType("multipart/alternative"));
    Multipart mp = (Multipart) leido.getContent();
    assertEquals(2, mp.getCount());
    assertTrue(mp.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(mp.getBodyPart(1).isMimeType("text/html"));
    assertEquals("<raiz@ejemplo.pe>", leido.getHeader("In-Reply-To", null));
    assertEquals("auto-generated", leido.getHeader("Auto-Submitted", null));
    CorreoLeido vuelta = LecturaDeMime.leer(leido, 1000);
    assertEquals("Hola José", vuelta.texto());
    assertEquals(List.of("<raiz@ejemplo.pe>"), vuelta.enRespuestaA());
    assertEquals("mesadeayuda@minem.gob.pe", vuelta.de());
  }

  @Test
  void sinHtmlEsSoloTexto() throws Exception {
    var c =
        new CorreoPorEnviar(
            2, 1, "<x@y>", "a@ejemplo.pe", "s", "solo texto", null, null, Instant.now(), 0);
    MimeMessage m = MensajeSaliente.construir(SESION, REMITENTE, c);
    assertTrue(m.isMimeType("text/plain"));
    assertEquals("<x@y>", m.getMessageID());
  }
}
