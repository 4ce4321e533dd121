package pe.gob.minem.tramite.infrastructure.respaldo;

/**
 * A backup, restore or verification that cannot go on, with the sentence the operator reads
 * (Spanish): a non-empty target, a missing program, a damaged database file.
 */
public class ErrorDeRespaldo extends RuntimeException {

  public ErrorDeRespaldo(String mensaje) {
    super(mensaje);
  }

  public ErrorDeRespaldo(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
