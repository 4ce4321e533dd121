package pe.gob.minem.tramite.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A key in a PKCS#12 file: the server-held seal, or a demo person's key.
 *
 * @param keystore the PKCS#12 bytes
 * @param password the keystore and key password
 * @param alias the entry to use, or {@code null} for the only (first) key entry
 */
public record Pkcs12Key(byte[] keystore, char[] password, String alias) implements SignerKey {

  public Pkcs12Key {
    if (keystore == null || keystore.length == 0) {
      throw new IllegalArgumentException("PKCS#12 vacío");
    }
    password = password == null ? new char[0] : password.clone();
  }

  public static Pkcs12Key of(Path file, char[] password) {
    try {
      return new Pkcs12Key(Files.readAllBytes(file), password, null);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el PKCS#12 " + file, e);
    }
  }
}
