package pe.gob.minem.tramite.signing;

/**
 * An RFC 3161 timestamp authority: in-process (the demo TSA; a test double would not do, the token
 * must be real) or over HTTP ({@link #online}). A TSA that cannot answer throws a {@link
 * SigningException} with reason {@code TIMESTAMP_UNAVAILABLE}. For a fixed TSA over HTTP, giving
 * its URL in {@link SigningConfig} is the same.
 */
public interface TimestampAuthority {

  /** A TSA over HTTP(S), with this connect and read timeout. */
  static TimestampAuthority online(java.net.URI url, java.time.Duration timeout) {
    return new pe.gob.minem.tramite.signing.dss.OnlineTimestampAuthority(url, timeout);
  }

  /**
   * Timestamps a digest.
   *
   * @param digestAlgorithm a JCA name: {@code SHA-256}, {@code SHA-384} or {@code SHA-512}
   * @param digest the digest to timestamp
   * @return the DER-encoded RFC 3161 TimeStampToken (a CMS ContentInfo)
   */
  byte[] timestamp(String digestAlgorithm, byte[] digest);
}
