package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.ValidationReport;
import pe.gob.minem.tramite.signing.ValidationService;
import pe.gob.minem.tramite.signing.pdf.ReportPdf;

/**
 * {@link ValidationService} on DSS's PDF validator, with the module's validation policy (DSS's
 * default, with every change after signing counted as a failure) and DSS's detection of changes
 * after signing, made fast by skipping the rendering of pages that provably did not change.
 */
public final class DssValidationService implements ValidationService {

  private final DssContext context;

  public DssValidationService(SigningConfig config) {
    this(new DssContext(config));
  }

  DssValidationService(DssContext context) {
    this.context = context;
  }

  @Override
  public ValidationReport validate(byte[] pdf) {
    BouncyCastle.ensureRegistered();
    return validate(pdf, true);
  }

  @Override
  public ValidationReport verdicts(byte[] pdf) {
    BouncyCastle.ensureRegistered();
    return validate(pdf, false);
  }

  @Override
  public void clearRevocationCache() {
    context.clearRevocationCache();
  }

  private ValidationReport validate(byte[] pdf, boolean xmlReports) {
    if (pdf == null
        || pdf.length < 5
        || pdf[0] != '%'
        || pdf[1] != 'P'
        || pdf[2] != 'D'
        || pdf[3] != 'F') {
      throw new SigningException("El archivo no es un PDF");
    }
    try {
      PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
      validator.setCertificateVerifier(context.verifier);
      validator.setPdfObjFactory(context.validationObjFactory());
      Reports reports = validator.validateDocument(context.policy);
      return ReportReader.read(reports, pdf.length, xmlReports);
    } catch (DSSException | IllegalStateException e) {
      throw new SigningException("No se pudo validar el PDF: " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] renderPdf(ValidationReport report, String document) {
    return ReportPdf.render(report, document, context.config.zona());
  }
}
