package pe.gob.minem.tramite.domain.model;

/**
 * A value with the words a person reads for it ({@code EN_TRAMITE} → «En trámite»): what the pages,
 * PDFs and messages show instead of the constant (issue 16, ADR 0034).
 */
public interface ConEtiqueta {

  /** The label in Spanish, as a person reads it. */
  String etiqueta();
}
