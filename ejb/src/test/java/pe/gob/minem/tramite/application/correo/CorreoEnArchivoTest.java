package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an SMTP server (the demo) a mail becomes an .eml file a person can open. */
class CorreoEnArchivoTest {

  @TempDir Path datos;

  @Test
  void sinServidorSmtpElCorreoQuedaComoEmlEnCorreoSaliente() throws Exception {
    var t = new TransporteDeCorreo();
    t.host = Optional.empty();
    t.usuario = Optional.empty();
    t.clave = Optional.empty();
    t.remitente = "Mesa de Ayuda OTI <mesadeayuda@minem.gob.pe>";
    t.dataDir = datos.toString();
    String id = MensajeSaliente.messageId("demo:1", t.remitente);
    t.enviar(
        new CorreoPorEnviar(
            7,
            1,
            id,
            "ana@ejemplo.pe",
            "Aviso",
            "Hola Ana",
            "<p>Hola Ana</p>",
            null,
            Instant.now(),
            0));
    Path eml = datos.resolve("correo-saliente/correo-7.eml");
    assertTrue(Files.isRegularFile(eml));
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      assertEquals(id, m.getMessageID());
      assertEquals("Aviso", m.getSubject());
      assertTrue(m.isMimeType("multipart/alternative"));
    }
  }
}
