package pe.gob.minem.tramite.infrastructure.firma;

import java.net.URI;
import java.time.Duration;
import pe.gob.minem.tramite.signing.TimestampAuthority;

/**
 * The portal's timestamp authority: the one configured ({@code tramite.firma.tsa}, or the demo
 * PKI's), or, in demo mode only and until restored, another URL an administrator chose to show or
 * test what happens when the TSA cannot be reached. Thread-safe: a switch applies to the next
 * timestamp.
 */
final class AutoridadDeSellado implements TimestampAuthority {

  /** What timestamps the portal's signatures now. */
  record Estado(String descripcion, boolean cambiada) {}

  private static final Duration ESPERA = Duration.ofSeconds(10);

  private final TimestampAuthority configurada;
  private final String descripcionConfigurada;
  private volatile TimestampAuthority actual;
  private volatile Estado estado;

  AutoridadDeSellado(TimestampAuthority configurada, String descripcion) {
    this.configurada = configurada;
    this.descripcionConfigurada = descripcion;
    restablecer();
  }

  @Override
  public byte[] timestamp(String digestAlgorithm, byte[] digest) {
    return actual.timestamp(digestAlgorithm, digest);
  }

  void cambiarA(URI url) {
    TimestampAuthority otra = TimestampAuthority.online(url, ESPERA);
    synchronized (this) {
      actual = otra;
      estado = new Estado(url.toString(), true);
    }
  }

  synchronized void restablecer() {
    actual = configurada;
    estado = new Estado(descripcionConfigurada, false);
  }

  Estado estado() {
    return estado;
  }
}
