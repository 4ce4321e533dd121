package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The documented behaviour when a CA's revocation services (OCSP and CRL) cannot be reached (issue
 * 11, item 4; docs/signing.md «Revocación inalcanzable»): a level that embeds revocation data
 * (B-LT, B-LTA) is refused with a Spanish message that says to try later, nothing half-signed; B-T
 * signs (it needs only the TSA, here another one that answers), and validating it says the
 * revocation could not be checked (INDETERMINATE), never «válida».
 */
class RevocacionInalcanzableTest extends SignatureScenario {

  @Test
  void sinOcspNiCrlNoSeFirmaBltYLaValidacionNoDaPorValida() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "ca-caida-");
    DemoPki ca = DemoPki.openOrCreate(dir);
    IssuedPerson firmante = ca.issuePerson("Rosa Tello Vargas", "42345678", "Directora", "OGA");
    var anclas = ca.trustAnchors();
    ca.close(); // its OCSP responder and CRL distribution point stop answering

    SigningConfig sinRevocacion =
        SigningConfig.defaults()
            .withTrustAnchors(anclas)
            .withTimestampAuthority(pki().timestampAuthority())
            .withRevocationCacheTtl(Duration.ofMinutes(5));
    SigningService servicio = SigningService.create(sinRevocacion);

    for (PadesLevel nivel : new PadesLevel[] {PadesLevel.B_LT, PadesLevel.B_LTA}) {
      SigningException e =
          assertThrows(
              SigningException.class,
              () ->
                  servicio.sign(
                      SamplePdf.informe(2),
                      firmante.signerKey(),
                      SignatureOptions.vistoBueno(nivel)));
      assertTrue(e.getMessage().contains("revocación"), e.getMessage());
      assertTrue(e.getMessage().toLowerCase().contains("inténtelo"), e.getMessage());
    }

    byte[] bt =
        servicio.sign(
            SamplePdf.informe(2),
            firmante.signerKey(),
            SignatureOptions.vistoBueno(PadesLevel.B_T));
    ValidationReport r = ValidationService.create(sinRevocacion).validate(bt);
    assertEquals(1, r.signatures().size());
    SignatureReport s = r.signatures().get(0);
    assertNotEquals(Indication.TOTAL_PASSED, s.indication(), s::toString);
    assertEquals(Indication.INDETERMINATE, s.indication(), s::toString);
  }
}
