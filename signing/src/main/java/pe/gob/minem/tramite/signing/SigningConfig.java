package pe.gob.minem.tramite.signing;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Configuration shared by signing and validation. Immutable; build it with {@link #defaults()} and
 * the {@code with*} methods.
 *
 * @param trustAnchors the roots to trust (Peru's IOFE roots in production, the demo root in tests);
 *     see {@link TrustAnchors} to load them from a folder or a keystore
 * @param tsaUrl an RFC 3161 timestamp authority over HTTP, or {@code null}
 * @param timestampAuthority an in-process timestamp authority; wins over {@code tsaUrl}
 * @param offline never fetch revocation data or certificates over the network; validation uses only
 *     what the PDF carries
 * @param revocationCacheTtl how long fetched OCSP responses, CRLs and certificates are reused
 * @param externalSigningTtl how long a pending external signing request stays valid
 * @param networkTimeout connect and read timeout for OCSP, CRL, AIA and TSA requests
 * @param zona the time zone of the visible stamp
 */
public record SigningConfig(
    List<X509Certificate> trustAnchors,
    URI tsaUrl,
    TimestampAuthority timestampAuthority,
    boolean offline,
    Duration revocationCacheTtl,
    Duration externalSigningTtl,
    Duration networkTimeout,
    ZoneId zona) {

  public SigningConfig {
    trustAnchors = List.copyOf(trustAnchors);
  }

  public static SigningConfig defaults() {
    return new SigningConfig(
        List.of(),
        null,
        null,
        false,
        Duration.ofMinutes(5),
        Duration.ofMinutes(5),
        Duration.ofSeconds(10),
        ZoneId.of("America/Lima"));
  }

  public SigningConfig withTrustAnchors(List<X509Certificate> anchors) {
    return new SigningConfig(
        anchors,
        tsaUrl,
        timestampAuthority,
        offline,
        revocationCacheTtl,
        externalSigningTtl,
        networkTimeout,
        zona);
  }

  public SigningConfig withTsaUrl(URI url) {
    return new SigningConfig(
        trustAnchors,
        url,
        timestampAuthority,
        offline,
        revocationCacheTtl,
        externalSigningTtl,
        networkTimeout,
        zona);
  }

  public SigningConfig withTimestampAuthority(TimestampAuthority tsa) {
    return new SigningConfig(
        trustAnchors,
        tsaUrl,
        tsa,
        offline,
        revocationCacheTtl,
        externalSigningTtl,
        networkTimeout,
        zona);
  }

  public SigningConfig withOffline(boolean value) {
    return new SigningConfig(
        trustAnchors,
        tsaUrl,
        timestampAuthority,
        value,
        revocationCacheTtl,
        externalSigningTtl,
        networkTimeout,
        zona);
  }

  public SigningConfig withRevocationCacheTtl(Duration ttl) {
    return new SigningConfig(
        trustAnchors,
        tsaUrl,
        timestampAuthority,
        offline,
        ttl,
        externalSigningTtl,
        networkTimeout,
        zona);
  }

  public SigningConfig withExternalSigningTtl(Duration ttl) {
    return new SigningConfig(
        trustAnchors,
        tsaUrl,
        timestampAuthority,
        offline,
        revocationCacheTtl,
        ttl,
        networkTimeout,
        zona);
  }

  public SigningConfig withZona(ZoneId zone) {
    return new SigningConfig(
        trustAnchors,
        tsaUrl,
        timestampAuthority,
        offline,
        revocationCacheTtl,
        externalSigningTtl,
        networkTimeout,
        zone);
  }

  public boolean hasTimestampAuthority() {
    return timestampAuthority != null || tsaUrl != null;
  }
}
