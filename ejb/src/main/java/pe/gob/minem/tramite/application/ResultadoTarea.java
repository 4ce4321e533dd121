package pe.gob.minem.tramite.application;

import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * What the person decides when completing a step: the unit chosen (TI-01 act. 2), the responsable
 * named (TI-01 act. 5), the decision of a review (TI-02 acts. 2 and 9: CONFORME or CAMBIOS),
 * whether legal review applies (TI-02 act. 7) and, always optional except when asking for changes,
 * an instruction or observation (proveído). A signing step (TI-02 acts. 5, 8, 11, 12) signs with
 * the person's server-held demo key unless it carries the client's signature ({@code firmaExterna})
 * or the PIN of the portal's PKCS#11 token ({@code firmaConToken}).
 */
public record ResultadoTarea(
    String unidad,
    String responsable,
    String instruccion,
    String decision,
    Boolean revisionLegal,
    FirmaExterna firmaExterna,
    FirmaConToken firmaConToken) {

  public static final String CONFORME = "CONFORME";
  public static final String CAMBIOS = "CAMBIOS";

  public ResultadoTarea {
    if (instruccion != null && instruccion.length() > 1000) {
      throw new DatosInvalidosException(
          "instruccion", "La instrucción (proveído) no puede pasar de 1000 caracteres.");
    }
    unidad = vacioANulo(unidad);
    responsable = vacioANulo(responsable);
    instruccion = vacioANulo(instruccion);
    decision = vacioANulo(decision) == null ? null : decision.strip().toUpperCase();
    if (decision != null && !decision.equals(CONFORME) && !decision.equals(CAMBIOS)) {
      throw new DatosInvalidosException("decision", "La decisión debe ser CONFORME o CAMBIOS.");
    }
  }

  public ResultadoTarea(String unidad, String responsable, String instruccion) {
    this(unidad, responsable, instruccion, null, null, null, null);
  }

  public ResultadoTarea(
      String unidad,
      String responsable,
      String instruccion,
      String decision,
      Boolean revisionLegal) {
    this(unidad, responsable, instruccion, decision, revisionLegal, null, null);
  }

  private static String vacioANulo(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
