package pe.gob.minem.tramite.interfaces;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * A signer's certificate chain as clients send it for external signing (Base64 DER, signer first):
 * the API's {@code certificados} and the page's agent flow read it the same way.
 */
public final class CadenaDeCertificados {

  private CadenaDeCertificados() {}

  public static List<X509Certificate> leer(List<String> b64) {
    if (b64 == null || b64.isEmpty()) {
      throw new DatosInvalidosException(
          "certificados", "Envíe la cadena de certificados del firmante (Base64 DER).");
    }
    try {
      var fabrica = CertificateFactory.getInstance("X.509");
      List<X509Certificate> l = new ArrayList<>();
      for (String c : b64) {
        if (c == null || c.isBlank()) {
          throw new DatosInvalidosException(
              "certificados", "Un certificado de la cadena está vacío.");
        }
        l.add(
            (X509Certificate)
                fabrica.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(c.strip()))));
      }
      return l;
    } catch (CertificateException | IllegalArgumentException e) {
      throw new DatosInvalidosException(
          "certificados", "Un certificado no es un X.509 válido en Base64 DER.");
    }
  }
}
