package pe.gob.minem.tramite.interfaces.fallas;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;

/**
 * The infrastructure failure under an error, including the ones whose exception is not recognised
 * while the database is failing.
 *
 * <p>When PostgreSQL dies under a request, what reaches the API depends on where the request was:
 * the driver's I/O error, the pool's «connection could not be allocated», the transaction manager's
 * failed commit, a handle the pool has already invalidated («Connection closed»), Flowable's or
 * MyBatis' wrappers, a transaction marked for rollback by a failure caught lower down. {@link
 * FallaDeInfraestructura#de} recognises the ones seen so far; CI met a new one three times (ADR
 * 0044). So an error it does not recognise is also taken for the database down when the database
 * failed under another request less than a minute ago, or when it does not answer now: the client
 * gets 503 with Retry-After (a retry with the same Idempotency-Key is safe) instead of 500, and the
 * exception is logged in full so the next kind can be recognised by name.
 */
public final class CaidaDeLaBaseDeDatos {

  private static final Logger LOG = Logger.getLogger(CaidaDeLaBaseDeDatos.class.getName());

  /** The portal's: the server's monotonic clock, a minute, the portal's data source. */
  public static final CaidaDeLaBaseDeDatos DEL_PORTAL =
      new CaidaDeLaBaseDeDatos(
          System::nanoTime, Duration.ofMinutes(1), CaidaDeLaBaseDeDatos::laBaseResponde);

  private static final long NUNCA = Long.MIN_VALUE;

  private final LongSupplier relojNanos;
  private final long ventanaNanos;
  private final BooleanSupplier baseResponde;
  private final AtomicLong ultimaCaida = new AtomicLong(NUNCA);

  /** A memory with its own clock, window and probe of the database. */
  public CaidaDeLaBaseDeDatos(
      LongSupplier relojNanos, Duration ventana, BooleanSupplier baseResponde) {
    this.relojNanos = relojNanos;
    this.ventanaNanos = ventana.toNanos();
    this.baseResponde = baseResponde;
  }

  /**
   * A recognised infrastructure failure under {@code e} ({@link FallaDeInfraestructura#de}); the
   * database's is remembered for the minute that follows.
   */
  public Optional<FallaDeInfraestructura> reconocida(Throwable e) {
    Optional<FallaDeInfraestructura> falla = FallaDeInfraestructura.de(e);
    if (falla.isPresent() && falla.get() == FallaDeInfraestructura.BASE_DE_DATOS) {
      ultimaCaida.set(relojNanos.getAsLong());
    }
    return falla;
  }

  /**
   * What {@code e} means for the client: a recognised infrastructure failure; or, for an error not
   * recognised and not the client's own (an expired view, a closed connection to the browser), the
   * database down if it failed a moment ago or does not answer now; or nothing (a 500: a defect,
   * logged by the caller).
   */
  public Optional<FallaDeInfraestructura> de(Throwable e) {
    Optional<FallaDeInfraestructura> falla = reconocida(e);
    if (falla.isPresent() || delCliente(e)) {
      return falla;
    }
    boolean reciente = reciente();
    if (!reciente && baseResponde.getAsBoolean()) {
      return Optional.empty();
    }
    ultimaCaida.set(relojNanos.getAsLong());
    LOG.log(
        Level.WARNING,
        e,
        () ->
            "Error no reconocido "
                + (reciente
                    ? "menos de un minuto después de una caída de la base de datos"
                    : "con la base de datos sin responder")
                + "; se responde como base de datos no disponible");
    return Optional.of(FallaDeInfraestructura.BASE_DE_DATOS);
  }

  /** An expired JSF view, or the client gone before the answer: not the database's doing. */
  static boolean delCliente(Throwable e) {
    for (Throwable t : CausaDeNegocio.cadena(e)) {
      String n = t.getClass().getName();
      if (n.endsWith(".ViewExpiredException") || n.endsWith(".ClientAbortException")) {
        return true;
      }
    }
    return false;
  }

  private boolean reciente() {
    long t = ultimaCaida.get();
    return t != NUNCA && relojNanos.getAsLong() - t < ventanaNanos;
  }

  /** A connection from the portal's pool that answers within two seconds. */
  static boolean laBaseResponde() {
    try {
      var ds = (DataSource) new InitialContext().lookup("java:app/jdbc/tramite");
      try (var c = ds.getConnection()) {
        return c.isValid(2);
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "la base de datos no responde", e);
      return false;
    }
  }
}
