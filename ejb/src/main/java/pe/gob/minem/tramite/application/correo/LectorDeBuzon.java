package pe.gob.minem.tramite.application.correo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;

/**
 * Reads the portal's IMAP mailbox (ADR 0029) every {@code tramite.correo.imap.intervalo}: each
 * unseen message is recorded and handed to the portal by {@link RegistroDeCorreoEntrante}, then
 * flagged \Seen (it stays in its folder for the people who read the mailbox too). Messages are read
 * without setting \Seen, so that one whose processing failed is read again at the next poll; one
 * already recorded is only flagged. Off without {@code tramite.correo.imap.host}.
 */
@Singleton
@Startup
@DependsOn("MotorDeProcesos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LectorDeBuzon {

  private static final Logger LOG = Logger.getLogger(LectorDeBuzon.class.getName());

  @Inject RegistroDeCorreoEntrante registro;
  @Inject Turnos turnos;
  @Resource TimerService temporizador;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.port")
  Optional<Integer> puerto;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.usuario")
  Optional<String> usuario;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.clave")
  Optional<String> clave;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.carpeta", defaultValue = "INBOX")
  String carpeta;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.ssl", defaultValue = "false")
  boolean ssl;

  @Inject
  @ConfigProperty(name = "tramite.correo.imap.intervalo", defaultValue = "PT30S")
  String intervalo;

  @Inject
  @ConfigProperty(name = "tramite.correo.adjunto-maximo", defaultValue = "10485760")
  long adjuntoMaximo;

  private final AtomicBoolean corriendo = new AtomicBoolean();
  private volatile boolean activo;
  private Timer temporizadorDeLectura;
  private Session sesion;

  @PostConstruct
  void iniciar() {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      LOG.info("Sin tramite.correo.imap.host: el portal no lee un buzón de correo");
      return;
    }
    String protocolo = ssl ? "imaps" : "imap";
    Properties p = new Properties();
    p.setProperty("mail.store.protocol", protocolo);
    p.setProperty("mail." + protocolo + ".peek", "true");
    p.setProperty("mail." + protocolo + ".connectiontimeout", "10000");
    p.setProperty("mail." + protocolo + ".timeout", "30000");
    p.setProperty("mail." + protocolo + ".writetimeout", "30000");
    sesion = Session.getInstance(p);
    activo = true;
    long ms = Duration.parse(intervalo).toMillis();
    temporizadorDeLectura = temporizador.createIntervalTimer(ms, ms, new TimerConfig(null, false));
    LOG.info(
        () ->
            "Leyendo el buzón "
                + usuario.orElse("")
                + " en "
                + protocolo
                + "://"
                + host.get()
                + ":"
                + puerto()
                + "/"
                + carpeta
                + " cada "
                + intervalo);
  }

  @PreDestroy
  void detener() {
    activo = false;
    try {
      if (temporizadorDeLectura != null) {
        temporizadorDeLectura.cancel();
      }
    } catch (RuntimeException e) {
      // already gone with the application
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void cadaIntervalo(Timer t) {
    // two nodes reading the same unseen messages at once would register each twice: one node at
    // a time reads the mailbox (ADR 0041)
    Turnos.enTurno(
        turnos,
        "lector-de-buzon",
        Duration.parse(intervalo),
        Duration.ofMinutes(30),
        () -> {
          try {
            revisar();
          } catch (RuntimeException e) {
            LOG.warning(() -> "No se pudo leer el buzón de correo: " + e);
          }
        });
  }

  /** Reads the unseen messages; returns how many were handed to the portal. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int revisar() {
    if (!activo || !corriendo.compareAndSet(false, true)) {
      return 0;
    }
    int n = 0;
    try (Store store = sesion.getStore()) {
      store.connect(host.get(), puerto(), usuario.orElse(null), clave.orElse(null));
      Folder f = store.getFolder(carpeta);
      f.open(Folder.READ_WRITE);
      try {
        Message[] nuevos = f.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message m : nuevos) {
          if (!activo) {
            break;
          }
          if (procesar((MimeMessage) m)) {
            n++;
          }
        }
      } finally {
        f.close(false);
      }
    } catch (MessagingException e) {
      LOG.warning(() -> "No se pudo leer el buzón de correo; se reintentará: " + e);
    } finally {
      corriendo.set(false);
    }
    return n;
  }

  private boolean procesar(MimeMessage m) throws MessagingException {
    CorreoLeido c;
    try {
      c = LecturaDeMime.leer(m, adjuntoMaximo);
    } catch (Exception e) {
      c = ilegible(m);
      registro.anotarFallo(c, "no se pudo leer el mensaje: " + motivo(e));
      if (registro.registrado(c.messageId())) {
        m.setFlag(Flags.Flag.SEEN, true);
      }
      return false;
    }
    try {
      boolean nuevo = registro.registrar(c);
      m.setFlag(Flags.Flag.SEEN, true);
      return nuevo;
    } catch (RuntimeException e) {
      String motivo = motivo(e);
      String id = c.messageId();
      LOG.warning(() -> "No se pudo procesar el correo recibido " + id + ": " + motivo);
      if (registro.anotarFallo(c, motivo)) {
        m.setFlag(Flags.Flag.SEEN, true);
      }
      return false;
    }
  }

  /** What can be recorded of a message that could not be parsed. */
  private static CorreoLeido ilegible(MimeMessage m) throws MessagingException {
    String id = m.getMessageID();
    if (id == null || id.isBlank() || id.length() > 400) {
      ByteArrayOutputStream crudo = new ByteArrayOutputStream();
      try {
        m.writeTo(crudo);
      } catch (java.io.IOException e) {
        throw new MessagingException("mensaje ilegible", e);
      }
      id = "sha256:" + LecturaDeMime.sha256(crudo.toByteArray());
    }
    return new CorreoLeido(
        id.strip(), null, null, null, "", List.of(), Instant.now(), List.of(), List.of());
  }

  private static String motivo(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private int puerto() {
    return puerto.orElse(ssl ? 993 : 143);
  }
}
