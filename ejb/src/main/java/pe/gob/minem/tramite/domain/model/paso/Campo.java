package pe.gob.minem.tramite.domain.model.paso;

import java.io.Serializable;
import java.util.List;

/**
 * An input a step declares ({@code <mapro:campo>}): its name in the form and the API, its kind, the
 * label the page shows, whether it is required (and the message when it is missing), its maximum
 * length, its options (kind {@code opcion}) and the process variable its value goes to, if any. The
 * name {@code instruccion} is the proveído every step has: declaring it changes its label and may
 * make it required.
 */
public record Campo(
    String nombre,
    TipoDeCampo tipo,
    String etiqueta,
    boolean requerido,
    String falta,
    int maximo,
    List<Opcion> opciones,
    String variable,
    String ayuda)
    implements Serializable {

  public static final String INSTRUCCION = "instruccion";

  public Campo {
    opciones = opciones == null ? List.of() : List.copyOf(opciones);
  }

  /** A value the person may choose and the words the page shows for it. */
  public record Opcion(String valor, String etiqueta) implements Serializable {}

  /** The message when a required value is missing. */
  public String mensajeSiFalta() {
    return falta != null ? falta : "Complete el campo «" + etiqueta + "».";
  }
}
