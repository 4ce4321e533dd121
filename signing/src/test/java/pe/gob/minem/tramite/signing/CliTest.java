package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.cli.SigningCli;

class CliTest extends SignatureScenario {

  record Run(int exit, String out, String err) {}

  static Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new SigningCli(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void firmaValidaYExtiendeDesdeLaLineaDeOrdenes() throws Exception {
    Path dir = Files.createTempDirectory(TestPki.dir(), "cli-");
    Path in = dir.resolve("informe.pdf");
    Files.write(in, SamplePdf.informe(10));
    Path p12 = dir.resolve("director.p12");
    Files.write(p12, TestPki.director().pkcs12());
    Path root = dir.resolve("root.pem");
    Files.writeString(root, Pdfsig.pem(pki().rootCertificate().getEncoded()));
    Path signed = dir.resolve("firmado.pdf");

    Run sign =
        cli(
            "sign",
            "--p12",
            p12.toString(),
            "--password",
            "demo",
            "--level",
            "B-LT",
            "--reason",
            "Doy V°B°",
            "--visible",
            "--tsa",
            pki().tsaUrl().toString(),
            in.toString(),
            signed.toString());
    assertEquals(0, sign.exit(), sign.err());

    Run validate = cli("validate", "--trust", root.toString(), signed.toString());
    assertEquals(0, validate.exit(), validate.out() + validate.err());
    assertTrue(validate.out().trim().startsWith("["), validate.out());
    assertTrue(validate.out().contains("\"indication\": \"TOTAL_PASSED\""), validate.out());
    assertTrue(validate.out().contains("\"level\": \"PAdES-BASELINE-LT\""), validate.out());
    assertTrue(validate.out().contains("\"modifiedAfterSigning\": false"), validate.out());
    assertTrue(validate.out().contains("\"signer\": \"María Quispe Huamán\""), validate.out());

    Run untrusted = cli("validate", "--offline", signed.toString());
    assertEquals(1, untrusted.exit());
    assertTrue(untrusted.out().contains("NO_CERTIFICATE_CHAIN_FOUND"), untrusted.out());

    Path lta = dir.resolve("lta.pdf");
    Run extend =
        cli(
            "extend",
            "--level",
            "B-LTA",
            "--tsa",
            pki().tsaUrl().toString(),
            "--trust",
            root.toString(),
            signed.toString(),
            lta.toString());
    assertEquals(0, extend.exit(), extend.err());
    Run validateLta = cli("validate", "--trust", root.toString(), "--offline", lta.toString());
    assertEquals(0, validateLta.exit(), validateLta.out());
    assertTrue(validateLta.out().contains("PAdES-BASELINE-LTA"), validateLta.out());
  }

  @Test
  void erroresDeUsoDevuelvenDos() {
    assertEquals(2, cli().exit());
    assertEquals(2, cli("sign", "--level", "B-B", "a.pdf", "b.pdf").exit());
    assertEquals(2, cli("validate").exit());
    assertEquals(2, cli("firmar").exit());
  }
}
