package pe.gob.minem.tramite.signing;

import java.time.Instant;

/** One certificate of a signature's chain, signer first. */
public record CertificateInfo(
    String subject,
    String issuer,
    String serialNumber,
    Instant notBefore,
    Instant notAfter,
    boolean trusted,
    String revocationStatus) {}
