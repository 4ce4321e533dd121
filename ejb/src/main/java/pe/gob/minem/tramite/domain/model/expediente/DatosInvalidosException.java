package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/** Input that breaks a rule of the expediente; the message says what to fix, in Spanish. */
public class DatosInvalidosException extends ReglaIncumplidaException {
  private final String campo;

  public DatosInvalidosException(String campo, String mensaje) {
    super(mensaje);
    this.campo = campo;
  }

  public String getCampo() {
    return campo;
  }
}
