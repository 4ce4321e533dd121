package pe.gob.minem.tramite.domain.model.equipo;

import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** Whether an item is in use, being repaired, lent in place of another, or written off. */
public enum EstadoDeEquipo implements ConEtiqueta {
  OPERATIVO("Operativo"),
  EN_REPARACION("En reparación"),
  EN_PRESTAMO("Equipo de préstamo asignado"),
  DADO_DE_BAJA("Dado de baja");

  private final String etiqueta;

  EstadoDeEquipo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<EstadoDeEquipo> de(String texto) {
    return Etiquetas.de(EstadoDeEquipo.class, texto, EstadoDeEquipo::etiqueta);
  }
}
