package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
  void elServicioPreguntaAntesDeFirmarYNoFirmaConUnCertificadoRevocado() {
    IssuedPerson revocado = nuevo("50000005");
    SigningService servicio = SigningService.create(config());
    // asked once while still good: the answer is cached…
    sign(SamplePdf.informe(5), revocado, SignatureOptions.vistoBueno(PadesLevel.B_B));
    servicio.sign(
        SamplePdf.informe(5), revocado.signerKey(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    pki().revoke(revocado.certificate());
    // …and forgotten on request, so the revocation counts at once
    servicio.clearRevocationCache();
    for (PadesLevel nivel : PadesLevel.values()) {
      SigningException e =
          assertThrows(
              SigningException.class,
              () ->
                  servicio.sign(
                      SamplePdf.informe(5),
                      revocado.signerKey(),
                      SignatureOptions.vistoBueno(nivel)),
              nivel.label());
      assertEquals(SigningException.Reason.CERTIFICATE_REVOKED, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("Persona Revocada"), e.getMessage());
      assertTrue(e.getMessage().contains("está revocado desde el"), e.getMessage());
    }
    // the client-side signature of the same person is refused at step 1, before she signs
    SigningException e =
        assertThrows(
            SigningException.class,
            () ->
                servicio.prepare(
                    SamplePdf.informe(5),
                    revocado.chain(),
                    SignatureOptions.conformidad(PadesLevel.B_LT)));
    assertEquals(SigningException.Reason.CERTIFICATE_REVOKED, e.reason());
  }

  @Test
  void firmaConSelloDeTiempoPosteriorALaRevocacionFalla() throws Exception {
    IssuedPerson revocado = nuevo("50000001");
    pki().revoke(revocado.certificate());
    Thread.sleep(1100); // the timestamp must be at least a second after the revocation
    // a signer that never asks (offline) still gets a timestamp: the validator must catch it
    SigningService sinConsulta = SigningService.create(config().withOffline(true));
    byte[] firmado =
        sinConsulta.sign(
            SamplePdf.informe(5),
            revocado.signerKey(),
            SignatureOptions.vistoBueno(PadesLevel.B_T));
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
