package pe.gob.minem.tramite.agente;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The current user's Windows certificate store (SunMSCAPI, "Windows-MY"): certificates imported
 * there or exposed by a smart-card minidriver. Windows itself asks for the PIN (or the key's
 * password), so {@link PinProvider} is not used. Not exercised by the tests (Linux).
 */
final class AlmacenWindows implements Almacen {

  static boolean disponible() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  @Override
  public String nombre() {
    return "Windows";
  }

  @Override
  public boolean presente() {
    return true;
  }

  @Override
  public List<Certificado> certificados() throws ErrorDelAgente {
    KeyStore ks = almacen();
    List<Certificado> r = new ArrayList<>();
    try {
      for (String alias : Collections.list(ks.aliases())) {
        if (!ks.isKeyEntry(alias)) {
          continue;
        }
        Certificate[] cadena = ks.getCertificateChain(alias);
        if (cadena == null || cadena.length == 0) {
          continue;
        }
        List<X509Certificate> x = new ArrayList<>();
        for (Certificate c : cadena) {
          x.add((X509Certificate) c);
        }
        r.add(Certificado.de("Windows", x));
      }
    } catch (GeneralSecurityException e) {
      throw new ErrorDelAgente(
          Codigo.ERROR_INTERNO, "No se pudo leer el almacén de Windows: " + e.getMessage(), e);
    }
    return r;
  }

  @Override
  public Llave abrir(Certificado certificado, Function<String, PedidoDePin> pedido, PinProvider pin)
      throws ErrorDelAgente {
    KeyStore ks = almacen();
    try {
      for (String alias : Collections.list(ks.aliases())) {
        Certificate c = ks.getCertificate(alias);
        if (ks.isKeyEntry(alias)
            && c instanceof X509Certificate x
            && Certificado.huella(x).equals(certificado.id())) {
          PrivateKey llave = (PrivateKey) ks.getKey(alias, null);
          return new LlaveWindows(llave);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new ErrorDelAgente(
          Codigo.ERROR_INTERNO, "No se pudo abrir la clave en Windows: " + e.getMessage(), e);
    }
    throw new ErrorDelAgente(
        Codigo.CERTIFICADO_NO_ENCONTRADO, "El certificado ya no está en el almacén de Windows.");
  }

  private record LlaveWindows(PrivateKey llave) implements Llave {
    @Override
    public byte[] firmar(String digestAlgorithm, byte[] digest) throws ErrorDelAgente {
      if (!"RSA".equals(llave.getAlgorithm())) {
        throw new ErrorDelAgente(
            Codigo.ERROR_DE_FIRMA,
            "El almacén de Windows solo firma aquí con claves RSA; use el token por PKCS#11.");
      }
      try {
        // SunMSCAPI's NONEwithRSA takes the bare digest and builds the DigestInfo itself
        Signature s = Signature.getInstance("NONEwithRSA", "SunMSCAPI");
        s.initSign(llave);
        s.update(digest);
        return s.sign();
      } catch (GeneralSecurityException e) {
        throw new ErrorDelAgente(
            Codigo.ERROR_DE_FIRMA, "Windows no pudo firmar: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {}
  }

  private static KeyStore almacen() throws ErrorDelAgente {
    try {
      KeyStore ks = KeyStore.getInstance("Windows-MY", "SunMSCAPI");
      ks.load(null, null);
      return ks;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new ErrorDelAgente(
          Codigo.ERROR_INTERNO, "No se pudo abrir el almacén de Windows: " + e.getMessage(), e);
    }
  }
}
