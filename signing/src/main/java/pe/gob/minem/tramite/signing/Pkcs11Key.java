package pe.gob.minem.tramite.signing;

import java.nio.file.Path;

/**
 * A key on a PKCS#11 token (DNIe, USB token, HSM).
 *
 * @param library the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param slotIndex index in the list of slots that hold a token (0 = first token)
 * @param pin the user PIN
 * @param alias the key's label, or {@code null} for the first key on the token
 */
public record Pkcs11Key(Path library, int slotIndex, char[] pin, String alias)
    implements SignerKey {

  public Pkcs11Key {
    if (library == null) {
      throw new IllegalArgumentException("Falta la biblioteca PKCS#11");
    }
    pin = pin == null ? new char[0] : pin.clone();
  }
}
