package pe.gob.minem.tramite.application.tramiteinterno;

import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/**
 * What a unit's person asks when sending a document to another unit (ADR 0037): which document, in
 * the name of which unit, to which unit; priority, plazo, folios and confidentiality are optional.
 * The constructor checks what needs no database and says, in Spanish, what is wrong.
 */
public record EnvioInterno(
    Long documentoId,
    String unidadOrigen,
    String unidadDestino,
    Prioridad prioridad,
    Integer plazo,
    Integer folios,
    Confidencialidad confidencialidad) {

  /** The plazo when none is given: the mesa de partes' usual one. */
  public static final int PLAZO_POR_DEFECTO = 15;

  public EnvioInterno {
    if (documentoId == null) {
      throw new DatosInvalidosException("documento", "Indique el documento que se envía.");
    }
    if (unidadOrigen == null || unidadOrigen.isBlank()) {
      throw new DatosInvalidosException(
          "unidadOrigen", "Indique la unidad en cuyo nombre se envía el documento.");
    }
    if (unidadDestino == null || unidadDestino.isBlank()) {
      throw new DatosInvalidosException(
          "unidadDestino", "Elija la unidad a la que se envía el documento.");
    }
    unidadOrigen = unidadOrigen.strip().toUpperCase();
    unidadDestino = unidadDestino.strip().toUpperCase();
    if (unidadOrigen.equals(unidadDestino)) {
      throw new DatosInvalidosException(
          "unidadDestino", "La unidad de destino debe ser distinta de la unidad que envía.");
    }
    if (plazo != null && (plazo < 1 || plazo > Expediente.PLAZO_MAXIMO_DIAS)) {
      throw new DatosInvalidosException(
          "plazo", "El plazo de atención debe estar entre 1 y 365 días.");
    }
    if (folios != null && (folios < 1 || folios > 100_000)) {
      throw new DatosInvalidosException(
          "folios", "Los folios deben ser un número entre 1 y 100000.");
    }
  }

  Prioridad prioridadONormal() {
    return prioridad == null ? Prioridad.NORMAL : prioridad;
  }

  int plazoODefecto() {
    return plazo == null ? PLAZO_POR_DEFECTO : plazo;
  }

  int foliosOUno() {
    return folios == null ? 1 : folios;
  }

  Confidencialidad confidencialidadO(Confidencialidad delDocumento) {
    return confidencialidad == null ? delDocumento : confidencialidad;
  }

  /** How the registry names the kind of a drafted document. */
  public static TipoDocumento tipoDeExpediente(TipoDocumentoInterno tipo) {
    return switch (tipo) {
      case OFICIO -> TipoDocumento.OFICIO;
      case MEMORANDO -> TipoDocumento.MEMORANDO;
      case INFORME_TECNICO -> TipoDocumento.INFORME;
      case SOLICITUD -> TipoDocumento.SOLICITUD;
      default -> TipoDocumento.OTRO;
    };
  }

  /** "Memorando N° 003-2026-MINEM-OGA-OTI.pdf" → "Memorando N° 003-2026-MINEM-OGA-OTI". */
  static String numeroDelDocumento(String nombreDeArchivo) {
    String n = nombreDeArchivo.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").strip();
    if (n.isEmpty()) {
      n = "s/n";
    }
    return n.length() > 60 ? n.substring(0, 60) : n;
  }
}
