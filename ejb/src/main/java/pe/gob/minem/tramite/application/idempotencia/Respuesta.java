package pe.gob.minem.tramite.application.idempotencia;

/**
 * An answer of the API as it is remembered for its Idempotency-Key: status, the created resource's
 * path (relative to the API's base, or null) and the JSON body.
 */
public record Respuesta(int estado, String ubicacion, String cuerpo, boolean repetida) {

  public static Respuesta creada(String ubicacion, String cuerpo) {
    return new Respuesta(201, ubicacion, cuerpo, false);
  }

  public static Respuesta aceptada(String ubicacion, String cuerpo) {
    return new Respuesta(202, ubicacion, cuerpo, false);
  }
}
