package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaizNoConfiableTest extends SignatureScenario {

  @Test
  void sinLaRaizDeConfianzaLaFirmaEsIndeterminada() {
    byte[] firmado =
        sign(
            SamplePdf.informe(5), TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_T));
    ValidationService sinConfianza =
        ValidationService.create(config().withTrustAnchors(List.of(pki().timestampCertificate())));
    ValidationReport report = sinConfianza.validate(firmado);
    SignatureReport firma = report.signatures().get(0);
    assertEquals(Indication.INDETERMINATE, firma.indication(), () -> describe(report));
    assertEquals("NO_CERTIFICATE_CHAIN_FOUND", firma.subIndication(), () -> describe(report));
    assertFalse(report.allPassed());
  }
}
