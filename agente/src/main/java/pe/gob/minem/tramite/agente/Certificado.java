package pe.gob.minem.tramite.agente;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * A certificate whose private key is in one of the agent's stores.
 *
 * @param id the SHA-256 of the certificate's DER, in lower-case hex: how the portal names it
 * @param token the label of the token (or "Windows") that holds the key
 * @param cadena the signer's certificate first, then the CA certificates found beside it
 */
record Certificado(String id, String token, List<X509Certificate> cadena) {

  Certificado {
    cadena = List.copyOf(cadena);
  }

  static Certificado de(String token, List<X509Certificate> cadena) {
    return new Certificado(huella(cadena.get(0)), token, cadena);
  }

  X509Certificate certificado() {
    return cadena.get(0);
  }

  /** The serial number in lower-case hex. */
  String numeroDeSerie() {
    return certificado().getSerialNumber().toString(16);
  }

  /** Whether the key usage allows non-repudiation: the DNIe's signing (not authentication) key. */
  boolean noRepudio() {
    boolean[] uso = certificado().getKeyUsage();
    return uso != null && uso.length > 1 && uso[1];
  }

  /** The holder's common name, or the whole subject when it has none. */
  String titular() {
    String dn = certificado().getSubjectX500Principal().getName();
    try {
      for (Rdn rdn : new LdapName(dn).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      // fall through to the whole name
    }
    return dn;
  }

  /** Whether {@code referencia} (a SHA-256 id or a serial number in hex) names this certificate. */
  boolean esLlamado(String referencia) {
    String r = referencia.trim().toLowerCase().replace(":", "");
    return r.equals(id) || r.replaceFirst("^0+(?=.)", "").equals(numeroDeSerie());
  }

  static String huella(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
