package pe.gob.minem.tramite.domain.model;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (wrong cargo, another unit). */
@ApplicationException(rollback = true)
public class AccesoDenegadoException extends RuntimeException {
  public AccesoDenegadoException(String mensaje) {
    super(mensaje);
  }
}
