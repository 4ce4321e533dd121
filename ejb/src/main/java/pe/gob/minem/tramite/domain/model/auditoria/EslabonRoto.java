package pe.gob.minem.tramite.domain.model.auditoria;

import java.io.Serializable;

/**
 * What a verification found wrong in the audit chain, and where: the row's place and id (null when
 * the row is the one missing, or when the fault is a checkpoint's, named in the detail) and what a
 * person should read.
 */
public record EslabonRoto(Long secuencia, Long id, Falla falla, String detalle)
    implements Serializable {

  /** The kinds of damage a chain can show. */
  public enum Falla {
    /** The row's content no longer gives its hash: someone edited it. */
    CONTENIDO_ALTERADO,
    /** The row was written at another place: rows were reordered. */
    ORDEN_ALTERADO,
    /** The row does not follow the one before it (the previous row was replaced or rewritten). */
    ENLACE_ROTO,
    /** Places without a row: rows were deleted. */
    FALTAN_REGISTROS,
    /** The last rows are gone: the chain ends before its head or a checkpoint. */
    COLA_CORTADA,
    /** A row the portal did not chain (inserted by hand). */
    FUERA_DE_LA_CADENA,
    /** A checkpoint says it was signed, but its PDF is not in the document store. */
    CONSTANCIA_FALTANTE,
    /** A checkpoint's PDF is not the portal seal's valid, unchanged signature. */
    CONSTANCIA_NO_VALIDA,
    /** A checkpoint's row says another place or hash than its signed PDF: the table was edited. */
    PUNTO_DE_CONTROL_ALTERADO
  }
}
