package pe.gob.minem.tramite.application.monitoreo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A source's bearer token: 32 random bytes (256 bits) in URL-safe Base64 behind a prefix that says
 * what it is ({@code tmon_…}); only its SHA-256 is stored. A token this long needs no slow hash: it
 * cannot be guessed, only stolen.
 */
public final class TokenDeFuente {

  static final String PREFIJO = "tmon_";
  private static final SecureRandom AZAR = new SecureRandom();

  private TokenDeFuente() {}

  public static String nuevo() {
    byte[] b = new byte[32];
    AZAR.nextBytes(b);
    return PREFIJO + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The SHA-256 of the token's UTF-8 bytes, in hexadecimal (the stored form). */
  public static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Equal hashes, compared in a time that does not depend on where they differ. */
  public static boolean mismoHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The token of an {@code Authorization: Bearer <token>} header; null when the header is missing
   * or of another scheme.
   */
  public static String deCabecera(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String t = authorization.substring(7).strip();
    return t.isEmpty() || t.length() > 200 ? null : t;
  }
}
