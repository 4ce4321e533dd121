package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LecturaDeMimeTest {

  private static CorreoLeido leer(String crudo, Charset cs, long maximo) throws Exception {
    var m =
        new MimeMessage(
            Session.getInstance(new Properties()), new ByteArrayInputStream(crudo.getBytes(cs)));
    return LecturaDeMime.leer(m, maximo);
  }

  private static CorreoLeido leer(String crudo) throws Exception {
    return leer(crudo, StandardCharsets.UTF_8, 10_485_760);
  }

  @Test
  void asuntoCodificadoYTextoEnIso88591() throws Exception {
    String crudo =
        "From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <jose.perez@ejemplo.pe>\r\n"
            + "To: mesadeayuda@minem.gob.pe\r\n"
            + "Subject: =?ISO-8859-1?Q?Impresi=F3n_del_=E1rea?= =?UTF-8?B?wqFzaW4gdMOzbmVyIQ==?=\r\n"
            + "Message-ID: <uno@ejemplo.pe>\r\n"
            + "Date: Wed, 02 Dec 2026 10:00:00 -0500\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n"
            + "\r\n"
            + "La impresión sale en blanco; ¿pueden revisar?\r\n";
    CorreoLeido c = leer(crudo, StandardCharsets.ISO_8859_1, 1000);
    assertEquals("<uno@ejemplo.pe>", c.messageId());
    assertEquals("jose.perez@ejemplo.pe", c.de());
    assertEquals("José Pérez", c.nombreDe());
    assertEquals("Impresión del área¡sin tóner!", c.asunto());
    assertEquals("La impresión sale en blanco; ¿pueden revisar?", c.texto());
    assertEquals(Instant.parse("2026-12-02T15:00:00Z"), c.fecha());
    assertTrue(c.enRespuestaA().isEmpty());
    assertTrue(c.adjuntos().isEmpty());
  }

  @Test
  void soloHtmlSeConvierteEnTexto() throws Exception {
    String crudo =
        "From: ana@ejemplo.pe\r\n"
            + "Subject: HTML\r\n"
            + "Message-ID: <html@ejemplo.pe>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "<html><head><style>p{color:red}</style></head><body><p>Hola, el equipo=\r\n"
            + " no enciende.</p><p>Gracias &amp; saludos,<br>Ana Mar=C3=ADa</p>"
            + "<script>alert(1)</script>&aacute;&#233;&#x00F1;</body></html>\r\n";
    CorreoLeido c = leer(crudo);
    assertEquals("Hola, el equipo no enciende.\nGracias & saludos,\nAna María\náéñ", c.texto());
  }

  @Test
  void respuestaConAdjuntosYUnoDemasiadoGrande() throws Exception {
    String pequeno = "JVBERi0xLjQK"; // "%PDF-1.4\n"
    String grande = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"; // 48 × "A"
    String crudo =
        "From: Luis <luis@ejemplo.pe>\r\n"
            + "Subject: Re: [TCK-2026-000001] Registramos su solicitud\r\n"
            + "Message-ID: <respuesta@ejemplo.pe>\r\n"
            + "In-Reply-To: <abc.tramite@minem.gob.pe>\r\n"
            + "References: <raiz@minem.gob.pe>\r\n <abc.tramite@minem.gob.pe>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"XX\"\r\n"
            + "\r\n"
            + "--XX\r\n"
            + "Content-Type: multipart/alternative; boundary=\"YY\"\r\n"
            + "\r\n"
            + "--YY\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "\r\n"
            + "Adjunto el informe.\r\n"
            + "--YY\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n"
            + "\r\n"
            + "<p>Adjunto el <b>informe</b>.</p>\r\n"
            + "--YY--\r\n"
            + "--XX\r\n"
            + "Content-Type: application/pdf; name=\"=?UTF-8?Q?informe_t=C3=A9cnico.pdf?=\"\r\n"
            + "Content-Disposition: attachment; filename=\"=?UTF-8?Q?informe_t=C3=A9cnico.pdf?=\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "\r\n"
            + pequeno
            + "\r\n"
            + "--XX\r\n"
            + "Content-Type: application/octet-stream\r\n"
            + "Content-Disposition: attachment; filename*=UTF-8''captura%20%C3%BAltima.bin\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "\r\n"
            + grande
            + "\r\n"
            + "--XX--\r\n";
    CorreoLeido c = leer(crudo, StandardCharsets.UTF_8, 20);
    assertEquals("Adjunto el informe.", c.texto());
    assertEquals(
        List.of("<abc.tramite@minem.gob.pe>", "<raiz@minem.gob.pe>"),
        c.enRespuestaA(),
        "In-Reply-To primero, luego References, cada uno una vez");
    assertEquals(1, c.adjuntos().size());
    AdjuntoRecibido a = c.adjuntos().get(0);
    assertEquals("informe técnico.pdf", a.nombre());
    assertEquals("application/pdf", a.tipo());
    assertArrayEquals("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), a.contenido());
    assertEquals(List.of("captura última.bin (más de 20 bytes)"), c.descartados());
  }

  @Test
  void sinMessageIdSeUsaElHashDelMensaje() throws Exception {
    String crudo = "From: x@ejemplo.pe\r\nSubject: sin id\r\n\r\nhola\r\n";
    CorreoLeido a = leer(crudo);
    CorreoLeido b = leer(crudo);
    CorreoLeido otro = leer(crudo.replace("hola", "adiós"));
    assertTrue(a.messageId().matches("sha256:[0-9a-f]{64}"), a.messageId());
    assertEquals(a.messageId(), b.messageId());
    assertFalse(a.messageId().equals(otro.messageId()));
  }

  @Test
  void unNombreDeArchivoNoTraeRuta() throws Exception {
    String crudo =
        "From: x@ejemplo.pe\r\nSubject: ruta\r\nMessage-ID: <r@e>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
            + "--B\r\nContent-Type: text/plain\r\n\r\nver\r\n"
            + "--B\r\nContent-Type: text/plain\r\n"
            + "Content-Disposition: attachment; filename=\"..\\\\..\\\\etc/passwd\"\r\n\r\nx\r\n"
            + "--B--\r\n";
    CorreoLeido c = leer(crudo);
    assertEquals("ver", c.texto());
    assertEquals("passwd", c.adjuntos().get(0).nombre());
  }
}
