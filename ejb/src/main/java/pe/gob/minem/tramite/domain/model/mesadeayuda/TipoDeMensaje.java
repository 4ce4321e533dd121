package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** An entry of a ticket's thread. */
public enum TipoDeMensaje implements ConEtiqueta {
  CORREO("Correo del usuario"),
  NOTA("Nota de la Mesa de Ayuda"),
  AVISO("Aviso al usuario");

  private final String etiqueta;

  TipoDeMensaje(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<TipoDeMensaje> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
