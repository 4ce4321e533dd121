package pe.gob.minem.tramite.archivo.extraccion;

/**
 * The text of a file could not be extracted. The message is Spanish, short and fit for an
 * administrator's list of failed documents (e.g. "Archivo cifrado o protegido con contraseña.");
 * the technical cause, when there is one, is the {@link #getCause() cause}, for the log.
 */
public class ExtraccionFallidaException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the extraction failed. */
  public enum Motivo {
    /** Larger than {@link LimitesDeExtraccion#maxBytes()}. */
    TAMANO(false),
    /**
     * Took longer than {@link LimitesDeExtraccion#tiempoMaximo()}: may pass on a quieter server.
     */
    TIEMPO(true),
    /** A probable decompression bomb: too much text per byte, or too deep a nesting. */
    BOMBA(false),
    /** Encrypted, or protected with a password. */
    CIFRADO(false),
    /** No parser knows the format. */
    FORMATO(false),
    /** Damaged, truncated or malformed. */
    DANADO(false),
    /** Zero bytes. */
    VACIO(false),
    /** Reading the file or writing a temporary file failed (I/O): may pass later. */
    LECTURA(true),
    /** Every worker was busy for {@link LimitesDeExtraccion#tiempoMaximo()}: may pass later. */
    OCUPADO(true),
    /** The calling thread was interrupted while it waited. */
    INTERRUMPIDA(true),
    /** The parser ran out of memory on this file. */
    MEMORIA(false);

    private final boolean reintentable;

    Motivo(boolean reintentable) {
      this.reintentable = reintentable;
    }

    public boolean reintentable() {
      return reintentable;
    }
  }

  private final Motivo motivo;

  public ExtraccionFallidaException(Motivo motivo, String mensaje, Throwable causa) {
    super(mensaje, causa);
    this.motivo = java.util.Objects.requireNonNull(motivo, "motivo");
  }

  public ExtraccionFallidaException(Motivo motivo, String mensaje) {
    this(motivo, mensaje, null);
  }

  public Motivo motivo() {
    return motivo;
  }

  /**
   * Whether trying the same file again later may succeed: yes for timeouts, I/O errors and a busy
   * extractor; no for files that are too large, hostile, damaged, encrypted or of an unknown
   * format.
   */
  public boolean reintentable() {
    return motivo.reintentable();
  }
}
