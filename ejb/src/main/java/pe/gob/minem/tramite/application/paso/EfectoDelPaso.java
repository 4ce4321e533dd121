package pe.gob.minem.tramite.application.paso;

/**
 * What a handler says of the step it ran, for the hoja de ruta: what happened, to whom or where it
 * went (in words), the unit and person it went to (codes), and the process variables it sets beyond
 * the declared ones. A declaration's {@code descripcion} and {@code destino} take precedence.
 */
public record EfectoDelPaso(
    String descripcion,
    String destino,
    String unidadDestino,
    String personaDestino,
    java.util.Map<String, Object> variables) {

  public static final EfectoDelPaso NINGUNO = new EfectoDelPaso(null, null, null, null, null);

  public static EfectoDelPaso descrito(String descripcion) {
    return new EfectoDelPaso(descripcion, null, null, null, null);
  }

  public static EfectoDelPaso hacia(String descripcion, String destino) {
    return new EfectoDelPaso(descripcion, destino, null, null, null);
  }

  public EfectoDelPaso {
    variables = variables == null ? java.util.Map.of() : variables;
  }
}
