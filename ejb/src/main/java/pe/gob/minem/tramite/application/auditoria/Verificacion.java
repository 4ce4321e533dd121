package pe.gob.minem.tramite.application.auditoria;

import java.time.Instant;
import java.util.List;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;

/** The result of walking the audit chain: intact, or each broken link named. */
public record Verificacion(
    boolean intacta,
    long revisados,
    long cabeza,
    String hashDeCabeza,
    int puntosDeControl,
    Instant fecha,
    List<EslabonRoto> rotos) {}
