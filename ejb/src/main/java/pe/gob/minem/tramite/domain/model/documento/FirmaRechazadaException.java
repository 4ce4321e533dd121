package pe.gob.minem.tramite.domain.model.documento;

import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/**
 * The signature cannot be made with this key or certificate: revoked, expired, not the signer's
 * own, a wrong PIN. The document stays as it was; the person can act (new certificate, own token,
 * right PIN) and try again.
 */
public class FirmaRechazadaException extends ReglaIncumplidaException {
  public FirmaRechazadaException(String mensaje) {
    super(mensaje);
  }
}
