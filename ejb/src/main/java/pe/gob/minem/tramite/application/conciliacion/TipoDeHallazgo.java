package pe.gob.minem.tramite.application.conciliacion;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** What reconciliation can find, with the words an administrator reads. */
public enum TipoDeHallazgo implements ConEtiqueta {
  /** A stored file no row refers to, old enough to have been abandoned: it goes to quarantine. */
  ARCHIVO_SIN_FILA("Archivo sin fila en la base de datos"),
  /** The same, written or reused too recently: a transaction may still commit its row. */
  ARCHIVO_RECIENTE_SIN_FILA("Archivo reciente sin fila (se conserva)"),
  /** A row whose content is not in the store. */
  FILA_SIN_ARCHIVO("Fila sin archivo en el almacén"),
  /** A stored file whose bytes no longer hash to its name. */
  CONTENIDO_ALTERADO("Contenido cuyo SHA-256 no coincide"),
  /** The archive index's entries per class differ from the database's, with nothing queued. */
  INDICE_DESCUADRADO("Índice del archivo distinto de la base de datos"),
  /** A running workflow whose business key names no expediente or document. */
  PROCESO_SIN_EXPEDIENTE("Proceso sin expediente ni documento"),
  /** An expediente not yet attended whose workflow is not running. */
  EXPEDIENTE_SIN_PROCESO("Expediente en trámite sin proceso"),
  /** A part of the check could not run (the reason is in the detail). */
  REVISION_FALLIDA("Revisión que no se pudo hacer");

  private final String etiqueta;

  TipoDeHallazgo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
