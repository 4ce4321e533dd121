package pe.gob.minem.tramite.infrastructure.workflow;

/**
 * A step's timer fired (a CDI event, observed in the same transaction): its plazo is about to end
 * ({@link Momento#AVISO}, the holder is told) or has ended ({@link Momento#VENCIMIENTO}, the unit's
 * director is told). Carries the process instance and the task key whose timer it was.
 */
public record PlazoCumplido(Momento momento, String procesoId, String tareaKey, int dias) {

  public enum Momento {
    AVISO,
    VENCIMIENTO
  }
}
