package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;

/** The DSS signature parameters for one signature. */
final class SignatureProfile {

  /** Room for the CMS: the chain, and a signature timestamp with its own chain. */
  private static final int CONTENT_SIZE_B = 12 * 1024;

  private static final int CONTENT_SIZE_T = 24 * 1024;

  private SignatureProfile() {}

  static SignatureLevel dssLevel(PadesLevel level) {
    return switch (level) {
      case B_B -> SignatureLevel.PAdES_BASELINE_B;
      case B_T -> SignatureLevel.PAdES_BASELINE_T;
      case B_LT -> SignatureLevel.PAdES_BASELINE_LT;
      case B_LTA -> SignatureLevel.PAdES_BASELINE_LTA;
    };
  }

  static PAdESSignatureParameters parameters(
      SignatureOptions options, List<X509Certificate> chain, Instant signingTime) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(dssLevel(options.level()));
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
    parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    parameters.setContentSize(options.level() == PadesLevel.B_B ? CONTENT_SIZE_B : CONTENT_SIZE_T);
    parameters.getArchiveTimestampParameters().setContentSize(CONTENT_SIZE_T);
    if (options.motivo() != null) {
      parameters.setReason(options.motivo());
    }
    if (options.lugar() != null) {
      parameters.setLocation(options.lugar());
    }
    parameters.setSignerName(new SubjectNames(chain.get(0)).nombre());
    parameters.setAppName("Tramite MINEM");
    return parameters;
  }

  static PAdESSignatureParameters extension(PadesLevel level) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(dssLevel(level));
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setContentSize(CONTENT_SIZE_T);
    parameters.getSignatureTimestampParameters().setContentSize(CONTENT_SIZE_T);
    parameters.getArchiveTimestampParameters().setContentSize(CONTENT_SIZE_T);
    return parameters;
  }
}
