package pe.gob.minem.tramite.signing;

/**
 * An RFC 3161 timestamp authority reached in-process (the demo TSA, a test double would not do: the
 * token must be real). For a TSA over HTTP give its URL in {@link SigningConfig} instead.
 */
public interface TimestampAuthority {

  /**
   * Timestamps a digest.
   *
   * @param digestAlgorithm a JCA name: {@code SHA-256}, {@code SHA-384} or {@code SHA-512}
   * @param digest the digest to timestamp
   * @return the DER-encoded RFC 3161 TimeStampToken (a CMS ContentInfo)
   */
  byte[] timestamp(String digestAlgorithm, byte[] digest);
}
