package pe.gob.minem.tramite.application.expediente;

/**
 * Fired synchronously inside the registration's transaction, after its files are stored and its
 * rows written and before it commits: an observer that fails rolls the whole registration back.
 */
public record ExpedienteRegistrado(String numero, String asunto) {}
