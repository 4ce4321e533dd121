package pe.gob.minem.tramite.application.conciliacion;

import java.io.Serializable;

/**
 * One finding: its kind (and the kind's words), what it is about (a store path, an expediente
 * number, a process instance), what was seen, and what reconciliation did about it (or null).
 */
public record Hallazgo(
    TipoDeHallazgo tipo, String etiqueta, String objeto, String detalle, String accion)
    implements Serializable {

  public static Hallazgo de(TipoDeHallazgo tipo, String objeto, String detalle, String accion) {
    return new Hallazgo(tipo, tipo.etiqueta(), objeto, detalle, accion);
  }
}
