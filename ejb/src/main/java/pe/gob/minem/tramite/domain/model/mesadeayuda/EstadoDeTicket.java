package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** Where a ticket stands. */
public enum EstadoDeTicket implements ConEtiqueta {
  REGISTRADO("Registrado"),
  EN_ATENCION("En atención"),
  CERRADO("Cerrado");

  private final String etiqueta;

  EstadoDeTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<EstadoDeTicket> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
