package pe.gob.minem.tramite.interfaces.rest;

import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/** The JSON part {@code expediente} of {@code POST /api/v1/expedientes}. */
public class ExpedienteNuevo {
  public String asunto;
  public String origen;
  public RemitenteNuevo remitente;
  public String tipoDocumento;
  public String numeroDocumento;
  public Integer folios;
  public String prioridad;
  public Integer plazo;

  /** PUBLICO, RESERVADO (default) or CONFIDENCIAL (ADR 0011). */
  public String confidencialidad;

  /**
   * {@code tipoDocumento} DNI or RUC with its {@code numeroDocumento}, or UNIDAD (a unit of the
   * ministry, ADR 0037) with the unit's code in {@code unidad}, the signer in {@code nombre} and
   * his {@code cargo}.
   */
  public static class RemitenteNuevo {
    public String nombre;
    public String tipoDocumento;
    public String numeroDocumento;
    public String unidad;
    public String cargo;
  }

  /** The sender kind of a unit of the ministry. */
  static final String UNIDAD = "UNIDAD";

  DatosDeRegistro comoDatos() {
    if (remitente == null) {
      throw new DatosInvalidosException("remitente", "Indique el remitente.");
    }
    Remitente r;
    if (remitente.tipoDocumento != null
        && UNIDAD.equalsIgnoreCase(remitente.tipoDocumento.strip())) {
      r = Remitente.deUnidad(remitente.unidad, remitente.nombre, remitente.cargo);
    } else {
      r =
          new Remitente(
              remitente.nombre,
              valor(
                  Remitente.TipoDocumentoIdentidad.class,
                  remitente.tipoDocumento,
                  "remitente.tipoDocumento",
                  "DNI, RUC o UNIDAD"),
              remitente.numeroDocumento);
    }
    return new DatosDeRegistro(
        asunto,
        valor(Origen.class, origen, "origen", "ADMINISTRADO, ENTIDAD u ORGANO_MINISTERIO"),
        r,
        valor(
            TipoDocumento.class,
            tipoDocumento,
            "tipoDocumento",
            "SOLICITUD, OFICIO, CARTA, MEMORANDO, INFORME u OTRO"),
        numeroDocumento,
        folios == null ? 0 : folios,
        prioridad == null
            ? Prioridad.NORMAL
            : valor(Prioridad.class, prioridad, "prioridad", "NORMAL, URGENTE o MUY_URGENTE"),
        plazo == null ? 0 : plazo,
        confidencialidad == null || confidencialidad.isBlank()
            ? Confidencialidad.RESERVADO
            : valor(
                Confidencialidad.class,
                confidencialidad,
                "confidencialidad",
                "PUBLICO, RESERVADO o CONFIDENCIAL"));
  }

  static <E extends Enum<E>> E valor(Class<E> tipo, String texto, String campo, String admitidos) {
    if (texto == null || texto.isBlank()) {
      throw new DatosInvalidosException(campo, "Indique " + campo + " (" + admitidos + ").");
    }
    try {
      return Enum.valueOf(tipo, texto.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(
          campo, "Valor no válido para " + campo + ": admite " + admitidos + ".");
    }
  }
}
