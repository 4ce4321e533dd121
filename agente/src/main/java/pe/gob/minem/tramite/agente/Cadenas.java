package pe.gob.minem.tramite.agente;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Orders a signer's certificate and the CA certificates stored beside it into a chain. */
final class Cadenas {

  private Cadenas() {}

  static List<X509Certificate> construir(X509Certificate firmante, List<X509Certificate> todos) {
    List<X509Certificate> cadena = new ArrayList<>(List.of(firmante));
    X509Certificate actual = firmante;
    while (cadena.size() < 10
        && !actual.getSubjectX500Principal().equals(actual.getIssuerX500Principal())) {
      X509Certificate emisor = emisor(actual, todos, cadena);
      if (emisor == null) {
        break;
      }
      cadena.add(emisor);
      actual = emisor;
    }
    return cadena;
  }

  private static X509Certificate emisor(
      X509Certificate c, List<X509Certificate> todos, List<X509Certificate> ya) {
    for (X509Certificate candidato : todos) {
      if (!ya.contains(candidato)
          && candidato.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
        try {
          c.verify(candidato.getPublicKey());
          return candidato;
        } catch (Exception e) {
          // same name, other key: keep looking
        }
      }
    }
    return null;
  }
}
