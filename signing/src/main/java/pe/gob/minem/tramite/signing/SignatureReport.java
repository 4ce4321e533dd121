package pe.gob.minem.tramite.signing;

import java.time.Instant;
import java.util.List;

/**
 * The validation of one signature of a PDF.
 *
 * @param id DSS's signature id
 * @param indication TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED
 * @param subIndication the ETSI sub-indication (e.g. {@code HASH_FAILURE}), or {@code null}
 * @param explicacion the sub-indication in plain Spanish ("El documento fue modificado ...")
 * @param firmante the signer's common name
 * @param dni the signer's certificate serialNumber attribute (DNI), or {@code null}
 * @param cargo the signer's certificate title, or {@code null}
 * @param signingTime the claimed signing time
 * @param level the PAdES level DSS found: {@code PAdES-BASELINE-LTA}, ...
 * @param motivo the reason of the signature dictionary
 * @param certificateChain signer first
 * @param timestamps timestamps over this signature
 * @param modifiedAfterSigning the document was changed after this signature in a way other than
 *     adding signatures, form fill-in or validation data
 * @param coversWholeDocument the signature's byte range covers the whole file
 * @param errores errors found by the validation
 * @param advertencias warnings found by the validation
 */
public record SignatureReport(
    String id,
    Indication indication,
    String subIndication,
    String explicacion,
    String firmante,
    String dni,
    String cargo,
    Instant signingTime,
    String level,
    String motivo,
    List<CertificateInfo> certificateChain,
    List<TimestampInfo> timestamps,
    boolean modifiedAfterSigning,
    boolean coversWholeDocument,
    List<String> errores,
    List<String> advertencias) {

  public boolean passed() {
    return indication == Indication.TOTAL_PASSED;
  }
}
