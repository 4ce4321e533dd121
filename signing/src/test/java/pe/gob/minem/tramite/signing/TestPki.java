package pe.gob.minem.tramite.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/** One demo PKI per test JVM (key generation and the HTTP server are the expensive part). */
final class TestPki {

  private static DemoPki pki;
  private static Path dir;

  private TestPki() {}

  static synchronized DemoPki get() {
    if (pki == null) {
      try {
        Path target = Paths.get("target");
        Files.createDirectories(target);
        dir = Files.createTempDirectory(target, "test-pki-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pki = DemoPki.openOrCreate(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(pki::close));
    }
    return pki;
  }

  static Path dir() {
    get();
    return dir;
  }

  static IssuedPerson director() {
    return get().issuePerson("María Quispe Huamán", "40123456", "Directora de TI", "OTI");
  }

  static IssuedPerson analista() {
    return get().issuePerson("José Pérez Rojas", "41234567", "Analista de Sistemas", "OTI");
  }

  static IssuedPerson legal() {
    return get().issuePerson("Ana Torres Cárdenas", "42345678", "Analista Legal", "OGA");
  }

  static IssuedPerson directorGeneral() {
    return get().issuePerson("Luis Mendoza Salas", "43456789", "Director General", "OGA");
  }
}
