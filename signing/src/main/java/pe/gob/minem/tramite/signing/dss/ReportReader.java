package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import pe.gob.minem.tramite.signing.CertificateInfo;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.TimestampInfo;
import pe.gob.minem.tramite.signing.ValidationReport;

/** Reads DSS's reports into the module's {@link ValidationReport}. */
final class ReportReader {

  private ReportReader() {}

  static ValidationReport read(Reports reports, long documentLength) {
    return read(reports, documentLength, true);
  }

  static ValidationReport read(Reports reports, long documentLength, boolean xml) {
    SimpleReport simple = reports.getSimpleReport();
    DiagnosticData diagnostic = reports.getDiagnosticData();
    List<SignatureReport> signatures = new ArrayList<>();
    for (String id : simple.getSignatureIdList()) {
      signatures.add(signature(id, simple, diagnostic, documentLength));
    }
    // signing order: by where each signature's byte range ends
    List<SignatureReport> ordered = new ArrayList<>(signatures);
    ordered.sort(Comparator.comparingLong(s -> byteRangeEnd(diagnostic.getSignatureById(s.id()))));
    return new ValidationReport(
        List.copyOf(ordered),
        instant(simple.getValidationTime()),
        xml ? reports.getXmlSimpleReport() : null,
        xml ? reports.getXmlDetailedReport() : null);
  }

  private static SignatureReport signature(
      String id, SimpleReport simple, DiagnosticData diagnostic, long documentLength) {
    SignatureWrapper signature = diagnostic.getSignatureById(id);
    Indication indication = indication(simple.getIndication(id));
    SubIndication sub = simple.getSubIndication(id);
    String subName = sub == null ? null : sub.name();
    CertificateWrapper signer = signature.getSigningCertificate();
    PDFRevisionWrapper revision = signature.getPDFRevision();
    List<CertificateInfo> chain = new ArrayList<>();
    for (CertificateWrapper c : signature.getCertificateChain()) {
      chain.add(certificate(c));
    }
    List<TimestampInfo> timestamps = new ArrayList<>();
    for (XmlTimestamp ts : simple.getSignatureTimestamps(id)) {
      TimestampWrapper wrapper = diagnostic.getTimestampById(ts.getId());
      timestamps.add(
          new TimestampInfo(
              wrapper == null ? null : wrapper.getType().name(),
              instant(ts.getProductionTime()),
              ts.getProducedBy(),
              indication(ts.getIndication()),
              ts.getSubIndication() == null ? null : ts.getSubIndication().name()));
    }
    boolean modified =
        revision != null
            && (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()
                || !revision.getPdfPageDifferenceConcernedPages().isEmpty()
                || !revision.getPdfUndefinedChanges().isEmpty()
                || !revision.getPdfAnnotationChanges().isEmpty());
    return new SignatureReport(
        id,
        indication,
        subName,
        Explicaciones.of(indication.name(), subName),
        signer != null && signer.getCommonName() != null
            ? signer.getCommonName()
            : simple.getSignedBy(id),
        signer == null ? null : signer.getSubjectSerialNumber(),
        signer == null ? null : signer.getTitle(),
        instant(signature.getClaimedSigningTime()),
        simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(),
        revision == null ? null : revision.getReason(),
        List.copyOf(chain),
        List.copyOf(timestamps),
        modified,
        byteRangeEnd(signature) == documentLength,
        simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList(),
        simple.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList());
  }

  private static CertificateInfo certificate(CertificateWrapper c) {
    String status = null;
    List<CertificateRevocationWrapper> revocations = c.getCertificateRevocationData();
    if (!revocations.isEmpty()) {
      status = revocations.get(revocations.size() - 1).getStatus().name();
    }
    return new CertificateInfo(
        c.getCertificateDN(),
        c.getCertificateIssuerDN(),
        c.getSerialNumber(),
        instant(c.getNotBefore()),
        instant(c.getNotAfter()),
        c.isTrusted(),
        status);
  }

  private static long byteRangeEnd(SignatureWrapper signature) {
    if (signature == null || signature.getPDFRevision() == null) {
      return -1;
    }
    List<BigInteger> range = signature.getPDFRevision().getSignatureByteRange();
    if (range == null || range.size() != 4) {
      return -1;
    }
    return range.get(2).longValue() + range.get(3).longValue();
  }

  /** Timestamps say PASSED and FAILED where signatures say TOTAL_PASSED and TOTAL_FAILED. */
  private static Indication indication(eu.europa.esig.dss.enumerations.Indication dss) {
    if (dss == null) {
      return null;
    }
    return switch (dss) {
      case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
      case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
      default -> Indication.INDETERMINATE;
    };
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
