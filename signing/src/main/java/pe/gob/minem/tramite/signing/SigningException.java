package pe.gob.minem.tramite.signing;

/** A signing or validation request that cannot be carried out, with a reason a user can act on. */
public class SigningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SigningException(String message) {
    super(message);
  }

  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
