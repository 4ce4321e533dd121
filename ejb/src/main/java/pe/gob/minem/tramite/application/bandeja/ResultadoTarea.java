package pe.gob.minem.tramite.application.bandeja;

import java.util.HashMap;
import java.util.Map;
import pe.gob.minem.tramite.application.documento.FirmaConToken;
import pe.gob.minem.tramite.application.documento.FirmaExterna;
import pe.gob.minem.tramite.domain.model.paso.EntradaDePaso;

/**
 * What the person sends to complete a step: the values of the fields its declaration asks (by name;
 * a {@code decidir} step's outcome under its variable's name, e.g. {@code decision} CONFORME or
 * CAMBIOS in P/OGA-TI-02 acts. 2 and 9), the instruction or observation (proveído) and, on a
 * signing step, how the person signs: with the server-held demo key unless it carries the client's
 * signature ({@code firmaExterna}) or the PIN of the portal's PKCS#11 token ({@code
 * firmaConToken}). The declaration checks the values (ADR 0013).
 */
public record ResultadoTarea(
    Map<String, String> campos,
    String instruccion,
    FirmaExterna firmaExterna,
    FirmaConToken firmaConToken) {

  public ResultadoTarea {
    campos = campos == null ? Map.of() : Map.copyOf(sinNulos(campos));
  }

  /** Fields and proveído only. */
  public static ResultadoTarea de(Map<String, String> campos, String instruccion) {
    return new ResultadoTarea(campos, instruccion, null, null);
  }

  public EntradaDePaso entrada() {
    return new EntradaDePaso(campos, instruccion);
  }

  private static Map<String, String> sinNulos(Map<String, String> m) {
    Map<String, String> limpio = new HashMap<>();
    m.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            limpio.put(k, v);
          }
        });
    return limpio;
  }
}
