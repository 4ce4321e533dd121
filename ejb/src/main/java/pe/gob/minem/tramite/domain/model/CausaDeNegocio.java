package pe.gob.minem.tramite.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the business reason under the wrappers the container adds (EJBException, rollback
 * exceptions…): the first rule broken, object not found, access refused, conflict or service
 * unavailable in the cause chain. Its message is the Spanish text a user can act on.
 */
public final class CausaDeNegocio {

  private CausaDeNegocio() {}

  public static Optional<RuntimeException> en(Throwable e) {
    for (Throwable t : cadena(e)) {
      if (t instanceof ReglaIncumplidaException
          || t instanceof NoEncontradoException
          || t instanceof AccesoDenegadoException
          || t instanceof ConflictoException
          || t instanceof ServicioNoDisponibleException) {
        return Optional.of((RuntimeException) t);
      }
    }
    return Optional.empty();
  }

  /** The exception and its causes, each once: a cause chain may loop back on itself. */
  public static List<Throwable> cadena(Throwable e) {
    Set<Throwable> vistas = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> cadena = new ArrayList<>();
    for (Throwable t = e; t != null && vistas.add(t); t = t.getCause()) {
      cadena.add(t);
    }
    return cadena;
  }
}
