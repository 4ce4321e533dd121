package pe.gob.minem.tramite.application.documento;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client-side signing requests in flight: which task, person and exact version each was prepared
 * for, so that completing one signs only that version, for that person, once. (The signing module
 * keeps the data to sign; requests expire there too.)
 */
@ApplicationScoped
public class SolicitudesDeFirma {

  /** What a request was prepared for. */
  public record Pendiente(String tareaId, String usuario, String sha256Version, Instant expira) {}

  private final Map<String, Pendiente> pendientes = new ConcurrentHashMap<>();

  public void registrar(String solicitud, Pendiente p) {
    Instant ahora = Instant.now();
    pendientes.values().removeIf(x -> x.expira().isBefore(ahora));
    pendientes.put(solicitud, p);
  }

  /** Takes the request out (a second completion finds nothing). */
  public Pendiente tomar(String solicitud) {
    return solicitud == null ? null : pendientes.remove(solicitud);
  }

  /** Puts a request back when the completion failed before signing, so it can be retried. */
  public void devolver(String solicitud, Pendiente p) {
    if (p.expira().isAfter(Instant.now())) {
      pendientes.put(solicitud, p);
    }
  }
}
