package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

class DemoPkiTest {

  private static byte[] get(URI uri) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), uri.toString());
    return response.body();
  }

  @Test
  void seCreaUnaVezSeReabreIgualYPublicaSusCrlPorHttp() throws Exception {
    Path data = Files.createTempDirectory(TestPki.dir(), "pki-");
    X509Certificate root;
    IssuedPerson persona;
    int port;
    try (DemoPki pki = DemoPki.openOrCreate(data)) {
      root = pki.rootCertificate();
      persona = pki.issuePerson("Rosa Díaz Paredes", "44556677", "Secretaria", "OTI");
      port = pki.baseUrl().getPort();
      assertTrue(root.getSubjectX500Principal().getName().contains("DEMO"));
      assertTrue(
          persona.certificate().getSubjectX500Principal().getName().contains("sin validez legal"));
      pki.revoke(persona.certificate());
    }
    try (DemoPki reabierta = DemoPki.openOrCreate(data)) {
      assertEquals(root, reabierta.rootCertificate());
      assertEquals(
          port, reabierta.baseUrl().getPort(), "the URLs in the certificates keep working");
      X509CRL crl =
          (X509CRL)
              CertificateFactory.getInstance("X.509")
                  .generateCRL(
                      new ByteArrayInputStream(
                          get(URI.create(reabierta.baseUrl() + "/issuing.crl"))));
      crl.verify(reabierta.issuingCertificate().getPublicKey());
      assertTrue(crl.isRevoked(persona.certificate()), "revocations survive a restart");
      X509Certificate served =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(get(URI.create(reabierta.baseUrl() + "/root.cer"))));
      assertEquals(root, served);
      // a new certificate replaces the revoked one for the same person
      IssuedPerson nueva =
          reabierta.issuePerson("Rosa Díaz Paredes", "44556677", "Secretaria", "OTI");
      assertTrue(!nueva.certificate().equals(persona.certificate()));
    }
  }

  @Test
  void diceElCertificadoVigenteDeUnDniSinEmitirNiRenovarlo() throws Exception {
    Path data = Files.createTempDirectory(TestPki.dir(), "pki-");
    try (DemoPki pki = DemoPki.openOrCreate(data)) {
      assertTrue(pki.person("45678901").isEmpty(), "nothing issued, nothing issued by asking");
      IssuedPerson emitida = pki.issuePerson("Luz Ramos Vera", "45678901", "Analista", "OTI");
      assertEquals(emitida.certificate(), pki.person("45678901").orElseThrow().certificate());
      assertTrue(pki.revocationTime(emitida.certificate()).isEmpty());
      pki.revoke(emitida.certificate());
      assertTrue(pki.revocationTime(emitida.certificate()).isPresent());
      // still the current one: only issuePerson replaces it
      assertEquals(emitida.certificate(), pki.person("45678901").orElseThrow().certificate());
    }
    try (DemoPki reabierta = DemoPki.openOrCreate(data)) {
      X509Certificate actual = reabierta.person("45678901").orElseThrow().certificate();
      assertTrue(reabierta.revocationTime(actual).isPresent(), "read back from disk");
    }
  }
}
