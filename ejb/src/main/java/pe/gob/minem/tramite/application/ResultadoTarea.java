package pe.gob.minem.tramite.application;

import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * What the person decides when completing a step: the unit chosen (act. 2), the responsable named
 * (act. 5) and, always optional, an instruction (proveído).
 */
public record ResultadoTarea(String unidad, String responsable, String instruccion) {
  public ResultadoTarea {
    if (instruccion != null && instruccion.length() > 1000) {
      throw new DatosInvalidosException(
          "instruccion", "La instrucción (proveído) no puede pasar de 1000 caracteres.");
    }
    unidad = vacioANulo(unidad);
    responsable = vacioANulo(responsable);
    instruccion = vacioANulo(instruccion);
  }

  private static String vacioANulo(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
