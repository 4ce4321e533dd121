package pe.gob.minem.tramite.application.organizacion;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes: PBKDF2 with HMAC-SHA-256, a random 16-byte salt per password, stored as {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the cost can rise later.
 */
public final class Claves {

  public static final int ITERACIONES = 120_000;
  private static final SecureRandom AZAR = new SecureRandom();

  private Claves() {}

  public static String derivar(String clave) {
    byte[] sal = new byte[16];
    AZAR.nextBytes(sal);
    return derivarComo(clave, sal, ITERACIONES);
  }

  /**
   * Whether the password matches the stored hash. Always one derivation: a missing or unreadable
   * hash (no account, a broken row) is checked against a dummy one, so that the answer takes as
   * long as for a real account and tells nothing about it.
   */
  public static boolean coincide(String clave, String almacenado) {
    String[] partes = almacenado == null ? new String[0] : almacenado.split("\\$");
    if (partes.length == 4 && "pbkdf2-sha256".equals(partes[0])) {
      try {
        byte[] sal = Base64.getDecoder().decode(partes[2]);
        String calculado = derivarComo(clave, sal, Integer.parseInt(partes[1]));
        return MessageDigest.isEqual(calculado.getBytes(), almacenado.getBytes());
      } catch (IllegalArgumentException e) {
        // not Base64, not a number, not a positive count: as if there were no hash
      }
    }
    simularVerificacion(clave);
    return false;
  }

  /** Spends the same time as a real check, so that unknown users cannot be told apart. */
  public static void simularVerificacion(String clave) {
    derivarComo(clave, new byte[16], ITERACIONES);
  }

  /** A password policy a ministry would accept: 10+ characters, letters and digits. */
  public static String problemaDe(String clave) {
    if (clave == null || clave.length() < 10) {
      return "La contraseña debe tener al menos 10 caracteres.";
    }
    if (!clave.matches(".*\\d.*") || !clave.matches(".*\\p{L}.*")) {
      return "La contraseña debe combinar letras y números.";
    }
    return null;
  }

  private static String derivarComo(String clave, byte[] sal, int iteraciones) {
    try {
      var spec = new PBEKeySpec(clave.toCharArray(), sal, iteraciones, 256);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      var b64 = Base64.getEncoder();
      return "pbkdf2-sha256$"
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
