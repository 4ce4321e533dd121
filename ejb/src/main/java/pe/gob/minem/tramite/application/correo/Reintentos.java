package pe.gob.minem.tramite.application.correo;

import java.time.Duration;

/**
 * The exponential back-off of a mail that could not be sent: the base after the first failure,
 * doubling with each one, never more than the maximum; after the last allowed attempt, none.
 */
public record Reintentos(Duration base, Duration maximo, int intentosMaximos) {

  public Reintentos {
    if (base.isNegative() || base.isZero() || maximo.compareTo(base) < 0 || intentosMaximos < 1) {
      throw new IllegalArgumentException("reintentos mal configurados: " + base + ", " + maximo);
    }
  }

  /** How long to wait after the {@code intentos}-th failed attempt (1 for the first). */
  public Duration espera(int intentos) {
    Duration d = base;
    for (int i = 1; i < intentos && d.compareTo(maximo) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maximo) > 0 ? maximo : d;
  }

  /** Whether a mail that failed {@code intentos} times is given up. */
  public boolean agotados(int intentos) {
    return intentos >= intentosMaximos;
  }
}
