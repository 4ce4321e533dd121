package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** How soon the request must be attended. */
public enum PrioridadDeTicket implements ConEtiqueta {
  BAJA("Baja"),
  MEDIA("Media"),
  ALTA("Alta"),
  CRITICA("Crítica");

  private final String etiqueta;

  PrioridadDeTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<PrioridadDeTicket> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
