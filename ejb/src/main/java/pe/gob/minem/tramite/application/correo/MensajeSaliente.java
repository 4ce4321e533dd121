package pe.gob.minem.tramite.application.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The MIME form of an outgoing mail: text and HTML as multipart/alternative (text alone when there
 * is no HTML), UTF-8, the Message-ID derived from the mail's key (a resend after a crash carries
 * the same one, so the receiving side can recognise it) and the thread it answers.
 */
public final class MensajeSaliente {

  private MensajeSaliente() {}

  /** {@code <hash of the key>.tramite@<the sender's domain>}, always the same for one key. */
  public static String messageId(String clave, String remitente) {
    String dominio = "tramite.local";
    try {
      String a = new InternetAddress(remitente).getAddress();
      int arroba = a == null ? -1 : a.lastIndexOf('@');
      if (arroba > 0 && arroba < a.length() - 1) {
        dominio = a.substring(arroba + 1).toLowerCase(Locale.ROOT);
      }
    } catch (AddressException e) {
      // a malformed sender is reported when sending; the id only needs a domain
    }
    return "<" + sha256(clave).substring(0, 40) + ".tramite@" + dominio + ">";
  }

  public static MimeMessage construir(Session sesion, String remitente, CorreoPorEnviar c)
      throws MessagingException {
    MimeMessage m =
        new MimeMessage(sesion) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", c.messageId());
          }
        };
    m.setFrom(new InternetAddress(remitente, true));
    m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(c.para(), true));
    m.setSubject(c.asunto(), "UTF-8");
    m.setSentDate(Date.from(c.creado()));
    m.setHeader("Auto-Submitted", "auto-generated");
    if (c.enRespuestaA() != null && !c.enRespuestaA().isBlank()) {
      m.setHeader("In-Reply-To", c.enRespuestaA().strip());
      m.setHeader("References", c.enRespuestaA().strip());
    }
    if (c.html() == null || c.html().isBlank()) {
      m.setText(c.texto(), "UTF-8");
    } else {
      MimeBodyPart texto = new MimeBodyPart();
      texto.setText(c.texto(), "UTF-8");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(c.html(), "UTF-8", "html");
      m.setContent(new MimeMultipart("alternative", texto, html));
    }
    m.saveChanges();
    return m;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
