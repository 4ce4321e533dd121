package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The base of every scenario: the shared demo PKI, a signing and a validation service configured
 * with it (in-process TSA, revocation over loopback HTTP), and checks on the reports.
 */
abstract class SignatureScenario {

  private static SigningService signing;
  private static ValidationService validation;

  protected static DemoPki pki() {
    return TestPki.get();
  }

  protected static SigningConfig config() {
    return SigningConfig.defaults()
        .withTrustAnchors(pki().trustAnchors())
        .withTimestampAuthority(pki().timestampAuthority());
  }

  protected static synchronized SigningService signing() {
    if (signing == null) {
      signing = SigningService.create(config());
    }
    return signing;
  }

  protected static synchronized ValidationService validation() {
    if (validation == null) {
      validation = ValidationService.create(config());
    }
    return validation;
  }

  protected static byte[] sign(byte[] pdf, IssuedPerson person, SignatureOptions options) {
    return signing().sign(pdf, person.signerKey(), options);
  }

  protected static ValidationReport validate(byte[] pdf) {
    return validation().validate(pdf);
  }

  /** Every signature TOTAL_PASSED, unchanged after signing, with the reports kept. */
  protected static ValidationReport assertAllPassed(byte[] pdf, int count) {
    ValidationReport report = validate(pdf);
    assertEquals(count, report.signatures().size(), () -> describe(report));
    for (SignatureReport s : report.signatures()) {
      assertEquals(Indication.TOTAL_PASSED, s.indication(), () -> describe(report));
      assertFalse(s.modifiedAfterSigning(), () -> describe(report));
      assertTrue(s.certificateChain().size() >= 2, () -> describe(report));
    }
    assertTrue(report.allPassed());
    assertTrue(report.simpleReportXml().contains("SimpleReport"));
    assertTrue(report.detailedReportXml().contains("DetailedReport"));
    return report;
  }

  protected static SignatureReport assertNotValid(
      byte[] pdf, Indication indication, String subIndication) {
    ValidationReport report = validate(pdf);
    assertFalse(report.signatures().isEmpty(), "no signature found");
    assertFalse(report.allPassed(), () -> describe(report));
    SignatureReport worst =
        report.signatures().stream()
            .filter(s -> s.indication() != Indication.TOTAL_PASSED)
            .findFirst()
            .orElseThrow();
    assertEquals(indication, worst.indication(), () -> describe(report));
    assertEquals(subIndication, worst.subIndication(), () -> describe(report));
    assertFalse(worst.explicacion().isBlank());
    return worst;
  }

  protected static String describe(ValidationReport report) {
    StringBuilder sb = new StringBuilder();
    for (SignatureReport s : report.signatures()) {
      sb.append(s.firmante())
          .append(": ")
          .append(s.indication())
          .append('/')
          .append(s.subIndication())
          .append(" level=")
          .append(s.level())
          .append(" modified=")
          .append(s.modifiedAfterSigning())
          .append(" errors=")
          .append(s.errores())
          .append(" warnings=")
          .append(s.advertencias())
          .append('\n');
    }
    return sb.toString();
  }

  /** Keeps a test's output in target/test-output for a person to look at. */
  protected static Path keep(String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "test-output"));
      Path file = dir.resolve(name);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static List<String> levelsOf(ValidationReport report) {
    return report.signatures().stream().map(SignatureReport::level).toList();
  }
}
