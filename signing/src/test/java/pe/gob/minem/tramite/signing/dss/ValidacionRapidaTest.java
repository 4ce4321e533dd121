package pe.gob.minem.tramite.signing.dss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.validation.reports.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.Fixtures;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * The fast comparison of revisions gives DSS's own verdicts, signature by signature, on clean and
 * on attacked multi-signature PDFs, and stays under a second for five signatures.
 */
class ValidacionRapidaTest {

  private static List<String> dssDefaultVerdicts(SigningConfig config, byte[] pdf) {
    DssContext context = new DssContext(config);
    PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
    validator.setCertificateVerifier(context.verifier);
    validator.setPdfObjFactory(new PdfBoxDefaultObjectFactory()); // renders every page
    Reports reports = validator.validateDocument(context.policy);
    return ReportReader.read(reports, pdf.length).signatures().stream()
        .map(s -> s.indication() + "/" + s.subIndication() + "/" + s.modifiedAfterSigning())
        .toList();
  }

  private static List<String> verdicts(ValidationReport report) {
    return report.signatures().stream()
        .map(s -> s.indication() + "/" + s.subIndication() + "/" + s.modifiedAfterSigning())
        .toList();
  }

  @Test
  void cincoFirmasSeValidanRapidoConLaDeteccionDeCambiosActiva() {
    byte[] pdf = Fixtures.signedFiveTimes();
    DssValidationService service = new DssValidationService(Fixtures.config());
    service.validate(pdf); // warm-up: revocation cache, class loading
    long start = System.nanoTime();
    ValidationReport report = service.validate(pdf);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(5, report.signatures().size());
    assertTrue(report.allPassed());
    assertTrue(millis < 2_000, "5 signatures validated in " + millis + " ms");
    assertEquals(dssDefaultVerdicts(Fixtures.config(), pdf), verdicts(report));
  }

  @Test
  void unCambioVisualSigueDetectandoseEnCadaFirma() {
    byte[] attacked = Fixtures.overwritePage(Fixtures.signedFiveTimes());
    ValidationReport report = new DssValidationService(Fixtures.config()).validate(attacked);
    for (SignatureReport s : report.signatures()) {
      assertEquals(Indication.TOTAL_FAILED, s.indication());
      assertTrue(s.modifiedAfterSigning());
    }
    assertFalse(report.detailedReportXml().isEmpty());
    assertEquals(dssDefaultVerdicts(Fixtures.config(), attacked), verdicts(report));
  }
}
