package pe.gob.minem.tramite.domain.model.expediente;

/**
 * What the secretary types when registering an expediente. The constructor checks every field and
 * says, in Spanish, which one is wrong.
 */
public record DatosDeRegistro(
    String asunto,
    Origen origen,
    Remitente remitente,
    TipoDocumento tipoDocumento,
    String numeroDocumento,
    int folios,
    Prioridad prioridad,
    int plazoDias,
    Confidencialidad confidencialidad) {

  /** Registration data with the default level, {@link Confidencialidad#RESERVADO}. */
  public DatosDeRegistro(
      String asunto,
      Origen origen,
      Remitente remitente,
      TipoDocumento tipoDocumento,
      String numeroDocumento,
      int folios,
      Prioridad prioridad,
      int plazoDias) {
    this(
        asunto,
        origen,
        remitente,
        tipoDocumento,
        numeroDocumento,
        folios,
        prioridad,
        plazoDias,
        Confidencialidad.RESERVADO);
  }

  /** The same data with another sender (the unit's name filled in, for instance). */
  public DatosDeRegistro conRemitente(Remitente otro) {
    return new DatosDeRegistro(
        asunto,
        origen,
        otro,
        tipoDocumento,
        numeroDocumento,
        folios,
        prioridad,
        plazoDias,
        confidencialidad);
  }

  public DatosDeRegistro {
    if (asunto == null || asunto.isBlank()) {
      throw new DatosInvalidosException("asunto", "Indique el asunto del expediente.");
    }
    if (asunto.length() > 500) {
      throw new DatosInvalidosException("asunto", "El asunto no puede pasar de 500 caracteres.");
    }
    if (origen == null) {
      throw new DatosInvalidosException(
          "origen", "Indique el origen: administrado, otra entidad u órgano del ministerio.");
    }
    if (remitente == null) {
      throw new DatosInvalidosException("remitente", "Indique el remitente.");
    }
    if (remitente.esUnidad() && origen != Origen.ORGANO_MINISTERIO) {
      throw new DatosInvalidosException(
          "origen",
          "Un remitente «Unidad del ministerio» corresponde al origen «Órgano del ministerio».");
    }
    if (tipoDocumento == null) {
      throw new DatosInvalidosException("tipoDocumento", "Indique el tipo de documento.");
    }
    if (numeroDocumento == null || numeroDocumento.isBlank()) {
      throw new DatosInvalidosException(
          "numeroDocumento", "Indique el número del documento presentado.");
    }
    if (numeroDocumento.length() > 60) {
      throw new DatosInvalidosException(
          "numeroDocumento", "El número de documento no puede pasar de 60 caracteres.");
    }
    if (folios < 1 || folios > 100_000) {
      throw new DatosInvalidosException(
          "folios", "Los folios deben ser un número entre 1 y 100000.");
    }
    if (prioridad == null) {
      throw new DatosInvalidosException("prioridad", "Indique la prioridad.");
    }
    if (plazoDias < 1 || plazoDias > Expediente.PLAZO_MAXIMO_DIAS) {
      throw new DatosInvalidosException(
          "plazo", "El plazo de atención debe estar entre 1 y 365 días.");
    }
    if (confidencialidad == null) {
      confidencialidad = Confidencialidad.RESERVADO;
    }
    asunto = asunto.trim();
    numeroDocumento = numeroDocumento.trim();
  }
}
