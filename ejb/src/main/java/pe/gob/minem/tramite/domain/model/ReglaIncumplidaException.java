package pe.gob.minem.tramite.domain.model;

import jakarta.ejb.ApplicationException;

/**
 * A business rule the user's request breaks. Its message is Spanish and tells the user what to do;
 * it rolls the transaction back and is shown as is (no stack trace reaches a user).
 */
@ApplicationException(rollback = true)
public class ReglaIncumplidaException extends RuntimeException {
  public ReglaIncumplidaException(String mensaje) {
    super(mensaje);
  }
}
