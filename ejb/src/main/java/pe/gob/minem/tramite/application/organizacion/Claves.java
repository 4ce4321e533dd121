package pe.gob.minem.tramite.application.organizacion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes: PBKDF2 with HMAC-SHA-256 at OWASP's current count (600 000 iterations), a random
 * 16-byte salt per password, stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the
 * cost can rise later: a hash with fewer iterations still verifies and is re-derived at the next
 * successful login (ADR 0017).
 */
public final class Claves {

  public static final int ITERACIONES = 600_000;

  /** A stored value no password matches (a disabled demo account): checked like a missing hash. */
  public static final String INUTILIZABLE = "!inutilizable";

  private static final String ESQUEMA = "pbkdf2-sha256";
  private static final SecureRandom AZAR = new SecureRandom();

  private Claves() {}

  public static String derivar(String clave) {
    byte[] sal = new byte[16];
    AZAR.nextBytes(sal);
    return derivarComo(clave, sal, ITERACIONES);
  }

  /**
   * Whether the password matches the stored hash. Always at least the work of one derivation at the
   * current count: a missing or unreadable hash (no account, a broken row, a disabled one) is
   * checked against a dummy one, and a hash of an older, cheaper count is topped up to the current
   * cost, so that the answer takes as long as for a current account and tells nothing about it.
   */
  public static boolean coincide(String clave, String almacenado) {
    int iteraciones = iteracionesDe(almacenado);
    if (iteraciones > 0) {
      try {
        String[] partes = almacenado.split("\\$");
        byte[] sal = Base64.getDecoder().decode(partes[2]);
        String calculado = derivarComo(clave, sal, iteraciones);
        if (iteraciones < ITERACIONES) {
          simular(clave, ITERACIONES - iteraciones);
        }
        return MessageDigest.isEqual(
            calculado.getBytes(StandardCharsets.US_ASCII),
            almacenado.getBytes(StandardCharsets.US_ASCII));
      } catch (IllegalArgumentException e) {
        // not Base64: as if there were no hash
      }
    }
    simularVerificacion(clave);
    return false;
  }

  /**
   * A temporary password for a reset: 16 characters from an alphabet without look-alikes (about 80
   * bits), in groups of four so that it can be read out: {@code k7pm-3xqa-9hcv-t2wd}.
   */
  public static String temporal() {
    String alfabeto = "abcdefghjkmnpqrstuvwxyz23456789";
    var sb = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(alfabeto.charAt(AZAR.nextInt(alfabeto.length())));
    }
    return sb.toString();
  }

  /** Whether a hash that just matched should be derived again at the current count. */
  public static boolean debeRederivarse(String almacenado) {
    int iteraciones = iteracionesDe(almacenado);
    return iteraciones > 0 && iteraciones < ITERACIONES;
  }

  /** Whether the value is a hash of this scheme at the current count (a request from outside). */
  public static boolean esVigente(String almacenado) {
    return iteracionesDe(almacenado) == ITERACIONES
        && almacenado.matches("pbkdf2-sha256\\$\\d+\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
  }

  /** Spends the same time as a real check, so that unknown users cannot be told apart. */
  public static void simularVerificacion(String clave) {
    simular(clave, ITERACIONES);
  }

  /** The iteration count of a well-formed hash of this scheme; 0 for anything else. */
  private static int iteracionesDe(String almacenado) {
    String[] partes = almacenado == null ? new String[0] : almacenado.split("\\$");
    if (partes.length != 4 || !ESQUEMA.equals(partes[0]) || !partes[1].matches("\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(partes[1]);
  }

  private static void simular(String clave, int iteraciones) {
    derivarComo(clave, new byte[16], iteraciones);
  }

  /** A hash at a given count: the current one, or an older one in the tests of re-derivation. */
  static String derivarComo(String clave, byte[] sal, int iteraciones) {
    try {
      var spec = new PBEKeySpec(clave.toCharArray(), sal, iteraciones, 256);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      var b64 = Base64.getEncoder();
      return ESQUEMA
          + "$"
          + iteraciones
          + "$"
          + b64.encodeToString(sal)
          + "$"
          + b64.encodeToString(hash);
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }
}
