package pe.gob.minem.tramite.signing;

/**
 * A signing or validation request that cannot be carried out, with a reason a user can act on: the
 * message says it in Spanish, {@link #reason()} says it to the program (for instance to answer 503
 * when the timestamp authority is down, and 400 when the certificate is revoked).
 */
public class SigningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused, when the caller may want to tell the cases apart. */
  public enum Reason {
    /** The signer's certificate is revoked (OCSP or CRL said so before signing). */
    CERTIFICATE_REVOKED,
    /** The signer's certificate expired. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate is not valid yet. */
    CERTIFICATE_NOT_YET_VALID,
    /** The timestamp authority did not answer, or answered with an error: try again later. */
    TIMESTAMP_UNAVAILABLE,
    /**
     * The signer's CA did not answer for the certificate's revocation status (OCSP and CRL), which
     * a level with revocation data (B-LT, B-LTA) must embed: try again later.
     */
    REVOCATION_UNAVAILABLE,
    /** Anything else: a broken PDF, a wrong key or PIN, no room for the stamp… */
    OTHER
  }

  private final Reason reason;

  public SigningException(String message) {
    this(Reason.OTHER, message, null);
  }

  public SigningException(String message, Throwable cause) {
    this(Reason.OTHER, message, cause);
  }

  public SigningException(Reason reason, String message) {
    this(reason, message, null);
  }

  public SigningException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason == null ? Reason.OTHER : reason;
  }

  public Reason reason() {
    return reason;
  }
}
