package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.ADMIN;
import static pe.gob.minem.tramite.it.Portal.postJson;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh SoftHSM2 token (label {@code tramite-it}) with the Director de TI's current demo key and
 * chain, in the SoftHSM2 configuration the tests and the server share ({@code SOFTHSM2_CONF}, set
 * by ear/pom.xml); then the portal issues him a new server-held key, so that a signature with the
 * token's serial can only come from the token. What {@code bin/token-demo} does for the demo.
 */
final class TokenDelDirector {

  private TokenDelDirector() {}

  /** The PKCS#11 module: SoftHSM2 from Debian unless {@code it.pkcs11.libreria} says otherwise. */
  static Path libreria() {
    return HerramientaExterna.requerida(
        Path.of(System.getProperty("it.pkcs11.libreria", "/usr/lib/softhsm/libsofthsm2.so")),
        "softhsm2");
  }

  /** Fills the token; returns the serial number (hex) of the certificate it holds. */
  static String llenar(String pin) throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    assertNotNull(conf, "SOFTHSM2_CONF must be set for the tests and the server (ear/pom.xml)");
    Path libreria = libreria();
    Path softhsm2Util = HerramientaExterna.requerida("softhsm2-util", "softhsm2");
    Path pkcs11Tool = HerramientaExterna.requerida("pkcs11-tool", "opensc");

    FlujoDocumental.asegurarCertificadoValidoDelDirector();
    KeyStore ks = FlujoDocumental.llavesDelDirector();
    PrivateKey llave = (PrivateKey) ks.getKey("firma", "demo".toCharArray());
    Certificate[] cadena = ks.getCertificateChain("firma");
    String serie = ((X509Certificate) cadena[0]).getSerialNumber().toString(16);

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
    ejecutar(
        softhsm2Util.toString(),
        "--init-token",
        "--free",
        "--label",
        "tramite-it",
        "--pin",
        pin,
        "--so-pin",
        "97531");
    Path pem = confFile.resolveSibling("llave.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(llave.getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    try {
      ejecutar(
          softhsm2Util.toString(),
          "--import",
          pem.toString(),
          "--token",
          "tramite-it",
          "--label",
          "firma",
          "--id",
          "01",
          "--pin",
          pin);
    } finally {
      Files.delete(pem);
    }
    for (int i = 0; i < cadena.length; i++) {
      Path der = confFile.resolveSibling("cert" + i + ".der");
      Files.write(der, cadena[i].getEncoded());
      ejecutar(
          pkcs11Tool.toString(),
          "--module",
          libreria.toString(),
          "--token-label",
          "tramite-it",
          "--login",
          "--pin",
          pin,
          "--write-object",
          der.toString(),
          "--type",
          "cert",
          "--id",
          "0" + (i + 1),
          "--label",
          i == 0 ? "firma" : "ca" + i);
    }
    // the portal's own key for him is now another one: only the token signs with this serial
    Portal.Respuesta nueva = postJson(ADMIN, FlujoDocumental.CERTIFICADO_DEL_DIRECTOR, Map.of());
    assertEquals(201, nueva.status(), nueva::toString);
    assertNotEquals(serie, nueva.json().path("serie").asText());
    return serie;
  }

  /** Serial numbers (hex) of the certificates inside the PDF's signature (its CMS SignedData). */
  static List<String> seriesDeLaFirma(byte[] pdf) throws Exception {
    Matcher m =
        Pattern.compile("/Contents\\s*<([0-9A-Fa-f]+)>")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    assertTrue(m.find(), "no signature in the PDF");
    // the DER SignedData is read by its own length: the zero padding after it is ignored
    byte[] cms = HexFormat.of().parseHex(m.group(1));
    List<String> series = new ArrayList<>();
    for (Certificate c :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(cms))) {
      series.add(((X509Certificate) c).getSerialNumber().toString(16));
    }
    return series;
  }

  private static void ejecutar(String... orden) throws Exception {
    Process p = new ProcessBuilder(orden).redirectErrorStream(true).start();
    String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", orden));
    assertEquals(0, p.exitValue(), () -> orden[0] + ": " + salida);
  }
}
