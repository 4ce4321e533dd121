package pe.gob.minem.tramite.domain.model.equipo;

import java.util.Optional;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/** What kind of equipment an inventory item is. */
public enum TipoDeEquipo implements ConEtiqueta {
  COMPUTADORA_DE_ESCRITORIO("Computadora de escritorio"),
  LAPTOP("Laptop"),
  MONITOR("Monitor"),
  IMPRESORA("Impresora"),
  ESCANER("Escáner"),
  MULTIFUNCIONAL("Multifuncional"),
  SERVIDOR("Servidor"),
  EQUIPO_DE_RED("Equipo de red"),
  TELEFONO_IP("Teléfono IP"),
  PROYECTOR("Proyector"),
  OTRO("Otro");

  private final String etiqueta;

  TipoDeEquipo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  /** The code or the label, as written in a CSV cell or a query parameter. */
  public static Optional<TipoDeEquipo> de(String texto) {
    return Etiquetas.de(TipoDeEquipo.class, texto, TipoDeEquipo::etiqueta);
  }
}
