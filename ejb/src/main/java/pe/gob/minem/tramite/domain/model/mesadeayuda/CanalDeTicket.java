package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** How a request reached the Mesa de Ayuda (P/OGA-TI-09's entrada). */
public enum CanalDeTicket implements ConEtiqueta {
  CORREO("Correo electrónico"),
  TELEFONO("Teléfono"),
  PRESENCIAL("Presencial"),
  MEMORANDUM("Memorándum electrónico");

  private final String etiqueta;

  CanalDeTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<CanalDeTicket> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
