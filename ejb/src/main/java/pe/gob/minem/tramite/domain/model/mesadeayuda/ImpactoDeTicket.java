package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** Whom the problem affects. */
public enum ImpactoDeTicket implements ConEtiqueta {
  USUARIO("Un usuario"),
  AREA("Un área"),
  INSTITUCION("Toda la institución");

  private final String etiqueta;

  ImpactoDeTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<ImpactoDeTicket> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
