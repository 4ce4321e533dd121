package pe.gob.minem.tramite.application.idempotencia;

import jakarta.ejb.ApplicationException;
import pe.gob.minem.tramite.domain.model.ConflictoException;

/** Another request with the same Idempotency-Key is being answered right now (409). */
@ApplicationException(rollback = true)
public class PeticionEnCursoException extends ConflictoException {
  public PeticionEnCursoException() {
    super(
        "Otra solicitud con la misma clave de idempotencia (Idempotency-Key) se está atendiendo;"
            + " repita la solicitud en unos segundos para recibir su respuesta.");
  }
}
