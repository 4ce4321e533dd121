package pe.gob.minem.tramite.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;

/** Small real documents made by the tests themselves, and the checks the contract names. */
public final class Documentos {

  private Documentos() {}

  /** A valid one-page PDF 1.4 whose text (Helvetica, WinAnsi) is {@code texto}. */
  public static byte[] pdf(String texto) {
    return pdf(texto, 0);
  }

  /**
   * A valid one-page PDF of at least {@code tamanoMinimo} bytes: the page's text plus a second
   * content stream of PDF comments as filler (legal in a content stream, drawn as nothing).
   */
  public static byte[] pdf(String texto, int tamanoMinimo) {
    String contenido =
        "BT /F1 12 Tf 72 720 Td (" + escapar(texto) + ") Tj 0 -16 Td (Tramite - prueba) Tj ET\n";
    List<byte[]> objetos = new ArrayList<>();
    objetos.add(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
    objetos.add(latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objetos.add(
        latin1(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                + " /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 6 0 R] >>"));
    objetos.add(flujo(latin1(contenido)));
    objetos.add(
        latin1(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    int relleno = Math.max(0, tamanoMinimo - 700 - contenido.length());
    StringBuilder r = new StringBuilder(relleno + 80);
    while (r.length() < relleno) {
      r.append("% relleno de prueba para alcanzar el tamano pedido 0123456789abcdefghij\n");
    }
    objetos.add(flujo(latin1(r.toString())));

    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, tamanoMinimo + 1024));
    escribir(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    long[] posiciones = new long[objetos.size()];
    for (int i = 0; i < objetos.size(); i++) {
      posiciones[i] = out.size();
      escribir(out, (i + 1) + " 0 obj\n");
      out.writeBytes(objetos.get(i));
      escribir(out, "\nendobj\n");
    }
    long xref = out.size();
    StringBuilder x = new StringBuilder();
    x.append("xref\n0 ").append(objetos.size() + 1).append("\n0000000000 65535 f \n");
    for (long p : posiciones) {
      x.append(String.format("%010d 00000 n \n", p));
    }
    x.append("trailer\n<< /Size ")
        .append(objetos.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    escribir(out, x.toString());
    return out.toByteArray();
  }

  private static byte[] flujo(byte[] datos) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(datos.length + 64);
    escribir(o, "<< /Length " + datos.length + " >>\nstream\n");
    o.writeBytes(datos);
    escribir(o, "\nendstream");
    return o.toByteArray();
  }

  private static String escapar(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0xff) {
        b.append('?');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void escribir(ByteArrayOutputStream out, String s) {
    out.writeBytes(latin1(s));
  }

  /** A real 8×8 PNG image. */
  public static byte[] png() {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, 0xC8102E);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String sha256(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SUNAT's check digit of an 11-digit RUC: weights 5,4,3,2,7,6,5,4,3,2; 11 - sum mod 11. */
  public static int digitoVerificadorRuc(String ruc) {
    int[] pesos = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int suma = 0;
    for (int i = 0; i < 10; i++) {
      suma += (ruc.charAt(i) - '0') * pesos[i];
    }
    int d = 11 - (suma % 11);
    return d == 10 ? 0 : d == 11 ? 1 : d;
  }

  public static boolean rucValido(String ruc) {
    return ruc.matches("\\d{11}") && digitoVerificadorRuc(ruc) == ruc.charAt(10) - '0';
  }
}
