package pe.gob.minem.tramite.application.paso;

import java.time.Instant;
import pe.gob.minem.tramite.application.documento.FirmaConToken;
import pe.gob.minem.tramite.application.documento.FirmaExterna;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;

/**
 * A step being completed, as a handler sees it: who completes it, the expediente, the step's
 * document (P/OGA-TI-02 and every procedure that produces one; null otherwise), the declaration and
 * the checked values, the MAPRO activity number, the task's id and when it was created, the unit
 * the step acts in, the moment, and how the person signs (signing steps only).
 */
public record ContextoDePaso(
    Persona persona,
    Expediente expediente,
    Documento documento,
    DeclaracionDePaso paso,
    DeclaracionDePaso.Valores valores,
    int actividad,
    String tareaId,
    Instant tareaCreada,
    String unidad,
    Instant ahora,
    FirmaExterna firmaExterna,
    FirmaConToken firmaConToken) {

  /** The step's document; an error for a step that has none. */
  public Documento documentoRequerido() {
    if (documento == null) {
      throw new IllegalStateException("La tarea " + tareaId + " no tiene documento");
    }
    return documento;
  }
}
