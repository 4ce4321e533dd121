package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExtensionNivelTest extends SignatureScenario {

  @Test
  void unaFirmaBasicaSeExtiendeHastaBLta() {
    byte[] basica =
        sign(
            SamplePdf.informe(6), TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_B));
    byte[] lta = signing().extend(basica, PadesLevel.B_LTA);
    ValidationReport report = assertAllPassed(lta, 1);
    assertEquals("PAdES-BASELINE-LTA", report.signatures().get(0).level());
    Pdfsig.assertAllValid(lta, 1);

    // with the validation data inside, it validates offline too
    ValidationReport offline = ValidationService.create(config().withOffline(true)).validate(lta);
    assertEquals(
        Indication.TOTAL_PASSED, offline.signatures().get(0).indication(), () -> describe(offline));
  }

  @Test
  void extenderUnPdfSinFirmasSeRechaza() {
    assertThrows(
        SigningException.class, () -> signing().extend(SamplePdf.informe(3), PadesLevel.B_LTA));
  }
}
