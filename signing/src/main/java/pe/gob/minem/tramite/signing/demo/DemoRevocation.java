package pe.gob.minem.tramite.signing.demo;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The demo OCSP responder and CRL issuer: answers from the PKI's list of issued and revoked
 * serials.
 */
final class DemoRevocation {

  /** When a serial was revoked, or {@code null} if it was not; empty when it was never issued. */
  interface Status extends Function<BigInteger, java.util.Optional<Instant>> {}

  private final X509Certificate issuing;
  private final X509Certificate ocspCert;
  private final PrivateKey ocspKey;
  private final Status status;

  DemoRevocation(
      X509Certificate issuing, X509Certificate ocspCert, PrivateKey ocspKey, Status status) {
    this.issuing = issuing;
    this.ocspCert = ocspCert;
    this.ocspKey = ocspKey;
    this.status = status;
  }

  /** Answers a DER OCSP request with a signed DER OCSP response. */
  byte[] ocsp(byte[] request) {
    try {
      OCSPReq req = new OCSPReq(request);
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
      X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuing);
      SubjectPublicKeyInfo responderKey =
          SubjectPublicKeyInfo.getInstance(ocspCert.getPublicKey().getEncoded());
      BasicOCSPRespBuilder builder =
          new BasicOCSPRespBuilder(responderKey, digests.get(CertificateID.HASH_SHA1));
      // with milliseconds: fresher than a timestamp made in the same second (TSA times are whole
      // seconds)
      Instant now = Instant.now();
      for (Req one : req.getRequestList()) {
        CertificateID id = one.getCertID();
        CertificateStatus answer;
        if (!id.matchesIssuer(issuerHolder, digests)) {
          answer = new UnknownStatus();
        } else {
          java.util.Optional<Instant> revoked = status.apply(id.getSerialNumber());
          if (revoked == null) {
            answer = new UnknownStatus();
          } else if (revoked.isPresent()) {
            answer = new RevokedStatus(Date.from(revoked.get()), CRLReason.unspecified);
          } else {
            answer = CertificateStatus.GOOD;
          }
        }
        // RFC 6960 4.4.4: the responder keeps the status of expired certificates too
        Extensions archiveCutoff =
            new Extensions(
                new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_archive_cutoff,
                    false,
                    new org.bouncycastle.asn1.ASN1GeneralizedTime(issuing.getNotBefore())
                        .getEncoded()));
        builder.addResponse(
            id, answer, Date.from(now), Date.from(now.plus(Duration.ofHours(1))), archiveCutoff);
      }
      Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (nonce != null) {
        builder.setResponseExtensions(new Extensions(nonce));
      }
      BasicOCSPResp basic =
          builder.build(
              DemoCertificates.signer(ocspKey),
              new X509CertificateHolder[] {new JcaX509CertificateHolder(ocspCert)},
              Date.from(now));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (Exception e) {
      try {
        return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
      } catch (Exception inner) {
        throw new IllegalStateException(inner);
      }
    }
  }

  /** A fresh DER CRL of {@code issuer}, listing {@code revoked} (serial → revocation time). */
  static byte[] crl(
      X509Certificate issuer, PrivateKey issuerKey, Map<BigInteger, Instant> revoked) {
    try {
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(DemoCertificates.subjectOf(issuer), Date.from(now));
      builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
      for (Map.Entry<BigInteger, Instant> entry : revoked.entrySet()) {
        builder.addCRLEntry(entry.getKey(), Date.from(entry.getValue()), CRLReason.unspecified);
      }
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
      builder.addExtension(
          Extension.cRLNumber,
          false,
          new CRLNumber(BigInteger.valueOf(System.currentTimeMillis())));
      return builder.build(DemoCertificates.signer(issuerKey)).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("No se pudo emitir la CRL de demostración", e);
    }
  }

  static boolean isSuccessful(byte[] response) throws java.io.IOException {
    return new OCSPResp(response).getStatus() == OCSPRespBuilder.SUCCESSFUL;
  }
}
