package pe.gob.minem.tramite.application.bandeja;

/**
 * Fired synchronously inside the task completion's transaction, after the workflow step, the domain
 * change and the hoja de ruta entry are written and before it commits.
 */
public record TareaCompletada(String tareaId, String numero, int actividad, String asunto) {}
