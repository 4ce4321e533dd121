package pe.gob.minem.tramite.application.organizacion;

/** The directory could not answer a login; the message says why, for the audit and the log. */
public class DirectorioNoDisponibleException extends Exception {

  private static final long serialVersionUID = 1L;

  public DirectorioNoDisponibleException(String motivo, Throwable causa) {
    super(motivo, causa);
  }
}
