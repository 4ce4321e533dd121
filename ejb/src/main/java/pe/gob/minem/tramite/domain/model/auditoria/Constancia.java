package pe.gob.minem.tramite.domain.model.auditoria;

import java.time.Instant;

/**
 * What a checkpoint's signed PDF turned out to be: the checkpoint it states (id, place, hash, date)
 * when the portal's seal signed it and nobody changed it since, or why it cannot be believed.
 *
 * @param motivo why it is not valid (Spanish, for a person), or null when it is or is missing
 */
public record Constancia(
    Estado estado, Long id, Long secuencia, String hash, Instant fecha, String motivo) {

  /** Whether the PDF was found, and believed. */
  public enum Estado {
    VALIDA,
    FALTA,
    NO_VALIDA
  }

  public static Constancia valida(long id, long secuencia, String hash, Instant fecha) {
    return new Constancia(Estado.VALIDA, id, secuencia, hash, fecha, null);
  }

  public static Constancia falta() {
    return new Constancia(Estado.FALTA, null, null, null, null, null);
  }

  public static Constancia noValida(String motivo) {
    return new Constancia(Estado.NO_VALIDA, null, null, null, null, motivo);
  }

  public boolean esValida() {
    return estado == Estado.VALIDA;
  }
}
