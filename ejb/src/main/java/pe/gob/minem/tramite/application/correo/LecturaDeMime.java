package pe.gob.minem.tramite.application.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the portal takes from a received message: sender, decoded subject (RFC 2047), the plain text
 * (the HTML part turned into text when there is no plain one), the Message-IDs it answers and its
 * attachments with decoded names, those larger than the limit dropped and noted. A message without
 * Message-ID is known by the SHA-256 of its bytes.
 */
public final class LecturaDeMime {

  private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");
  private static final Map<String, String> ENTIDADES =
      Map.ofEntries(
          Map.entry("nbsp", " "),
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("aacute", "á"),
          Map.entry("eacute", "é"),
          Map.entry("iacute", "í"),
          Map.entry("oacute", "ó"),
          Map.entry("uacute", "ú"),
          Map.entry("Aacute", "Á"),
          Map.entry("Eacute", "É"),
          Map.entry("Iacute", "Í"),
          Map.entry("Oacute", "Ó"),
          Map.entry("Uacute", "Ú"),
          Map.entry("ntilde", "ñ"),
          Map.entry("Ntilde", "Ñ"),
          Map.entry("uuml", "ü"),
          Map.entry("iexcl", "¡"),
          Map.entry("iquest", "¿"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("middot", "·"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"));

  private LecturaDeMime() {}

  public static CorreoLeido leer(MimeMessage m, long adjuntoMaximo)
      throws MessagingException, IOException {
    String messageId = m.getMessageID();
    if (messageId == null || messageId.isBlank()) {
      ByteArrayOutputStream crudo = new ByteArrayOutputStream();
      m.writeTo(crudo);
      messageId = "sha256:" + sha256(crudo.toByteArray());
    } else if (messageId.strip().length() > 400) {
      // longer than its column: known by its hash, so that it is still found again
      messageId = "sha256:" + sha256(messageId.strip().getBytes(StandardCharsets.UTF_8));
    }
    String de = null;
    String nombreDe = null;
    var remitentes = m.getFrom();
    if (remitentes != null && remitentes.length > 0 && remitentes[0] instanceof InternetAddress a) {
      de = a.getAddress();
      nombreDe = a.getPersonal();
    }
    Partes p = new Partes(adjuntoMaximo);
    recorrer(m, p);
    String texto = p.texto != null ? p.texto : p.html != null ? htmlATexto(p.html) : "";
    Instant fecha =
        m.getSentDate() != null
            ? m.getSentDate().toInstant()
            : m.getReceivedDate() != null ? m.getReceivedDate().toInstant() : Instant.now();
    return new CorreoLeido(
        messageId.strip(),
        de,
        nombreDe,
        m.getSubject() == null ? "" : m.getSubject(),
        texto.replace("\r\n", "\n").strip(),
        enRespuestaA(m),
        fecha,
        List.copyOf(p.adjuntos),
        List.copyOf(p.descartados));
  }

  /** In-Reply-To's ids first, then References', each once. */
  static List<String> enRespuestaA(MimeMessage m) throws MessagingException {
    Set<String> ids = new LinkedHashSet<>();
    for (String cabecera : List.of("In-Reply-To", "References")) {
      String v = m.getHeader(cabecera, " ");
      if (v != null) {
        Matcher x = ID.matcher(v);
        while (x.find()) {
          ids.add(x.group());
        }
      }
    }
    return List.copyOf(ids);
  }

  private static final class Partes {
    final long maximo;
    String texto;
    String html;
    final List<AdjuntoRecibido> adjuntos = new ArrayList<>();
    final List<String> descartados = new ArrayList<>();

    Partes(long maximo) {
      this.maximo = maximo;
    }
  }

  private static void recorrer(Part parte, Partes p) throws MessagingException, IOException {
    if (parte.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) parte.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        recorrer(mp.getBodyPart(i), p);
      }
      return;
    }
    String nombre = nombre(parte);
    boolean esTexto = parte.isMimeType("text/plain") || parte.isMimeType("text/html");
    boolean adjunto =
        Part.ATTACHMENT.equalsIgnoreCase(parte.getDisposition())
            || (nombre != null && !esTexto)
            || parte.isMimeType("message/rfc822")
            || !(esTexto || parte.isMimeType("text/*"));
    if (!adjunto && parte.isMimeType("text/plain") && p.texto == null) {
      p.texto = texto(parte);
    } else if (!adjunto && parte.isMimeType("text/html") && p.html == null) {
      p.html = texto(parte);
    } else if (adjunto) {
      String n =
          nombre != null ? nombre : "adjunto-" + (p.adjuntos.size() + p.descartados.size() + 1);
      byte[] bytes;
      try (InputStream in = parte.getInputStream()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, p.maximo + 1));
      }
      if (bytes.length > p.maximo) {
        p.descartados.add(n + " (más de " + p.maximo + " bytes)");
      } else {
        p.adjuntos.add(new AdjuntoRecibido(n, tipo(parte), bytes));
      }
    }
  }

  private static String nombre(Part parte) throws MessagingException {
    String n;
    try {
      n = parte.getFileName();
    } catch (ParseException e) {
      n = null;
    }
    if (n == null || n.isBlank()) {
      return null;
    }
    if (n.contains("=?")) {
      try {
        n = MimeUtility.decodeText(n);
      } catch (UnsupportedEncodingException e) {
        // keep it as written
      }
    }
    // only a file name, never a path
    n = n.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1).strip();
  }

  private static String tipo(Part parte) throws MessagingException {
    try {
      return new ContentType(parte.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (ParseException e) {
      return "application/octet-stream";
    }
  }

  private static String texto(Part parte) throws MessagingException, IOException {
    try {
      Object c = parte.getContent();
      if (c instanceof String s) {
        return s;
      }
    } catch (UnsupportedEncodingException e) {
      // an unknown charset: read the bytes below
    }
    Charset cs = StandardCharsets.ISO_8859_1;
    try {
      String nombre = new ContentType(parte.getContentType()).getParameter("charset");
      if (nombre != null && Charset.isSupported(MimeUtility.javaCharset(nombre))) {
        cs = Charset.forName(MimeUtility.javaCharset(nombre));
      }
    } catch (ParseException | IllegalArgumentException e) {
      // fall back to ISO-8859-1, which reads any byte
    }
    try (InputStream in = parte.getInputStream()) {
      return new String(in.readAllBytes(), cs);
    }
  }

  /** The text a person reads in an HTML body: no markup, no scripts, line breaks kept. */
  static String htmlATexto(String html) {
    String s = html.replaceAll("(?is)<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>", "");
    s = s.replaceAll("(?s)<!--.*?-->", "");
    s = s.replaceAll("(?i)<br\\s*/?>", "\n");
    s = s.replaceAll("(?i)</(p|div|tr|li|h[1-6]|table|blockquote)\\s*>", "\n");
    s = s.replaceAll("(?i)<li\\b[^>]*>", "- ");
    s = s.replaceAll("(?s)<[^>]*>", "");
    s = entidades(s);
    s = s.replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    s = s.replaceAll(" *\\n *", "\n");
    s = s.replaceAll("\\n{3,}", "\n\n");
    return s.strip();
  }

  private static String entidades(String s) {
    Matcher m = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});").matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = punto(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = punto(Integer.parseInt(e.substring(1)));
      } else {
        r = ENTIDADES.getOrDefault(e, m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String punto(int c) {
    return Character.isValidCodePoint(c) && c != 0 ? new String(Character.toChars(c)) : "";
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
