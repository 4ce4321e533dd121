package pe.gob.minem.tramite.signing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PendingRequests} in a map of this JVM; expired requests are purged on each put. */
final class InMemoryPendingRequests implements PendingRequests {

  private record Entry(byte[] request, Instant expiresAt) {}

  private final Map<String, Entry> open = new ConcurrentHashMap<>();

  @Override
  public void put(String id, byte[] request, Instant expiresAt) {
    Instant now = Instant.now();
    open.values().removeIf(e -> now.isAfter(e.expiresAt()));
    open.put(id, new Entry(request.clone(), expiresAt));
  }

  @Override
  public Optional<byte[]> take(String id) {
    Entry e = id == null ? null : open.remove(id);
    return e == null ? Optional.empty() : Optional.of(e.request());
  }
}
