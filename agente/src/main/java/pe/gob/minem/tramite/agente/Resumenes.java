package pe.gob.minem.tramite.agente;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Digest algorithms the portal may name, and the encodings a token's raw mechanisms need. */
final class Resumenes {

  /** The DER prefix of a PKCS#1 DigestInfo, before the digest itself. */
  private static final Map<String, byte[]> PREFIJOS =
      Map.of(
          "SHA-256", HexFormat.of().parseHex("3031300d060960864801650304020105000420"),
          "SHA-384", HexFormat.of().parseHex("3041300d060960864801650304020205000430"),
          "SHA-512", HexFormat.of().parseHex("3051300d060960864801650304020305000440"));

  private Resumenes() {}

  /**
   * "SHA256", "sha-256", "SHA-256" → "SHA-256"; an algorithm the agent does not sign with fails.
   */
  static String normalizar(String algoritmo) throws ErrorDelAgente {
    String a = algoritmo == null ? "SHA-256" : algoritmo.trim().toUpperCase(Locale.ROOT);
    if (a.matches("SHA(256|384|512)")) {
      a = "SHA-" + a.substring(3);
    }
    if (!PREFIJOS.containsKey(a)) {
      throw new ErrorDelAgente(
          Codigo.SOLICITUD_INVALIDA,
          "Algoritmo de resumen no admitido: " + algoritmo + " (use SHA-256, SHA-384 o SHA-512).");
    }
    return a;
  }

  static int longitud(String algoritmo) {
    return PREFIJOS.get(algoritmo)[PREFIJOS.get(algoritmo).length - 1];
  }

  static byte[] calcular(String algoritmo, byte[] datos) {
    try {
      return MessageDigest.getInstance(algoritmo).digest(datos);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What CKM_RSA_PKCS signs: DigestInfo ::= SEQUENCE { algorithm, OCTET STRING digest }. */
  static byte[] digestInfo(String algoritmo, byte[] digest) {
    byte[] prefijo = PREFIJOS.get(algoritmo);
    byte[] r = Arrays.copyOf(prefijo, prefijo.length + digest.length);
    System.arraycopy(digest, 0, r, prefijo.length, digest.length);
    return r;
  }

  /**
   * CKM_ECDSA answers r‖s; JCA's SHA256withECDSA (and the portal's step 3) expect the DER SEQUENCE
   * { INTEGER r, INTEGER s }.
   */
  static byte[] ecdsaDer(byte[] rs) {
    int n = rs.length / 2;
    byte[] r = new BigInteger(1, Arrays.copyOfRange(rs, 0, n)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(rs, n, rs.length)).toByteArray();
    ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();
    entero(cuerpo, r);
    entero(cuerpo, s);
    ByteArrayOutputStream der = new ByteArrayOutputStream();
    der.write(0x30);
    longitudDer(der, cuerpo.size());
    der.writeBytes(cuerpo.toByteArray());
    return der.toByteArray();
  }

  private static void entero(ByteArrayOutputStream out, byte[] valor) {
    out.write(0x02);
    longitudDer(out, valor.length);
    out.writeBytes(valor);
  }

  private static void longitudDer(ByteArrayOutputStream out, int n) {
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
  }
}
