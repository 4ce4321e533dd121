package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * Real SoftHSM2 tokens, made once per test JVM (before the PKCS#11 module is loaded, which reads
 * its token directory when initialised), with keys and certificates of the demo PKI:
 *
 * <ul>
 *   <li>«agente»: the director's key and chain, and an expired certificate's key;
 *   <li>«bloqueado»: a key whose token gets its user PIN locked;
 *   <li>«retirable»: a key whose token is taken away in the middle of a batch;
 *   <li>«revocado»: a key whose certificate the demo PKI revokes.
 * </ul>
 */
final class TokensDePrueba {

  static final String PIN = "123456";
  static final String SO_PIN = "65432100";

  private static TokensDePrueba instancia;

  final Path modulo;
  final Path carpeta;
  final DemoPki pki;
  final IssuedPerson director;
  final IssuedPerson vencido;
  final IssuedPerson bloqueado;
  final IssuedPerson retirable;
  final IssuedPerson revocado;

  static synchronized TokensDePrueba get() {
    if (instancia == null) {
      instancia = new TokensDePrueba();
    }
    return instancia;
  }

  private TokensDePrueba() {
    HerramientaExterna.requerida("softhsm2-util", "softhsm2");
    HerramientaExterna.requerida("pkcs11-tool", "opensc");
    modulo =
        HerramientaExterna.biblioteca(
            "softhsm2",
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    String conf = System.getenv("SOFTHSM2_CONF");
    assertNotNull(conf, "SOFTHSM2_CONF must be set for the test JVM (agente/pom.xml does it)");
    try {
      Path confFile = Path.of(conf);
      carpeta = confFile.resolveSibling("tokens");
      borrar(confFile.getParent());
      Files.createDirectories(carpeta);
      Files.writeString(
          confFile,
          "directories.tokendir = "
              + carpeta
              + "\nobjectstore.backend = file\nlog.level = ERROR\n");
      pki = DemoPki.openOrCreate(Files.createTempDirectory(Path.of("target"), "pki-"));
      Runtime.getRuntime().addShutdownHook(new Thread(pki::close));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant ahora = Instant.now();
    director = pki.issuePerson("María Quispe Huamán", "40123456", "Directora de TI", "OTI");
    vencido =
        pki.issuePerson(
            "Pedro Vencido Ramos",
            "40999999",
            "Analista",
            "OTI",
            ahora.minus(Duration.ofDays(400)),
            ahora.minus(Duration.ofDays(1)));
    bloqueado = pki.issuePerson("Rosa Bloqueada Díaz", "41111111", "Analista", "OGA");
    retirable = pki.issuePerson("Juan Retirado Soto", "42222222", "Analista", "OGA");
    revocado = pki.issuePerson("Luz Revocada Paz", "43333333", "Analista", "OGA");
    token("agente", director, vencido);
    token("bloqueado", bloqueado);
    token("retirable", retirable);
    token("revocado", revocado);
  }

  private void token(String etiqueta, IssuedPerson... personas) {
    Map<String, String> env = Map.of("SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF"));
    HerramientaExterna.ejecutar(
        env,
        "softhsm2-util",
        "--init-token",
        "--free",
        "--label",
        etiqueta,
        "--pin",
        PIN,
        "--so-pin",
        SO_PIN);
    try {
      for (int i = 0; i < personas.length; i++) {
        IssuedPerson p = personas[i];
        String id = "0" + (i + 1);
        Path llave = carpeta.resolveSibling("llave.pem");
        Files.writeString(
            llave,
            "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(p.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        HerramientaExterna.ejecutar(
            env,
            "softhsm2-util",
            "--import",
            llave.toString(),
            "--token",
            etiqueta,
            "--label",
            "firma" + id,
            "--id",
            id,
            "--pin",
            PIN);
        Files.delete(llave);
        // the person's certificate with the key's id, the CA certificates with ids of their own
        for (int j = 0; j < p.chain().size(); j++) {
          Path der = carpeta.resolveSibling("cert.der");
          Files.write(der, p.chain().get(j).getEncoded());
          HerramientaExterna.ejecutar(
              env,
              "pkcs11-tool",
              "--module",
              modulo.toString(),
              "--token-label",
              etiqueta,
              "--login",
              "--pin",
              PIN,
              "--write-object",
              der.toString(),
              "--type",
              "cert",
              "--id",
              j == 0 ? id : (i + 1) + "" + j,
              "--label",
              j == 0 ? "firma" + id : "ca" + j);
          Files.delete(der);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Locks the token's user PIN. SoftHSM2 2.6 never locks a PIN by itself (after a wrong PIN it only
   * raises CKF_USER_PIN_COUNT_LOW), but it refuses C_Login with CKR_PIN_LOCKED when its token flags
   * say CKF_USER_PIN_LOCKED: so the flag is set in the token's object file, as a card's own counter
   * would, and the file's generation is bumped so that the loaded module re-reads it. The agent
   * reads the flag with C_GetTokenInfo before asking for the PIN.
   */
  void bloquearPin(String etiqueta) {
    Path dir = directorio(etiqueta);
    try {
      Path archivo = dir.resolve("token.object");
      byte[] b = Files.readAllBytes(archivo);
      // attribute CKA_OS_TOKENFLAGS (0x8000534B), kind 2 (unsigned long), 8-byte big-endian value
      ByteBuffer buscado = ByteBuffer.allocate(16).putLong(0x8000534BL).putLong(2);
      int i = indice(b, buscado.array());
      assertTrue(i >= 0, "token flags not found in " + archivo);
      ByteBuffer valor = ByteBuffer.wrap(b, i + 16, 8);
      long flags = valor.getLong(i + 16);
      valor.putLong(i + 16, flags | 0x40000L); // CKF_USER_PIN_LOCKED
      // the file's first 8 bytes are its generation: a new one makes the module re-read it
      ByteBuffer.wrap(b).putLong(0, ByteBuffer.wrap(b).getLong(0) + 1);
      Files.write(archivo, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Takes the token away: its directory disappears, as a card pulled from its reader. */
  void retirar(String etiqueta) {
    try {
      borrar(directorio(etiqueta));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path directorio(String etiqueta) {
    byte[] buscado = String.format("%-32s", etiqueta).getBytes(StandardCharsets.US_ASCII);
    try (Stream<Path> dirs = Files.list(carpeta)) {
      for (Path d : dirs.toList()) {
        Path t = d.resolve("token.object");
        if (Files.exists(t) && indice(Files.readAllBytes(t), buscado) >= 0) {
          return d;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no token " + etiqueta + " in " + carpeta);
  }

  private static int indice(byte[] b, byte[] buscado) {
    outer:
    for (int i = 0; i + buscado.length <= b.length; i++) {
      for (int j = 0; j < buscado.length; j++) {
        if (b[i + j] != buscado[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void borrar(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> w = Files.walk(dir)) {
        for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static List<String> etiquetas() {
    return List.of("agente", "bloqueado", "retirable", "revocado");
  }
}
