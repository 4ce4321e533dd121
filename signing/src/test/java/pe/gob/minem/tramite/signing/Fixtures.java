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

  public static byte[] overwritePage(byte[] pdf) {
    return Tampering.overwritePageInIncrementalUpdate(pdf);
  }
}
