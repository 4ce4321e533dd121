package pe.gob.minem.tramite.domain.model.paso;

import java.io.Serializable;

/**
 * One outcome of a {@code decidir} step ({@code <mapro:desenlace>}): the value it gives the step's
 * variable, the words of its option, and whether it requires the observation (the proveído), with
 * the message when it is missing.
 */
public record Desenlace(String valor, String etiqueta, boolean exigeInstruccion, String falta)
    implements Serializable {

  public String mensajeSiFalta() {
    return falta != null
        ? falta
        : "Escriba la observación: es obligatoria si elige «" + etiqueta + "».";
  }
}
