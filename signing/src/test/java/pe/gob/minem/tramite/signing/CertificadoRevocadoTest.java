package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

class CertificadoRevocadoTest extends SignatureScenario {

  private static IssuedPerson nuevo(String dni) {
    Instant from = Instant.now().minus(Duration.ofHours(1));
    return pki()
        .issuePerson(
            "Persona Revocada", dni, "Analista", "OTI", from, from.plus(Duration.ofDays(30)));
  }

  @Test
  void firmaConSelloDeTiempoPosteriorALaRevocacionFalla() throws Exception {
    IssuedPerson revocado = nuevo("50000001");
    pki().revoke(revocado.certificate());
    Thread.sleep(1100); // the timestamp must be at least a second after the revocation
    byte[] firmado =
        sign(SamplePdf.informe(5), revocado, SignatureOptions.vistoBueno(PadesLevel.B_T));
    SignatureReport firma = assertNotValid(firmado, Indication.INDETERMINATE, "REVOKED_NO_POE");
    assertEquals("REVOKED", firma.certificateChain().get(0).revocationStatus());
    assertTrue(
        firma.errores().contains("The revocation time is not after best-signature-time!"),
        firma.errores().toString());
  }

  @Test
  void firmaSinPruebaDeTiempoDeUnCertificadoRevocadoEsIndeterminada() {
    IssuedPerson revocado = nuevo("50000002");
    byte[] firmado =
        sign(SamplePdf.informe(5), revocado, SignatureOptions.vistoBueno(PadesLevel.B_B));
    pki().revoke(revocado.certificate());
    assertNotValid(firmado, Indication.INDETERMINATE, "REVOKED_NO_POE");
  }
}
