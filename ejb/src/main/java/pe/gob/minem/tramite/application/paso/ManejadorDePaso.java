package pe.gob.minem.tramite.application.paso;

/**
 * A special action written in Java that step declarations name (ADR 0013): what completing the step
 * does to the expediente or its document. It runs inside the completion's transaction, after the
 * input was checked against the declaration; an exception rolls the whole step back.
 */
@FunctionalInterface
public interface ManejadorDePaso {
  EfectoDelPaso aplicar(ContextoDePaso c);
}
