package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shaded CLI jar, run with {@code java -jar} exactly as the docs say. */
class CliJarIT {

  private static ExternalTools.Result java(String... args) {
    List<String> command =
        ExternalTools.list(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            System.getProperty("cli.jar", "target/tramite-signing-cli.jar"));
    command.addAll(List.of(args));
    return ExternalTools.run(command);
  }

  @Test
  void elJarFirmaYValidaConLaPkiDeDemostracion() throws Exception {
    Path dir = Files.createTempDirectory(TestPki.dir(), "jar-");
    Path in = dir.resolve("informe.pdf");
    Files.write(in, SamplePdf.informe(10));
    Path p12 = dir.resolve("director.p12");
    Files.write(p12, TestPki.director().pkcs12());
    Path root = dir.resolve("root.pem");
    Files.writeString(root, Pdfsig.pem(TestPki.get().rootCertificate().getEncoded()));
    Path signed = dir.resolve("firmado.pdf");

    ExternalTools.Result sign =
        java(
            "sign",
            "--p12",
            p12.toString(),
            "--password",
            "demo",
            "--level",
            "B-T",
            "--visible",
            "--tsa",
            TestPki.get().tsaUrl().toString(),
            in.toString(),
            signed.toString());
    assertEquals(0, sign.exitCode(), sign.output());

    ExternalTools.Result validate = java("validate", "--trust", root.toString(), signed.toString());
    assertEquals(0, validate.exitCode(), validate.output());
    assertTrue(validate.output().contains("\"indication\": \"TOTAL_PASSED\""), validate.output());

    ExternalTools.Result untrusted = java("validate", signed.toString());
    assertEquals(1, untrusted.exitCode(), untrusted.output());
  }
}
