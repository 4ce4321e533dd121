package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.signing.Pkcs11Key;
import pe.gob.minem.tramite.signing.Pkcs12Key;
import pe.gob.minem.tramite.signing.SignerKey;
import pe.gob.minem.tramite.signing.SigningException;

/** Opens a {@link SignerKey} as a DSS signature token and picks its key entry. */
final class KeyTokens {

  private KeyTokens() {}

  /** An opened token and the chosen key. */
  record Opened(
      SignatureTokenConnection token, DSSPrivateKeyEntry entry, List<X509Certificate> chain) {

    SignatureValue sign(ToBeSigned data, SignatureAlgorithm algorithm) {
      try {
        return token.sign(data, algorithm, entry);
      } catch (DSSException e) {
        throw new SigningException("La clave no pudo firmar: " + e.getMessage(), e);
      }
    }

    void close() {
      token.close();
    }
  }

  static Opened open(SignerKey key) {
    AbstractKeyStoreTokenConnection token;
    String alias;
    try {
      if (key instanceof Pkcs12Key p12) {
        token = new Pkcs12SignatureToken(p12.keystore(), new PasswordProtection(p12.password()));
        alias = p12.alias();
      } else if (key instanceof Pkcs11Key p11) {
        token =
            new Pkcs11SignatureToken(
                p11.library().toString(), () -> p11.pin().clone(), -1, p11.slotIndex(), null);
        alias = p11.alias();
      } else {
        throw new SigningException("Tipo de clave desconocido: " + key);
      }
    } catch (DSSException e) {
      throw new SigningException("No se pudo abrir la clave: " + e.getMessage(), e);
    }
    try {
      DSSPrivateKeyEntry entry = alias == null ? first(token) : token.getKey(alias);
      if (entry == null) {
        throw new SigningException("No hay clave '" + alias + "' en el almacén");
      }
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(entry.getCertificate().getCertificate());
      if (entry.getCertificateChain() != null) {
        for (CertificateToken c : entry.getCertificateChain()) {
          if (!c.equals(entry.getCertificate())) {
            chain.add(c.getCertificate());
          }
        }
      }
      return new Opened(token, entry, List.copyOf(chain));
    } catch (DSSException | SigningException e) {
      token.close();
      throw e instanceof SigningException s
          ? s
          : new SigningException("No se pudo leer la clave: " + e.getMessage(), e);
    }
  }

  private static DSSPrivateKeyEntry first(AbstractKeyStoreTokenConnection token) {
    List<DSSPrivateKeyEntry> keys = token.getKeys();
    if (keys.isEmpty()) {
      throw new SigningException("El almacén no contiene ninguna clave privada");
    }
    return keys.get(0);
  }
}
