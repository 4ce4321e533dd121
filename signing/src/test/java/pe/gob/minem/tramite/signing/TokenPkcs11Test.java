package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * Signing with a key on a real PKCS#11 token: SoftHSM2, filled with softhsm2-util and pkcs11-tool.
 */
class TokenPkcs11Test extends SignatureScenario {

  private static final String PIN = "123456";
  private static Path library;

  @BeforeAll
  static void fillToken() throws Exception {
    ExternalTools.require("softhsm2-util");
    ExternalTools.require("pkcs11-tool");
    library =
        Stream.of(
                "/usr/lib/softhsm/libsofthsm2.so",
                "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
            .map(Path::of)
            .filter(Files::exists)
            .findFirst()
            .orElseThrow(() -> new AssertionError("libsofthsm2.so not found"));
    String conf = System.getenv("SOFTHSM2_CONF");
    assertNotNull(conf, "SOFTHSM2_CONF must be set for the test JVM (the pom does it)");
    Path confFile = Path.of(conf);
    Path tokens = confFile.resolveSibling("tokens");
    if (Files.exists(tokens)) {
      try (Stream<Path> walk = Files.walk(tokens)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tokens);
    Files.writeString(
        confFile,
        "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    Map<String, String> env = Map.of("SOFTHSM2_CONF", conf);
    run(
        env,
        "softhsm2-util",
        "--init-token",
        "--free",
        "--label",
        "tramite",
        "--pin",
        PIN,
        "--so-pin",
        "654321");

    IssuedPerson director = TestPki.director();
    Path dir = confFile.getParent();
    Path key = dir.resolve("key.pem");
    Files.writeString(
        key,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(director.privateKey().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    run(
        env,
        "softhsm2-util",
        "--import",
        key.toString(),
        "--token",
        "tramite",
        "--label",
        "firma",
        "--id",
        "01",
        "--pin",
        PIN);
    Files.delete(key);
    List<X509Certificate> chain = director.chain();
    for (int i = 0; i < chain.size(); i++) {
      Path der = dir.resolve("cert" + i + ".der");
      Files.write(der, chain.get(i).getEncoded());
      run(
          env,
          "pkcs11-tool",
          "--module",
          library.toString(),
          "--token-label",
          "tramite",
          "--login",
          "--pin",
          PIN,
          "--write-object",
          der.toString(),
          "--type",
          "cert",
          "--id",
          "0" + (i + 1),
          "--label",
          i == 0 ? "firma" : "ca" + i);
    }
  }

  private static void run(Map<String, String> env, String... command) {
    ExternalTools.Result result = ExternalTools.run(List.of(command), env);
    assertEquals(0, result.exitCode(), () -> String.join(" ", command) + "\n" + result.output());
  }

  @Test
  void firmaConLaClaveDelTokenYLaValidanDssYPdfsig() {
    Pkcs11Key token = new Pkcs11Key(library, 0, PIN.toCharArray(), null);
    byte[] firmado;
    try (Signer signer = signing().open(token)) {
      assertEquals(TestPki.director().certificate(), signer.certificate());
      byte[] v1 = signer.sign(SamplePdf.informe(6), SignatureOptions.vistoBueno(PadesLevel.B_T));
      firmado = signer.sign(v1, SignatureOptions.conformidad(PadesLevel.B_LT));
    }
    assertAllPassed(firmado, 2);
    Pdfsig.assertAllValid(firmado, 2);
  }

  @Test
  void unPinIncorrectoSeRechaza() {
    Pkcs11Key wrong = new Pkcs11Key(library, 0, "000000".toCharArray(), null);
    assertThrows(SigningException.class, () -> signing().open(wrong).close());
  }
}
