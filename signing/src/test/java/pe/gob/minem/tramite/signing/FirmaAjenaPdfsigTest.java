package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/** A PDF signed by another tool (poppler's pdfsig with an NSS database) validates like ours. */
class FirmaAjenaPdfsigTest extends SignatureScenario {

  private static byte[] signedByPdfsig() throws Exception {
    Path dir = Files.createTempDirectory(TestPki.dir(), "nss-signer-");
    IssuedPerson persona = TestPki.legal();
    Path p12 = dir.resolve("persona.p12");
    Files.write(p12, persona.pkcs12());
    ExternalTools.runOk(
        ExternalTools.list("certutil", "-N", "-d", "sql:" + dir, "--empty-password"));
    ExternalTools.runOk(
        ExternalTools.list(
            "pk12util",
            "-i",
            p12.toString(),
            "-d",
            "sql:" + dir,
            "-W",
            new String(persona.password()),
            "-K",
            ""));
    Path in = dir.resolve("informe.pdf");
    Files.write(in, SamplePdf.informe(7));
    Path out = dir.resolve("firmado-por-pdfsig.pdf");
    ExternalTools.runOk(
        ExternalTools.list(
            "pdfsig",
            "-add-signature",
            "-nssdir",
            "sql:" + dir,
            "-nick",
            "firma",
            "-reason",
            "Doy V°B°",
            in.toString(),
            out.toString()));
    return Files.readAllBytes(out);
  }

  @Test
  void conLaRaizDeConfianzaEsValidaYSinEllaIndeterminada() throws Exception {
    byte[] ajeno = signedByPdfsig();
    keep("firmado-por-pdfsig.pdf", ajeno);
    ValidationReport report = assertAllPassed(ajeno, 1);
    assertEquals("Ana Torres Cárdenas", report.signatures().get(0).firmante());

    ValidationService sinConfianza =
        ValidationService.create(config().withTrustAnchors(List.of(pki().timestampCertificate())));
    ValidationReport indeterminado = sinConfianza.validate(ajeno);
    assertEquals(Indication.INDETERMINATE, indeterminado.signatures().get(0).indication());
    assertEquals("NO_CERTIFICATE_CHAIN_FOUND", indeterminado.signatures().get(0).subIndication());

    // and our signature goes on top of it as an incremental update
    byte[] conNuestraFirma =
        sign(ajeno, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_T));
    assertAllPassed(conNuestraFirma, 2);
    Pdfsig.assertAllValid(conNuestraFirma, 2);
  }
}
