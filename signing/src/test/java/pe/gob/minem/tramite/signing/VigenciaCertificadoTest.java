package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

class VigenciaCertificadoTest extends SignatureScenario {

  private static final String FUERA_DE_VIGENCIA =
      "The signed qualifying property: 'signing-time' is not within the signing-certificate's"
          + " validity range!";

  @Test
  void certificadoVencidoNoEsValidoYElServicioSeNiegaAFirmar() throws Exception {
    Instant from = Instant.now().minus(Duration.ofDays(400));
    IssuedPerson vencido =
        pki()
            .issuePerson(
                "Persona Vencida",
                "50000003",
                "Analista",
                "OTI",
                from,
                from.plus(Duration.ofDays(30)));
    SigningException e =
        assertThrows(
            SigningException.class,
            () -> sign(SamplePdf.informe(5), vencido, SignatureOptions.vistoBueno(PadesLevel.B_B)));
    assertEquals(SigningException.Reason.CERTIFICATE_EXPIRED, e.reason());
    assertTrue(e.getMessage().contains("Persona Vencida"), e.getMessage());
    assertTrue(
        e.getMessage().matches(".* venció el \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d: .*"),
        e.getMessage());

    byte[] firmado = RawSignature.signB(SamplePdf.informe(5), vencido, Instant.now());
    // DSS: no revocation data can vouch for a certificate outside its validity, so the chain is
    // inconclusive; the report names the reason
    SignatureReport firma =
        assertNotValid(firmado, Indication.INDETERMINATE, "CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertTrue(firma.errores().contains(FUERA_DE_VIGENCIA), firma.errores().toString());
  }

  @Test
  void certificadoAunNoVigenteNoEsValido() throws Exception {
    Instant from = Instant.now().plus(Duration.ofDays(2));
    IssuedPerson futuro =
        pki()
            .issuePerson(
                "Persona Futura",
                "50000004",
                "Analista",
                "OTI",
                from,
                from.plus(Duration.ofDays(30)));
    SigningException e =
        assertThrows(
            SigningException.class,
            () -> sign(SamplePdf.informe(5), futuro, SignatureOptions.vistoBueno(PadesLevel.B_B)));
    assertEquals(SigningException.Reason.CERTIFICATE_NOT_YET_VALID, e.reason());

    byte[] firmado = RawSignature.signB(SamplePdf.informe(5), futuro, Instant.now());
    // DSS: no revocation data can vouch for a certificate outside its validity, so the chain is
    // inconclusive; the report names the reason
    SignatureReport firma =
        assertNotValid(firmado, Indication.INDETERMINATE, "CERTIFICATE_CHAIN_GENERAL_FAILURE");
    assertTrue(firma.errores().contains(FUERA_DE_VIGENCIA), firma.errores().toString());
  }
}
