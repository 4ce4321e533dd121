package pe.gob.minem.tramite.interfaces.seguridad;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each client address made in the current one-minute window: a fixed-window
 * counter, enough to keep one address from turning the public verification (a DSS validation per
 * call) into a denial of service. At most {@link #CLIENTES} addresses are tracked; past that the
 * counters start again (an attacker with that many addresses is a matter for the network).
 */
final class VentanasPorCliente {

  static final int CLIENTES = 100_000;
  private static final long MINUTO = 60_000;
  private static final String SIN_DIRECCION = "(sin dirección)";

  private record Ventana(long inicio, int cuenta) {}

  private final Map<String, Ventana> ventanas = new ConcurrentHashMap<>();
  private final int limitePorMinuto;

  VentanasPorCliente(int limitePorMinuto) {
    this.limitePorMinuto = limitePorMinuto;
  }

  /**
   * What became of a request: {@code espera} 0 when it may go on, otherwise the seconds until its
   * window ends (the Retry-After); {@code primerRechazo} for the first refusal of the window.
   */
  record Turno(long espera, boolean primerRechazo) {}

  /**
   * Counts a request of {@code cliente} at {@code ahora} (ms). A request whose address is unknown
   * ({@code null}: an instance behind the balancer reached directly, without the Proxy-ip header
   * HAProxy sets) counts in one window shared by every such request.
   */
  Turno registrar(String cliente, long ahora) {
    if (ventanas.size() > CLIENTES) {
      ventanas.clear();
    }
    Ventana v =
        ventanas.merge(
            cliente == null ? SIN_DIRECCION : cliente,
            new Ventana(ahora, 1),
            (vieja, nueva) ->
                ahora - vieja.inicio() >= MINUTO
                    ? nueva
                    : new Ventana(vieja.inicio(), vieja.cuenta() + 1));
    if (v.cuenta() <= limitePorMinuto) {
      return new Turno(0, false);
    }
    return new Turno(
        Math.max(1, (v.inicio() + MINUTO - ahora + 999) / 1000), v.cuenta() == limitePorMinuto + 1);
  }
}
