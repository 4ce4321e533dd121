package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps OCSP responses, CRLs and AIA certificates in memory for a while, so that validating many
 * signatures of the same signers does not ask the same question again. One cache per service
 * instance (no static state). Entries past their time are dropped on the next access.
 */
final class CachingDataLoader implements DataLoader {

  private static final long serialVersionUID = 1L;
  private static final int MAX_ENTRIES = 2_000;

  private final DataLoader delegate;
  private final long ttlNanos;
  private final transient Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(byte[] data, long expiresAt) {}

  CachingDataLoader(DataLoader delegate, Duration ttl) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
  }

  @Override
  public byte[] get(String url) {
    return cached("GET " + url, () -> delegate.get(url));
  }

  @Override
  public DataAndUrl get(List<String> urls) {
    DSSExternalResourceException last = null;
    for (String url : urls) {
      try {
        byte[] data = get(url);
        if (data != null && data.length > 0) {
          return new DataAndUrl(url, data);
        }
      } catch (DSSExternalResourceException e) {
        last = e;
      }
    }
    if (last != null) {
      throw last;
    }
    throw new DSSExternalResourceException("Nothing could be obtained from " + urls);
  }

  @Override
  public byte[] post(String url, byte[] content) {
    return cached("POST " + url + " " + sha256(content), () -> delegate.post(url, content));
  }

  /** Drops every entry (a certificate was just revoked: the next check must ask again). */
  void clear() {
    cache.clear();
  }

  @Override
  public void setContentType(String contentType) {
    delegate.setContentType(contentType);
  }

  private byte[] cached(String key, java.util.function.Supplier<byte[]> load) {
    long now = System.nanoTime();
    Cached hit = cache.get(key);
    if (hit != null && hit.expiresAt - now > 0) {
      return hit.data;
    }
    byte[] data = load.get();
    if (data != null && data.length > 0 && ttlNanos > 0) {
      if (cache.size() >= MAX_ENTRIES) {
        cache.values().removeIf(c -> c.expiresAt - now <= 0);
        if (cache.size() >= MAX_ENTRIES) {
          cache.clear();
        }
      }
      cache.put(key, new Cached(data, now + ttlNanos));
    }
    return data;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
