package pe.gob.minem.tramite.application.auditoria;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;

/**
 * The result of walking the audit chain: intact, or each broken link named.
 *
 * @param puntosDeControl checkpoints compared with the chain
 * @param puntosFirmados those among them whose signed constancia is valid
 * @param ultimoPuntoFirmado when the latest of those was made (null if none): a signed checkpoint
 *     is made every hour the chain grows, so an old date here deserves a look
 * @param aviso why the portal does not sign its checkpoints, or null when it does
 */
public record Verificacion(
    boolean intacta,
    long revisados,
    long cabeza,
    String hashDeCabeza,
    int puntosDeControl,
    int puntosFirmados,
    Instant ultimoPuntoFirmado,
    String aviso,
    Instant fecha,
    List<EslabonRoto> rotos)
    implements Serializable {}
