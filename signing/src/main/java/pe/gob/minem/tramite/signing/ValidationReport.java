package pe.gob.minem.tramite.signing;

import java.time.Instant;
import java.util.List;

/**
 * The validation of every signature of a PDF, with DSS's reports kept as XML.
 *
 * @param signatures one entry per signature, in signing order
 * @param validationTime when the validation ran
 * @param simpleReportXml ETSI/DSS simple report ({@code null} from {@link
 *     ValidationService#verdicts})
 * @param detailedReportXml DSS detailed report (every check of EN 319 102-1; {@code null} from
 *     {@link ValidationService#verdicts})
 */
public record ValidationReport(
    List<SignatureReport> signatures,
    Instant validationTime,
    String simpleReportXml,
    String detailedReportXml) {

  /** True when the PDF has at least one signature and every one is TOTAL_PASSED. */
  public boolean allPassed() {
    return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::passed);
  }
}
