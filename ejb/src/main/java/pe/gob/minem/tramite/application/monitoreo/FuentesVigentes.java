package pe.gob.minem.tramite.application.monitoreo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.monitoreo.FuenteDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

/**
 * The monitoring sources as the webhook checks tokens against them, read from the database at most
 * once per {@code tramite.monitoreo.fuentes-vigencia} (default 5 s) instead of once per alert (ADR
 * 0028, «Rendimiento»). A change made on this node (new source, rotated token, deactivation) clears
 * it when its transaction ends, so it counts here at once; another node sees it within the
 * vigencia. Refusals are never remembered: an unknown token is looked up again every time.
 */
@ApplicationScoped
public class FuentesVigentes {

  /** What the webhook compares: the token's hash and what the source is. */
  public record Fuente(
      Long id, String codigo, TipoDeFuente tipo, String tokenSha256, boolean activa) {
    static Fuente de(FuenteDeMonitoreo f) {
      return new Fuente(f.getId(), f.getCodigo(), f.getTipo(), f.getTokenSha256(), f.isActiva());
    }
  }

  private record Lectura(List<Fuente> fuentes, Instant hasta) {}

  @Inject
  @ConfigProperty(name = "tramite.monitoreo.fuentes-vigencia", defaultValue = "PT5S")
  Duration vigencia;

  private volatile Lectura lectura;

  /** The sources read at most {@code vigencia} ago, else read now through {@code leer}. */
  public List<Fuente> fuentes(Supplier<List<FuenteDeMonitoreo>> leer, Instant ahora) {
    Lectura l = lectura;
    if (l != null && ahora.isBefore(l.hasta())) {
      return l.fuentes();
    }
    return releer(leer, ahora);
  }

  /** The sources read now (and kept for the next calls). */
  public List<Fuente> releer(Supplier<List<FuenteDeMonitoreo>> leer, Instant ahora) {
    List<Fuente> leidas = leer.get().stream().map(Fuente::de).toList();
    if (!vigencia.isZero() && !vigencia.isNegative()) {
      lectura = new Lectura(leidas, ahora.plus(vigencia));
    }
    return leidas;
  }

  /** Forget what was read: the next call reads the database. */
  public void olvidar() {
    lectura = null;
  }
}
