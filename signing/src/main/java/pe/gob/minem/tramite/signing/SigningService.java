package pe.gob.minem.tramite.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import pe.gob.minem.tramite.signing.dss.DssSigningService;

/**
 * Makes PAdES signatures. One instance per configuration, shared by all threads: it holds no state
 * besides the caches and the pending external requests.
 */
public interface SigningService {

  static SigningService create(SigningConfig config) {
    return new DssSigningService(config, PendingRequests.inMemory());
  }

  /**
   * The same, keeping client-side signing requests between prepare and complete in {@code pending}
   * (a store the nodes of a cluster share).
   */
  static SigningService create(SigningConfig config, PendingRequests pending) {
    return new DssSigningService(config, pending);
  }

  /**
   * Signs a PDF with a server-side key. Refused with a {@link SigningException} when the signer's
   * certificate is expired, not yet valid or revoked (asked to its OCSP responder or CRL before
   * signing, unless offline), when an earlier signature of the PDF is broken, when the level needs
   * a timestamp authority that is not configured or does not answer, or when there is no room left
   * for an automatically placed stamp. {@link SigningException#reason()} tells these apart.
   */
  default byte[] sign(byte[] pdf, SignerKey key, SignatureOptions options) {
    try (Signer signer = open(key)) {
      return signer.sign(pdf, options);
    }
  }

  /** Opens a key once to sign many PDFs. */
  Signer open(SignerKey key);

  /** Raises every signature of the PDF to {@code level} (B-T, B-LT or B-LTA). */
  byte[] extend(byte[] pdf, PadesLevel level);

  /**
   * Step 1 of external signing: computes what the client must sign and keeps the request until it
   * is completed or expires.
   *
   * @param signerChain the client's certificate, then its issuers
   */
  PendingSignature prepare(byte[] pdf, List<X509Certificate> signerChain, SignatureOptions options);

  /**
   * Step 3 of external signing: builds the signed PDF from the client's signature value. The chain
   * must start with the certificate given to {@link #prepare}, and the value must verify with its
   * public key. A request completes once: a second call is refused.
   */
  byte[] complete(String requestId, byte[] signatureValue, List<X509Certificate> signerChain);

  /**
   * Forgets the OCSP responses, CRLs and certificates this service keeps for {@code
   * revocationCacheTtl}: call it when a certificate was just revoked, so that the next signature
   * (which asks whether the signer is revoked) sees it at once.
   */
  void clearRevocationCache();
}
