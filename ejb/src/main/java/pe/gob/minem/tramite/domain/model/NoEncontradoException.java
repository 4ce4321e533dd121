package pe.gob.minem.tramite.domain.model;

import jakarta.ejb.ApplicationException;

/** The object does not exist, or the caller may not know that it exists. */
@ApplicationException(rollback = true)
public class NoEncontradoException extends RuntimeException {
  public NoEncontradoException(String mensaje) {
    super(mensaje);
  }
}
