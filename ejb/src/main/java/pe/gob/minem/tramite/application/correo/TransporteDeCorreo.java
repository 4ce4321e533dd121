package pe.gob.minem.tramite.application.correo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a mail to the SMTP server of {@code tramite.correo.smtp.*}; without a host (the demo) it
 * writes the mail as an .eml file into {@code <tramite.data.dir>/correo-saliente/} instead, so that
 * a person trying the portal can open what would have been sent.
 */
@ApplicationScoped
public class TransporteDeCorreo {

  private static final Logger LOG = Logger.getLogger(TransporteDeCorreo.class.getName());

  @Inject
  @ConfigProperty(name = "tramite.correo.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "tramite.correo.smtp.port", defaultValue = "25")
  int puerto;

  @Inject
  @ConfigProperty(name = "tramite.correo.smtp.usuario")
  Optional<String> usuario;

  @Inject
  @ConfigProperty(name = "tramite.correo.smtp.clave")
  Optional<String> clave;

  @Inject
  @ConfigProperty(name = "tramite.correo.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(
      name = "tramite.correo.remitente",
      defaultValue = "Mesa de Ayuda OTI <mesadeayuda@minem.gob.pe>")
  String remitente;

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String dataDir;

  private volatile Session sesion;

  public String remitente() {
    return remitente;
  }

  /** Sends it, or writes it to a file without an SMTP server; an exception means not sent. */
  public void enviar(CorreoPorEnviar c) throws MessagingException, IOException {
    MimeMessage m = MensajeSaliente.construir(sesion(), remitente, c);
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      Path dir = Path.of(dataDir).resolve("correo-saliente");
      Files.createDirectories(dir);
      Path f = dir.resolve("correo-" + c.id() + ".eml");
      Path tmp = dir.resolve("correo-" + c.id() + ".eml.tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        m.writeTo(out);
      }
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      LOG.info(
          () ->
              "Sin servidor SMTP (tramite.correo.smtp.host): el correo "
                  + c.id()
                  + " para "
                  + c.para()
                  + " quedó en "
                  + f.toAbsolutePath());
      return;
    }
    if (usuario.filter(u -> !u.isBlank()).isPresent()) {
      Transport.send(m, usuario.get(), clave.orElse(""));
    } else {
      Transport.send(m);
    }
  }

  private Session sesion() {
    Session s = sesion;
    if (s == null) {
      Properties p = new Properties();
      host.ifPresent(h -> p.setProperty("mail.smtp.host", h));
      p.setProperty("mail.smtp.port", Integer.toString(puerto));
      p.setProperty(
          "mail.smtp.auth", Boolean.toString(usuario.filter(u -> !u.isBlank()).isPresent()));
      p.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
      p.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
      p.setProperty("mail.smtp.connectiontimeout", "10000");
      p.setProperty("mail.smtp.timeout", "30000");
      p.setProperty("mail.smtp.writetimeout", "30000");
      p.setProperty("mail.mime.charset", "UTF-8");
      s = Session.getInstance(p);
      sesion = s;
    }
    return s;
  }
}
