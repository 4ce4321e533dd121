package pe.gob.minem.tramite.domain.model.auditoria;

import java.time.Instant;

/** Which audit rows an administrator looks for; a null field does not filter. */
public record FiltroAuditoria(
    String usuario, String evento, String objeto, Instant desde, Instant hasta) {

  public static final FiltroAuditoria TODOS = new FiltroAuditoria(null, null, null, null, null);
}
