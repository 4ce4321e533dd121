package pe.gob.minem.tramite.signing;

import pe.gob.minem.tramite.signing.dss.DssValidationService;

/** Validates PAdES signatures (ETSI EN 319 102-1) and renders the reports. Thread-safe. */
public interface ValidationService {

  static ValidationService create(SigningConfig config) {
    return new DssValidationService(config);
  }

  /** Validates every signature of the PDF, with detection of changes made after signing. */
  ValidationReport validate(byte[] pdf);

  /**
   * The same validation and verdicts as {@link #validate(byte[])}, without serialising DSS's simple
   * and detailed reports to XML ({@code simpleReportXml} and {@code detailedReportXml} are {@code
   * null}): for checking a signature just made, where nobody reads them.
   */
  ValidationReport verdicts(byte[] pdf);

  /** A readable PDF of the report, in Spanish. */
  default byte[] renderPdf(ValidationReport report) {
    return renderPdf(report, null);
  }

  /**
   * The same, naming the validated document on its first page ({@code document}: a line the caller
   * composes, e.g. a title and the file's SHA-256; {@code null} for none).
   */
  byte[] renderPdf(ValidationReport report, String document);

  /** Forgets the cached OCSP responses, CRLs and certificates (see SigningService). */
  void clearRevocationCache();
}
