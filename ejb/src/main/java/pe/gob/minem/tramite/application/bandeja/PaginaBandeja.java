package pe.gob.minem.tramite.application.bandeja;

import java.util.List;
import pe.gob.minem.tramite.application.Vistas.TareaVista;

/**
 * One page of a bandeja, in its order, with the counts over the whole filtered bandeja: its tasks,
 * those whose expediente is past its plazo, and those whose step is past its own.
 */
public record PaginaBandeja(List<TareaVista> tareas, long total, long vencidas, long pasosVencidos)
    implements java.io.Serializable {}
