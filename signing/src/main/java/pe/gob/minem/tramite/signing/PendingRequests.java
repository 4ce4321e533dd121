package pe.gob.minem.tramite.signing;

import java.time.Instant;
import java.util.Optional;

/**
 * Where prepared client-side signing requests wait between {@link SigningService#prepare} and
 * {@link SigningService#complete}, as opaque bytes: in this JVM by default ({@link #inMemory()}),
 * or in a store that every node of a cluster shares, so that a request prepared on one node is
 * completed on another.
 */
public interface PendingRequests {

  /** Keeps a request until it is taken or {@code expiresAt} passes. */
  void put(String id, byte[] request, Instant expiresAt);

  /**
   * Removes the request and returns it, atomically: of several callers, on any node, only one gets
   * it. Empty when it never existed, was taken already, or was purged after it expired.
   */
  Optional<byte[]> take(String id);

  /** The default: a map in this JVM, for the command line and a single server. */
  static PendingRequests inMemory() {
    return new InMemoryPendingRequests();
  }
}
