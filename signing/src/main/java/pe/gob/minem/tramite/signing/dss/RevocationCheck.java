package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pe.gob.minem.tramite.signing.SigningException;

/**
 * Before signing: asks the OCSP responder (then the CRL) of the signer's CA whether the signer's
 * certificate is revoked, and refuses at once if it is, with the date in words a person can act on.
 * Without an answer it lets the signature go on: a level that embeds revocation data (B-LT and
 * above) fails later without it, and the validation of the result judges the rest. Only a "revoked"
 * answer decides here, so a forged or stale "good" cannot let a signature through that validation
 * would not also accept.
 */
final class RevocationCheck {

  private static final Logger LOG = LoggerFactory.getLogger(RevocationCheck.class);

  private RevocationCheck() {}

  static void refuseIfRevoked(
      CertificateVerifier verifier, List<X509Certificate> chain, ZoneId zona) {
    if (chain.size() < 2) {
      return;
    }
    CertificateToken certificate = new CertificateToken(chain.get(0));
    CertificateToken issuer = new CertificateToken(chain.get(1));
    if (!certificate.isSignedBy(issuer)) {
      return;
    }
    RevocationToken<?> token = ask(verifier.getOcspSource(), certificate, issuer);
    if (token == null || token.getStatus() == null || !token.getStatus().isKnown()) {
      token = ask(verifier.getCrlSource(), certificate, issuer);
    }
    if (token != null && token.getStatus() != null && token.getStatus().isRevoked()) {
      throw new SigningException(
          SigningException.Reason.CERTIFICATE_REVOKED,
          "El certificado de firma de "
              + new SubjectNames(chain.get(0)).nombre()
              + " (serie "
              + chain.get(0).getSerialNumber().toString(16)
              + ") está revocado"
              + (token.getRevocationDate() == null
                  ? ""
                  : " desde el " + Fechas.texto(token.getRevocationDate().toInstant(), zona))
              + ": ya no se puede firmar con él. Pida un certificado nuevo.");
    }
  }

  private static RevocationToken<?> ask(
      RevocationSource<?> source, CertificateToken certificate, CertificateToken issuer) {
    if (source == null) {
      return null;
    }
    try {
      return source.getRevocationToken(certificate, issuer);
    } catch (RuntimeException e) {
      LOG.debug(
          "Sin respuesta de revocación de {}: {}", source.getClass().getSimpleName(), e.toString());
      return null;
    }
  }
}
