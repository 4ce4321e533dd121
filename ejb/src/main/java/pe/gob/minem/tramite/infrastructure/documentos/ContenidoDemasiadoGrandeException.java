package pe.gob.minem.tramite.infrastructure.documentos;

import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

public class ContenidoDemasiadoGrandeException extends ReglaIncumplidaException {
  public ContenidoDemasiadoGrandeException(long tamanoMaximo) {
    super(
        "El archivo supera el tamaño máximo permitido de "
            + (tamanoMaximo / (1024 * 1024))
            + " MB.");
  }
}
