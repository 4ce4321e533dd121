package pe.gob.minem.tramite.domain.model;

import jakarta.ejb.ApplicationException;

/**
 * A service the action depends on does not answer right now (the timestamp authority, say): nothing
 * was changed and the same request may succeed later. Its message is Spanish and says so.
 */
@ApplicationException(rollback = true)
public class ServicioNoDisponibleException extends RuntimeException {
  public ServicioNoDisponibleException(String mensaje) {
    super(mensaje);
  }
}
