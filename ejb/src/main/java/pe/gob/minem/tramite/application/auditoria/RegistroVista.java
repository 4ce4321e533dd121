package pe.gob.minem.tramite.application.auditoria;

import java.io.Serializable;
import java.time.Instant;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;

/** An audit row as the viewer, the API and the CSV show it. */
public record RegistroVista(
    Long secuencia,
    long id,
    Instant fecha,
    String usuario,
    String evento,
    String objeto,
    String detalle,
    String hash)
    implements Serializable {

  public static RegistroVista de(RegistroAuditoria r) {
    return new RegistroVista(
        r.getSecuencia(),
        r.getId(),
        r.getFecha(),
        r.getUsuario(),
        r.getEvento(),
        r.getObjeto(),
        r.getDetalle(),
        r.getHash());
  }
}
