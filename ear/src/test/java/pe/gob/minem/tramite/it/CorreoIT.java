package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.MessageIDTerm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.it.falla.CorreoObservado;

/**
 * Mail (ADR 0029) against a real mail server, the tests' GreenMail (correo-de-prueba.sh): a test
 * mail arrives once, as text and HTML with the Message-ID the outbox gave it; with the server down
 * nothing is lost and, once it is back, each mail arrives exactly once; a mail enqueued in a
 * transaction that rolls back is never sent; a message to the portal's mailbox is recorded once
 * with its attachment and the reply it answers, even when its \Seen flag is taken away.
 *
 * <p>Runs on the EAR with injected faults: {@link CorreoObservado} observes the portal's {@code
 * CorreoRecibido} event there, answers through the outbox and fails on demand.
 */
class CorreoIT extends PruebaConFallasInyectadas {

  static final String ADMIN = "admin";
  static final String NO_ADMIN = "analista.redes";
  static final Properties CORREO = new Properties();

  static {
    Path f = Path.of(System.getProperty("it.correo.props", "target/correo-de-prueba.properties"));
    try (InputStream in = Files.newInputStream(f)) {
      CORREO.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("falta " + f + " (correo-de-prueba.sh start)", e);
    }
  }

  // ------------------------------------------------------------------ the tests' mail server

  static String nuevaDireccion(String prefijo) {
    return prefijo + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.pe";
  }

