package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A ticket's whole journey (issue 15, ADR 0031) on the tests' GreenMail and a real headless
 * Chromium: a user's mail with a PDF reaches the Mesa de Ayuda's mailbox and opens a ticket, the
 * operator works it and closes it, the survey mail arrives in the user's mailbox, its link is
 * answered in the browser; the same link again and a forged one are refused.
 */
class MesaDeAyudaNavegadorIT extends PruebaEnNavegador {

  private static final Pattern ENLACE =
      Pattern.compile("(https?://[^\\s\"<>]+/encuesta\\.xhtml\\?t=[A-Za-z0-9_-]{43})");

  @Test
  void unCorreoSeVuelveTicketYSuEncuestaSeRespondeEnElNavegador() throws Exception {
    String usuaria = CorreoIT.nuevaDireccion("usuaria");
    String asunto = "No puedo abrir el SIGED " + usuaria.substring(8, 16);
    MimeMessage m = new MimeMessage(CorreoIT.sesion());
    m.setFrom(new InternetAddress(usuaria, "Gabriela Núñez", "UTF-8"));
    m.setSubject(asunto, "UTF-8");
    MimeBodyPart texto = new MimeBodyPart();
    texto.setText("Buenos días, el SIGED dice «sesión expirada» al ingresar.", "UTF-8");
    MimeBodyPart adjunto = new MimeBodyPart();
    adjunto.setDataHandler(
        new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(
                pdf("captura.pdf", "Pantalla del error").bytes(), "application/pdf")));
    adjunto.setFileName("captura.pdf");
    m.setContent(new MimeMultipart(texto, adjunto));
    CorreoIT.alBuzonDelPortal(m);

    // the mailbox reader opens the ticket with the mail's text and its PDF in the expediente
    AtomicReference<JsonNode> ticket = new AtomicReference<>();
    CorreoIT.esperar(
        "el ticket del correo",
        Duration.ofSeconds(90),
        () -> {
          for (JsonNode t : get(OPERADOR_MDA, "/tickets").json()) {
            if (asunto.equals(t.path("asunto").asText())) {
              ticket.set(t);
              return true;
            }
          }
          return false;
        });
    JsonNode t = ticket.get();
    assertEquals("Correo electrónico", t.path("canal").asText(), t::toString);
    assertEquals(usuaria, t.path("correo").asText());
    String exp = t.path("expediente").asText();
    JsonNode e = expediente(OPERADOR_MDA, exp);
    assertTrue(e.toString().contains("captura.pdf"), e::toString);

    // worked at the first level and closed
    paso(
        OPERADOR_MDA,
        exp,
        "P/OGA-TI-09",
        1,
        "categoria",
        "SOFTWARE",
        "impacto",
        "USUARIO",
        "prioridad",
        "ALTA",
        "areaUsuaria",
        "DGM",
        "porTelefono",
        "true");
    paso(OPERADOR_MDA, exp, "P/OGA-TI-09", 2, "acciones", "Se borró la sesión del SIGED.");
    paso(OPERADOR_MDA, exp, "P/OGA-TI-09", 15);

    // the survey mail, in the user's own mailbox at GreenMail
    AtomicReference<String> enlace = new AtomicReference<>();
    CorreoIT.esperar(
        "el correo de la encuesta",
        Duration.ofSeconds(90),
        () -> {
          for (MimeMessage r : CorreoIT.recibidos(usuaria)) {
            try {
              Matcher x = ENLACE.matcher(cuerpo(r));
              if (r.getSubject().contains(t.path("numero").asText()) && x.find()) {
                assertEquals(
                    usuaria,
                    ((InternetAddress) r.getRecipients(Message.RecipientType.TO)[0]).getAddress());
                enlace.set(x.group(1));
                return true;
              }
            } catch (Exception ex) {
              throw new IllegalStateException(ex);
            }
          }
          return false;
        });

    // answered in the browser, without logging in
    navegador.get(enlace.get());
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("enviar-encuesta")));
    assertEquals(
        t.path("numero").asText(), navegador.findElement(By.id("encuesta-ticket")).getText());
    captura("mda-01-encuesta");
    var preguntas = navegador.findElements(By.cssSelector("fieldset"));
    assertEquals(4, preguntas.size());
    for (WebElement p : preguntas) {
      p.findElement(By.cssSelector("input[type=radio][value='5']")).click();
    }
    escribir("comentario", "Rápido y amable.");
    navegador.findElement(By.id("enviar-encuesta")).click();
    WebElement gracias =
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("encuesta-gracias")));
    assertTrue(gracias.getText().contains(t.path("numero").asText()), gracias::getText);
    captura("mda-02-gracias");

    // the same link again: answered once; a forged one: not valid
    navegador.get(enlace.get());
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("encuesta-respondida")));
    assertTrue(navegador.findElements(By.id("enviar-encuesta")).isEmpty());
    navegador.get(enlace.get().substring(0, enlace.get().length() - 5) + "AAAAA");
    espera.until(ExpectedConditions.presenceOfElementLocated(By.id("encuesta-invalida")));
    assertTrue(navegador.findElements(By.id("enviar-encuesta")).isEmpty());
    captura("mda-03-enlace-falso");
  }

  private static String cuerpo(MimeMessage m) throws Exception {
    Object c = m.getContent();
    if (c instanceof String s) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    MimeMultipart mp = (MimeMultipart) c;
    for (int i = 0; i < mp.getCount(); i++) {
      Object parte = mp.getBodyPart(i).getContent();
      if (parte instanceof String s) {
        b.append(s).append('\n');
      } else if (parte instanceof MimeMultipart interno) {
        for (int j = 0; j < interno.getCount(); j++) {
          if (interno.getBodyPart(j).getContent() instanceof String s) {
            b.append(s).append('\n');
          }
        }
      }
    }
    return b.toString();
  }
}
