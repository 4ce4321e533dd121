package pe.gob.minem.tramite.domain.model.mesadeayuda;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** What a request is about, chosen at P/OGA-TI-09 act. 1. */
public enum CategoriaDeTicket implements ConEtiqueta {
  HARDWARE("Equipos y periféricos"),
  SOFTWARE("Programas y sistemas"),
  RED("Red e internet"),
  BASE_DE_DATOS("Bases de datos"),
  CUENTAS("Cuentas y accesos"),
  CORREO("Correo electrónico"),
  IMPRESION("Impresión"),
  OTRO("Otro");

  private final String etiqueta;

  CategoriaDeTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** What a person reads. */
  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The constant named {@code codigo} (any case), if any. */
  public static Optional<CategoriaDeTicket> de(String codigo) {
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
        .findFirst();
  }
}
