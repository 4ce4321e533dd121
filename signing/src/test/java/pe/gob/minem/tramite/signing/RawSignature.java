package pe.gob.minem.tramite.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.security.KeyStore.PasswordProtection;
import java.time.Instant;
import java.util.Date;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * Makes a B-B signature with DSS directly, past the checks the module's signing service makes (it
 * refuses expired and not-yet-valid keys): how a careless tool would sign, for validation tests.
 */
final class RawSignature {

  private RawSignature() {}

  static byte[] signB(byte[] pdf, IssuedPerson person, Instant claimedSigningTime)
      throws Exception {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
    verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
    PAdESService service = new PAdESService(verifier);
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(person.pkcs12(), new PasswordProtection(person.password()))) {
      DSSPrivateKeyEntry key = token.getKeys().get(0);
      PAdESSignatureParameters parameters = new PAdESSignatureParameters();
      parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
      parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
      parameters.setSigningCertificate(key.getCertificate());
      parameters.setCertificateChain(key.getCertificateChain());
      parameters.bLevel().setSigningDate(Date.from(claimedSigningTime));
      DSSDocument document = new InMemoryDocument(pdf);
      ToBeSigned data = service.getDataToSign(document, parameters);
      SignatureValue value = token.sign(data, parameters.getDigestAlgorithm(), key);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      service.signDocument(document, parameters, value).writeTo(out);
      return out.toByteArray();
    }
  }
}
