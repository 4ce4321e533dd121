package pe.gob.minem.tramite.domain.model.paso;

import java.util.Map;

/**
 * What a person sends to complete a step: the values of its fields by name (the outcome of a {@code
 * decidir} step under its variable's name) and the proveído. Blank values count as absent.
 */
public record EntradaDePaso(Map<String, String> campos, String instruccion) {

  public EntradaDePaso {
    campos = campos == null ? Map.of() : campos;
  }

  public String valor(String campo) {
    String v = campos.get(campo);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
