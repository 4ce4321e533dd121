package pe.gob.minem.tramite.signing;

/** Shared fixtures for tests in other packages. */
public final class Fixtures {

  private static byte[] fiveSignatures;

  private Fixtures() {}

  public static SigningConfig config() {
    return SignatureScenario.config();
  }

  /** A one-page informe with five visible B-B signatures (built once per JVM). */
  public static synchronized byte[] signedFiveTimes() {
    if (fiveSignatures == null) {
      byte[] pdf = SamplePdf.informe(10);
      try (Signer signer = SignatureScenario.signing().open(TestPki.director().signerKey())) {
        for (int i = 0; i < 5; i++) {
          pdf = signer.sign(pdf, SignatureOptions.vistoBueno(PadesLevel.B_B));
        }
      }
      fiveSignatures = pdf;
    }
    return fiveSignatures;
  }

  public static pe.gob.minem.tramite.signing.demo.DemoPki pki() {
    return TestPki.get();
  }

  public static pe.gob.minem.tramite.signing.demo.IssuedPerson director() {
    return TestPki.director();
  }

  /** An informe of about {@code bytes} bytes (text plus an incompressible attachment). */
  public static byte[] informeOfSize(int bytes) {
    byte[] text = SamplePdf.informe(20);
    return SamplePdf.informe(1, 20, Math.max(0, bytes - text.length - 200));
  }

  /** An informe of {@code pages} full pages of text. */
  public static byte[] informePages(int pages) {
    return SamplePdf.informe(pages, 30, 0);
  }

  public static byte[] overwritePage(byte[] pdf) {
    return Tampering.overwritePageInIncrementalUpdate(pdf);
  }
}
