package pe.gob.minem.tramite.application.aviso;

import java.io.Serializable;
import java.time.Instant;
import pe.gob.minem.tramite.domain.model.ConEtiqueta;

/**
 * One line of the bell (ADR 0036): what happened, in a sentence, with the page it links to ({@code
 * enlace}, relative to the portal's context) and the moment it happened; {@code nuevo} if that
 * moment is after the person last opened the bell. {@code id} is the stored plazo notice's id (the
 * others are read from the workflow and have none).
 */
public record ItemDeAviso(
    Long id,
    Tipo tipo,
    String tipoEtiqueta,
    String texto,
    String enlace,
    String numero,
    String tareaId,
    Instant momento,
    boolean nuevo)
    implements Serializable {

  /** What the line is about. */
  public enum Tipo implements ConEtiqueta {
    TAREA("Tarea"),
    PLAZO_POR_VENCER("Plazo por vencer"),
    PLAZO_VENCIDO("Plazo vencido"),
    ALERTA("Alerta de monitoreo"),
    TICKET("Ticket de la Mesa de Ayuda");

    private final String etiqueta;

    Tipo(String etiqueta) {
      this.etiqueta = etiqueta;
    }

    @Override
    public String etiqueta() {
      return etiqueta;
    }
  }

  static ItemDeAviso de(
      Long id,
      Tipo tipo,
      String texto,
      String enlace,
      String numero,
      String tareaId,
      Instant momento,
      Instant vistoHasta,
      Instant ahora) {
    return new ItemDeAviso(
        id,
        tipo,
        tipo.etiqueta(),
        texto,
        enlace,
        numero,
        tareaId,
        momento,
        esNuevo(momento, vistoHasta, ahora));
  }

  /**
   * After the last look at the bell, and not after now: a moment ahead of the engine's clock (a
   * step made while the tests' clock was moved forward, after it went back) is never new.
   */
  static boolean esNuevo(Instant momento, Instant vistoHasta, Instant ahora) {
    return (vistoHasta == null || momento.isAfter(vistoHasta)) && !momento.isAfter(ahora);
  }
}