  static Session sesion() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", CORREO.getProperty("smtp.host"));
    p.setProperty("mail.smtp.port", CORREO.getProperty("smtp.port"));
    p.setProperty("mail.imap.peek", "true");
    p.setProperty("mail.imap.connectiontimeout", "5000");
    p.setProperty("mail.imap.timeout", "10000");
    return Session.getInstance(p);
  }

  /** What GreenMail delivered to this address (its login and password are the address). */
  static List<MimeMessage> recibidos(String direccion) {
    try (Store s = sesion().getStore("imap")) {
      s.connect(
          CORREO.getProperty("imap.host"),
          Integer.parseInt(CORREO.getProperty("imap.port")),
          direccion,
          direccion);
      Folder f = s.getFolder("INBOX");
      f.open(Folder.READ_ONLY);
      List<MimeMessage> l = new ArrayList<>();
      for (Message m : f.getMessages()) {
        // a copy that outlives the connection
        l.add(new MimeMessage((MimeMessage) m));
      }
      f.close(false);
      return l;
    } catch (jakarta.mail.AuthenticationFailedException e) {
      return List.of(); // GreenMail creates the user when the first mail reaches it
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes the \Seen flag off the message with this id in the portal's mailbox. */
  static boolean noLeido(String messageId) throws Exception {
    try (Store s = sesion().getStore("imap")) {
      s.connect(
          CORREO.getProperty("imap.host"),
          Integer.parseInt(CORREO.getProperty("imap.port")),
          CORREO.getProperty("buzon"),
          CORREO.getProperty("clave"));
      Folder f = s.getFolder("INBOX");
      f.open(Folder.READ_WRITE);
      Message[] m = f.search(new MessageIDTerm(messageId));
      assertEquals(1, m.length, "el mensaje " + messageId + " en el buzón del portal");
      boolean estabaLeido = m[0].isSet(Flags.Flag.SEEN);
      m[0].setFlag(Flags.Flag.SEEN, false);
      f.close(false);
      return estabaLeido;
    }
  }

  static boolean leidoEnElBuzon(String messageId) {
    try (Store s = sesion().getStore("imap")) {
      s.connect(
          CORREO.getProperty("imap.host"),
          Integer.parseInt(CORREO.getProperty("imap.port")),
          CORREO.getProperty("buzon"),
          CORREO.getProperty("clave"));
      Folder f = s.getFolder("INBOX");
      f.open(Folder.READ_ONLY);
      Message[] m = f.search(new MessageIDTerm(messageId));
      boolean leido = m.length == 1 && m[0].isSet(Flags.Flag.SEEN);
      f.close(false);
      return leido;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message whose Message-ID stays {@code id} (Transport.send would make a new one). */
  static MimeMessage mensaje(String id) {
    return new MimeMessage(sesion()) {
      @Override
      protected void updateMessageID() throws jakarta.mail.MessagingException {
        setHeader("Message-ID", id);
      }
    };
  }

  static String nuevoId() {
    return "<" + UUID.randomUUID() + "@ejemplo.pe>";
  }

  static void alBuzonDelPortal(MimeMessage m) throws Exception {
    m.setRecipients(Message.RecipientType.TO, CORREO.getProperty("buzon"));
    Transport.send(m);
  }

  /** Stops or starts the tests' mail server with its own script (start: empty mailboxes). */
  static void servidorDeCorreo(String accion) throws Exception {
    var pb =
        new ProcessBuilder(
                "bash",
                System.getProperty("it.correo.script", "src/test/sh/correo-de-prueba.sh"),
                accion)
            .redirectErrorStream(true);
    pb.environment().put("IT_TARGET", System.getProperty("it.target", "target"));
    pb.environment().put("IT_SMTP_PORT", CORREO.getProperty("smtp.port"));
    pb.environment().put("IT_IMAP_PORT", CORREO.getProperty("imap.port"));
    pb.environment().put("IT_CORREO_API_PORT", CORREO.getProperty("api.port"));
    Process p = pb.start();
    String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "correo-de-prueba.sh " + accion);
    assertEquals(0, p.exitValue(), () -> "correo-de-prueba.sh " + accion + ": " + salida);
  }

  static void esperar(String que, Duration plazo, Supplier<Boolean> condicion) {
    Instant fin = Instant.now().plus(plazo);
    while (!condicion.get()) {
      assertTrue(Instant.now().isBefore(fin), "no ocurrió a tiempo: " + que);
      dormir(250);
    }
  }

  // ------------------------------------------------------------------ the database

  static List<Map<String, Object>> filas(String sql, Object... parametros) {
    try (Connection c = BaseDeDatos.conectar();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parametros.length; i++) {
        ps.setObject(i + 1, parametros[i]);
      }
      List<Map<String, Object>> l = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> f = new HashMap<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            f.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
          }
          l.add(f);
        }
      }
      return l;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> saliente(long id) {
    return filas("SELECT * FROM correo_saliente WHERE id = ?", id).get(0);
  }

  static List<Map<String, Object>> entrante(String messageId) {
    return filas("SELECT * FROM correo_entrante WHERE message_id = ?", messageId);
  }

  static long vecesObservado(String messageId) {
    return Pattern.compile(Pattern.quote(CorreoObservado.MARCA_LOG + " " + messageId + " "))
        .matcher(leerServerLog())
        .results()
        .count();
  }

  static JsonNode prueba(String para) {
    Respuesta r = postJson(ADMIN, "/correos/prueba", Map.of("para", para));
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void unCorreoDePruebaLlegaUnaVezComoTextoYHtmlConElMessageIdDeLaBandeja() throws Exception {
    String para = nuevaDireccion("prueba");
    JsonNode c = prueba(para);
    String messageId = c.path("messageId").asText();
    assertTrue(messageId.matches("<[0-9a-f]{40}\\.tramite@minem\\.gob\\.pe>"), c::toString);
    assertEquals("prueba", c.path("referencia").asText());

    esperar(
        "el correo de prueba en el buzón de " + para,
        Duration.ofSeconds(30),
        () -> recibidos(para).size() >= 1);
    dormir(5_000); // two more sweeps: nothing sent twice
    List<MimeMessage> l = recibidos(para);
    assertEquals(1, l.size(), "un solo correo");
    MimeMessage m = l.get(0);
    assertEquals(messageId, m.getMessageID());
    assertEquals("Correo de prueba del portal Trámite", m.getSubject());
    assertEquals("mesadeayuda@minem.gob.pe", ((InternetAddress) m.getFrom()[0]).getAddress());
    assertTrue(m.isMimeType("multipart/alternative"), m.getContentType());
    Multipart mp = (Multipart) m.getContent();
    assertEquals(2, mp.getCount());
    assertTrue(mp.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(mp.getBodyPart(1).isMimeType("text/html"));
    assertTrue(mp.getBodyPart(0).getContent().toString().contains("Ministerio de Energía y Minas"));
    assertTrue(mp.getBodyPart(1).getContent().toString().contains("Ministerio de Energía y Minas"));

    esperar(
        "ENVIADO en la bandeja",
        Duration.ofSeconds(10),
        () -> "ENVIADO".equals(saliente(c.path("id").asLong()).get("estado")));
    Respuesta uno = get(ADMIN, "/correos/salida/" + c.path("id").asLong());
    assertEquals(200, uno.status(), uno::toString);
    assertEquals("ENVIADO", uno.json().path("estado").asText(), uno::toString);
    assertEquals(0, uno.json().path("intentos").asInt(), uno::toString);
    Respuesta lista = get(ADMIN, "/correos/salida?estado=ENVIADO&limite=50");
    assertEquals(200, lista.status(), lista::toString);
    assertTrue(lista.json().toString().contains(messageId), lista::toString);
  }

  @Test
  void soloUnAdministradorVeLaBandejaYCadaRechazoSeAudita() {
    long antes = rechazos();
    problema(get(NO_ADMIN, "/correos/salida"), 403);
    problema(postJson(NO_ADMIN, "/correos/prueba", Map.of("para", nuevaDireccion("x"))), 403);
    problema(postJson(NO_ADMIN, "/correos/salida/1000/reintentar", Map.of()), 403);
    assertEquals(antes + 3, rechazos());
    problema(get(ADMIN, "/correos/salida?estado=PERDIDO"), 400);
    problema(postJson(ADMIN, "/correos/prueba", Map.of("para", "no es una dirección")), 400);
    problema(postJson(ADMIN, "/correos/salida/999999999/reintentar", Map.of()), 404);
  }

  static long rechazos() {
    return ((Number)
            filas(
                    "SELECT COUNT(*) AS n FROM registro_auditoria WHERE usuario = ? AND evento ="
                        + " 'RECHAZO_ADMINISTRACION' AND objeto LIKE 'correo%'",
                    NO_ADMIN)
                .get(0)
                .get("n"))
        .longValue();
  }

  @Test
  void conElServidorCaidoNadaSePierdeYAlVolverCadaCorreoLlegaUnaVez() throws Exception {
    servidorDeCorreo("stop");
    List<String> para = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        para.add(nuevaDireccion("caida" + i));
        ids.add(prueba(para.get(i)).path("id").asLong());
      }
      esperar(
          "los 5 pendientes con intentos fallidos",
          Duration.ofSeconds(30),
          () ->
              ids.stream()
                  .map(CorreoIT::saliente)
                  .allMatch(
                      f ->
                          "PENDIENTE".equals(f.get("estado"))
                              && ((Number) f.get("intentos")).intValue() > 0));
      Map<String, Object> f = saliente(ids.get(0));
      assertTrue(String.valueOf(f.get("ultimo_error")).contains("Exception"), f::toString);
    } finally {
      servidorDeCorreo("start");
    }
    for (String p : para) {
      esperar(
          "el correo en el buzón de " + p, Duration.ofSeconds(60), () -> recibidos(p).size() >= 1);
    }
    dormir(6_000); // more sweeps and retries: still one each
    for (int i = 0; i < 5; i++) {
      assertEquals(1, recibidos(para.get(i)).size(), "exactamente uno para " + para.get(i));
      assertEquals(
          saliente(ids.get(i)).get("message_id"), recibidos(para.get(i)).get(0).getMessageID());
      assertEquals("ENVIADO", saliente(ids.get(i)).get("estado"));
    }
  }

  @Test
  void unCorreoRecibidoSeRegistraUnaVezConSuAdjuntoYLaRespuestaSigueElHilo() throws Exception {
    String vecino = nuevaDireccion("vecino");
    String id = nuevoId();
    MimeMessage m = mensaje(id);
    m.setFrom(new InternetAddress(vecino, "José Pérez", "UTF-8"));
    m.setSubject("Consulta sobre mi trámite " + CorreoObservado.RESPONDER, "UTF-8");
    MimeBodyPart texto = new MimeBodyPart();
    texto.setText("Buenos días, adjunto el informe técnico.", "UTF-8");
    MimeBodyPart adjunto = new MimeBodyPart();
    adjunto.setContent("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
    adjunto.setFileName(jakarta.mail.internet.MimeUtility.encodeText("informe técnico.pdf"));
    adjunto.setDisposition(MimeBodyPart.ATTACHMENT);
    m.setContent(new MimeMultipart(texto, adjunto));
    alBuzonDelPortal(m);

    esperar("la fila en correo_entrante", Duration.ofSeconds(30), () -> !entrante(id).isEmpty());
    Map<String, Object> fila = entrante(id).get(0);
    assertEquals("PROCESADO", fila.get("estado"), fila::toString);
    assertEquals(vecino, fila.get("de"));
    assertEquals("José Pérez", fila.get("nombre_de"));
    assertEquals("informe técnico.pdf (application/pdf)", fila.get("adjuntos"));
    assertEquals(1, vecesObservado(id), "el evento CorreoRecibido, una vez");
    assertTrue(
        leerServerLog()
            .contains(
                CorreoObservado.MARCA_LOG + " " + id + " fila=" + fila.get("id") + " adjuntos=1"));
    esperar("el buzón lo marca leído", Duration.ofSeconds(10), () -> leidoEnElBuzon(id));

    // the observer answered in the event's transaction: the answer threads under the message
    esperar(
        "la respuesta en el buzón de " + vecino,
        Duration.ofSeconds(30),
        () -> recibidos(vecino).size() >= 1);
    MimeMessage respuesta = recibidos(vecino).get(0);
    assertEquals(id, respuesta.getHeader("In-Reply-To", null));
    assertTrue(respuesta.getSubject().startsWith("Re: Consulta sobre mi trámite"));

    // the neighbour answers the answer: recorded with the id it answers
    String idReplica = nuevoId();
    MimeMessage replica = mensaje(idReplica);
    replica.setFrom(new InternetAddress(vecino));
    // without the observer's marker: the observer does not answer the answer
    replica.setSubject("Re: consulta sobre mi trámite", "UTF-8");
    replica.setHeader("In-Reply-To", respuesta.getMessageID());
    replica.setHeader("References", id + " " + respuesta.getMessageID());
    replica.setText("Gracias.", "UTF-8");
    alBuzonDelPortal(replica);
    esperar(
        "la réplica en correo_entrante",
        Duration.ofSeconds(30),
        () -> !entrante(idReplica).isEmpty());
    assertEquals(
        respuesta.getMessageID() + " " + id, entrante(idReplica).get(0).get("en_respuesta_a"));

    // unread again in the mailbox: read at the next poll, never recorded or handed over twice
    assertTrue(noLeido(id));
    esperar("leído de nuevo", Duration.ofSeconds(15), () -> leidoEnElBuzon(id));
    dormir(3_000);
    assertEquals(1, entrante(id).size());
    assertEquals(1, vecesObservado(id));
    assertEquals(1, recibidos(vecino).size(), "una sola respuesta");
  }

  @Test
  void siElProcesoDeUnCorreoFallaSuRespuestaNoSeEnviaYTrasCincoIntentosQuedaFallido()
      throws Exception {
    String vecino = nuevaDireccion("fallido");
    String id = nuevoId();
    MimeMessage m = mensaje(id);
    m.setFrom(new InternetAddress(vecino));
    m.setSubject("Pedido " + CorreoObservado.RESPONDER + " " + CorreoObservado.FALLAR, "UTF-8");
    m.setText("Esto no se procesará.", "UTF-8");
    alBuzonDelPortal(m);

    esperar("FALLIDO tras cinco intentos", Duration.ofSeconds(60), () -> !entrante(id).isEmpty());
    Map<String, Object> fila = entrante(id).get(0);
    assertEquals("FALLIDO", fila.get("estado"), fila::toString);
    assertTrue(String.valueOf(fila.get("motivo")).contains("falla inyectada"), fila::toString);
    assertEquals(5, vecesObservado(id), "cinco intentos, cada uno revertido");
    // the answer enqueued in each of those transactions rolled back with them
    assertTrue(
        filas("SELECT id FROM correo_saliente WHERE clave = ?", "respuesta:" + id).isEmpty());
    esperar("el buzón lo marca leído", Duration.ofSeconds(10), () -> leidoEnElBuzon(id));
    dormir(5_000);
    assertTrue(recibidos(vecino).isEmpty(), "nada se envió por una transacción revertida");
    assertEquals(5, vecesObservado(id), "ya no se intenta más");
  }
}
