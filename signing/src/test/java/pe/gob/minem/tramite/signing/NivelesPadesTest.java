package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NivelesPadesTest extends SignatureScenario {

  @ParameterizedTest
  @EnumSource(PadesLevel.class)
  void firmaCadaNivelYLaValidanDssYPdfsig(PadesLevel level) {
    byte[] signed =
        sign(SamplePdf.informe(12), TestPki.director(), SignatureOptions.conformidad(level));
    keep("nivel-" + level.label() + ".pdf", signed);

    ValidationReport report = assertAllPassed(signed, 1);
    SignatureReport firma = report.signatures().get(0);
    assertEquals("PAdES-BASELINE-" + level.label().substring(2), firma.level());
    assertEquals("María Quispe Huamán", firma.firmante());
    assertEquals("40123456", firma.dni());
    assertEquals("Directora de TI", firma.cargo());
    assertEquals(SignatureOptions.MOTIVO_CONFORMIDAD, firma.motivo());
    assertEquals(level.needsTimestamp(), !firma.timestamps().isEmpty());
    assertTrue(
        firma.coversWholeDocument() || level == PadesLevel.B_LT || level == PadesLevel.B_LTA);

    Pdfsig.assertAllValid(signed, 1);
  }
}
