package pe.gob.minem.tramite.domain.model.equipo;

import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/** An item written off is kept for its history, but is neither reassigned nor put back in use. */
public class EquipoDadoDeBajaException extends ReglaIncumplidaException {
  public EquipoDadoDeBajaException(String codigo, String que) {
    super("El equipo " + codigo + " está dado de baja: no se puede " + que + ".");
  }
}
