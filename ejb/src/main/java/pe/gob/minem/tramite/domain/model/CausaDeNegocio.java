package pe.gob.minem.tramite.domain.model;

import java.util.Optional;

/**
 * Finds the business reason under the wrappers the container adds (EJBException, rollback
 * exceptions…): the first rule broken, object not found, access refused, conflict or service
 * unavailable in the cause chain. Its message is the Spanish text a user can act on.
 */
public final class CausaDeNegocio {

  private CausaDeNegocio() {}

  public static Optional<RuntimeException> en(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReglaIncumplidaException
          || t instanceof NoEncontradoException
          || t instanceof AccesoDenegadoException
          || t instanceof ConflictoException
          || t instanceof ServicioNoDisponibleException) {
        return Optional.of((RuntimeException) t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
