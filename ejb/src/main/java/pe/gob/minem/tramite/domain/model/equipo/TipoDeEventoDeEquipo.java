package pe.gob.minem.tramite.domain.model.equipo;

import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** What happened to an item, as its history lists it. */
public enum TipoDeEventoDeEquipo implements ConEtiqueta {
  REGISTRO("Registro en el inventario"),
  ACTUALIZACION("Actualización de datos"),
  ASIGNACION("Asignación"),
  TICKET("Ticket de mesa de ayuda"),
  MANTENIMIENTO_CORRECTIVO("Mantenimiento correctivo"),
  MANTENIMIENTO_PREVENTIVO("Mantenimiento preventivo"),
  PRESTAMO("Préstamo"),
  GARANTIA("Garantía"),
  BAJA("Baja");

  private final String etiqueta;

  TipoDeEventoDeEquipo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<TipoDeEventoDeEquipo> de(String texto) {
    return Etiquetas.de(TipoDeEventoDeEquipo.class, texto, TipoDeEventoDeEquipo::etiqueta);
  }
}
