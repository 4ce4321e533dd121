package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pdf.IPdfObjFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.TimestampAuthority;

/**
 * Everything DSS needs for one {@link SigningConfig}: the certificate verifier with its trust
 * anchors and (cached) revocation sources, the timestamp source, the validation policy and the PDF
 * object factories. Built once per service; DSS's verifier and sources are thread-safe once
 * configured.
 */
final class DssContext {

  private static final String POLICY = "politica-validacion.xml";

  final SigningConfig config;
  final CertificateVerifier verifier;
  final TSPSource tspSource;
  final ValidationPolicy policy;

  /** The caches behind the OCSP, CRL and AIA sources (empty when offline). */
  private final List<CachingDataLoader> caches = new ArrayList<>();

  DssContext(SigningConfig config) {
    this(config, config.trustAnchors());
  }

  DssContext(SigningConfig config, List<X509Certificate> anchors) {
    this.config = config;
    this.verifier = verifier(config, anchors, caches);
    this.tspSource = tspSource(config);
    this.policy = loadPolicy();
  }

  /** Forgets every cached OCSP response, CRL and certificate: the next check asks again. */
  void clearRevocationCache() {
    caches.forEach(CachingDataLoader::clear);
  }

  /** For signing: draws visible stamps with native PDF text, so that the text stays text. */
  IPdfObjFactory signingObjFactory() {
    PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory();
    factory.setPdfDifferencesFinder(new PageFingerprintDifferencesFinder());
    return factory;
  }

  /** For validation: DSS's checks, with the fast per-page comparison of changes after signing. */
  IPdfObjFactory validationObjFactory() {
    PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
    factory.setPdfDifferencesFinder(new PageFingerprintDifferencesFinder());
    return factory;
  }

  private static CertificateVerifier verifier(
      SigningConfig config, List<X509Certificate> anchors, List<CachingDataLoader> caches) {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    for (X509Certificate anchor : anchors) {
      trusted.addCertificate(new CertificateToken(anchor));
    }
    verifier.setTrustedCertSources(trusted);
    if (config.offline()) {
      verifier.setOcspSource(null);
      verifier.setCrlSource(null);
      verifier.setAIASource(null);
    } else {
      int timeout = (int) config.networkTimeout().toMillis();
      OCSPDataLoader ocspLoader = new OCSPDataLoader();
      timeouts(ocspLoader, timeout);
      CommonsDataLoader loader = new CommonsDataLoader();
      timeouts(loader, timeout);
      CachingDataLoader cachedOcsp = new CachingDataLoader(ocspLoader, config.revocationCacheTtl());
      CachingDataLoader cached = new CachingDataLoader(loader, config.revocationCacheTtl());
      caches.add(cachedOcsp);
      caches.add(cached);
      verifier.setOcspSource(new OnlineOCSPSource(cachedOcsp));
      verifier.setCrlSource(new OnlineCRLSource(cached));
      verifier.setAIASource(new DefaultAIASource(cached));
    }
    return verifier;
  }

  private static void timeouts(CommonsDataLoader loader, int millis) {
    loader.setTimeoutConnection(millis);
    loader.setTimeoutConnectionRequest(millis);
    loader.setTimeoutResponse(millis);
    loader.setTimeoutSocket(millis);
  }

  private static TSPSource tspSource(SigningConfig config) {
    if (config.timestampAuthority() != null) {
      return new AuthorityTspSource(config.timestampAuthority());
    }
    if (config.tsaUrl() != null) {
      return new AuthorityTspSource(
          new OnlineTimestampAuthority(config.tsaUrl(), config.networkTimeout()));
    }
    return null;
  }

  static void timeouts(CommonsDataLoader loader, Duration timeout) {
    timeouts(loader, (int) timeout.toMillis());
  }

  private static ValidationPolicy loadPolicy() {
    try (InputStream in = DssContext.class.getResourceAsStream(POLICY)) {
      return ValidationPolicyLoader.fromValidationPolicy(new InMemoryDocument(in.readAllBytes()))
          .create();
    } catch (IOException | RuntimeException e) {
      throw new SigningException("No se pudo cargar la política de validación", e);
    }
  }

  /**
   * Adapts the public {@link TimestampAuthority} to DSS. Whatever keeps the authority from
   * answering is a {@link SigningException} with reason {@code TIMESTAMP_UNAVAILABLE}, so that the
   * caller can say "try again later" instead of "the document is wrong".
   */
  private record AuthorityTspSource(TimestampAuthority authority) implements TSPSource {
    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
      byte[] token;
      try {
        token = authority.timestamp(digestAlgorithm.getJavaName(), digest);
      } catch (SigningException e) {
        throw e.reason() == SigningException.Reason.TIMESTAMP_UNAVAILABLE
            ? e
            : new SigningException(
                SigningException.Reason.TIMESTAMP_UNAVAILABLE, e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new SigningException(
            SigningException.Reason.TIMESTAMP_UNAVAILABLE,
            "La autoridad de sellado de tiempo no pudo sellar: " + e.getMessage(),
            e);
      }
      if (token == null || token.length == 0) {
        throw new SigningException(
            SigningException.Reason.TIMESTAMP_UNAVAILABLE,
            "La autoridad de sellado de tiempo no devolvió ningún sello");
      }
      return new TimestampBinary(token);
    }
  }
}
