package pe.gob.minem.tramite.domain.model;

import jakarta.ejb.ApplicationException;

/** The request conflicts with the object's current state (a task already completed…). */
@ApplicationException(rollback = true)
public class ConflictoException extends RuntimeException {
  public ConflictoException(String mensaje) {
    super(mensaje);
  }
}
