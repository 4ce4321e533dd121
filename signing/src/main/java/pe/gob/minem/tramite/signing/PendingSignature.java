package pe.gob.minem.tramite.signing;

import java.time.Instant;

/**
 * The first step of external (client-side) signing: what the client must sign.
 *
 * @param id the request id to give back to {@link SigningService#complete}
 * @param dataToSign the DER signed attributes; sign them with {@code signatureAlgorithm}
 * @param digestAlgorithm {@code SHA-256}
 * @param digest the digest of {@code dataToSign}, for clients that sign a raw digest (e.g. a card
 *     with PKCS#1 v1.5 over a DigestInfo)
 * @param signatureAlgorithm the JCA name of the expected signature: {@code SHA256withRSA} or {@code
 *     SHA256withECDSA}
 * @param expiresAt after this instant the request is refused
 */
public record PendingSignature(
    String id,
    byte[] dataToSign,
    String digestAlgorithm,
    byte[] digest,
    String signatureAlgorithm,
    Instant expiresAt) {}
