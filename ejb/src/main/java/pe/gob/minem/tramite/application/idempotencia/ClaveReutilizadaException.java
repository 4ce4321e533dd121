package pe.gob.minem.tramite.application.idempotencia;

import jakarta.ejb.ApplicationException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/** The Idempotency-Key was used before with another request (422). */
@ApplicationException(rollback = true)
public class ClaveReutilizadaException extends ReglaIncumplidaException {
  public ClaveReutilizadaException() {
    super(
        "La clave de idempotencia (Idempotency-Key) ya se usó con otra solicitud distinta en las"
            + " últimas 24 horas: use una clave nueva para una solicitud nueva.");
  }
}
