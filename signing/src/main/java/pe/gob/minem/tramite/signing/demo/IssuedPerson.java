package pe.gob.minem.tramite.signing.demo;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import pe.gob.minem.tramite.signing.Pkcs12Key;
import pe.gob.minem.tramite.signing.SignerKey;

/**
 * A demo person's signing key and certificate (CN = nombre, serialNumber = DNI, title = cargo, OU =
 * unidad).
 *
 * @param pkcs12 the key and chain as PKCS#12, alias {@link DemoPki#PERSON_ALIAS}
 * @param password the PKCS#12 password
 * @param chain the person's certificate, the issuing CA, the root
 */
public record IssuedPerson(
    String nombre,
    String dni,
    String cargo,
    String unidad,
    byte[] pkcs12,
    char[] password,
    List<X509Certificate> chain) {

  public IssuedPerson {
    chain = List.copyOf(chain);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The key as the signing service takes it. */
  public SignerKey signerKey() {
    return new Pkcs12Key(pkcs12, password, DemoPki.PERSON_ALIAS);
  }

  /** The private key, for tests that play the client of external signing or fill a token. */
  public PrivateKey privateKey() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(pkcs12), password);
      return (PrivateKey) ks.getKey(DemoPki.PERSON_ALIAS, password);
    } catch (java.io.IOException | GeneralSecurityException e) {
      throw new IllegalStateException("PKCS#12 de demostración ilegible", e);
    }
  }
}
