package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The instances of a group share one data folder, and so one demo PKI (issue 17): the first to open
 * it serves its URLs, the others use that server, and what any of them issues or revokes is what
 * the OCSP responder answers.
 */
class DemoPkiCompartidaTest {

  private static CertificateStatus ocsp(DemoPki pki, X509Certificate cert) {
    OCSPToken token =
        new OnlineOCSPSource()
            .getRevocationToken(
                new CertificateToken(cert), new CertificateToken(pki.issuingCertificate()));
    assertNotNull(token, "el respondedor OCSP no contestó");
    return token.getStatus();
  }

  @Test
  void dosProcesosSobreLaMismaCarpetaComparteUnServidorYLoQueEmiteORevocaCadaUno()
      throws Exception {
    Path datos = Files.createTempDirectory(TestPki.dir(), "compartida-");
    try (DemoPki primera = DemoPki.openOrCreate(datos)) {
      try (DemoPki segunda = DemoPki.openOrCreate(datos)) {
        assertEquals(primera.baseUrl(), segunda.baseUrl());
        assertEquals(primera.rootCertificate(), segunda.rootCertificate());

        // issued by the one that does not serve: the server's responder knows it
        IssuedPerson nueva =
            segunda.issuePerson("Rosa Díaz Paredes", "44556677", "Secretaria", "OTI");
        assertEquals(CertificateStatus.GOOD, ocsp(primera, nueva.certificate()));
        // and the other sees the same current certificate for that DNI
        assertEquals(nueva.certificate(), primera.person("44556677").orElseThrow().certificate());

        // revoked by the one that does not serve: the server's responder says so
        segunda.revoke(nueva.certificate());
        assertEquals(CertificateStatus.REVOKED, ocsp(primera, nueva.certificate()));

        // a replacement issued by the server's own process is the other's current one
        IssuedPerson reemplazo =
            primera.issuePerson("Rosa Díaz Paredes", "44556677", "Secretaria", "OTI");
        assertTrue(!reemplazo.certificate().equals(nueva.certificate()));
        assertEquals(
            reemplazo.certificate(), segunda.person("44556677").orElseThrow().certificate());
        assertEquals(CertificateStatus.GOOD, ocsp(segunda, reemplazo.certificate()));
        // and both revocations are kept when the other revokes too
        primera.revoke(reemplazo.certificate());
        assertEquals(CertificateStatus.REVOKED, ocsp(primera, nueva.certificate()));
        assertEquals(CertificateStatus.REVOKED, ocsp(primera, reemplazo.certificate()));
      }
    }
  }

  @Test
  void siElProcesoQueSirveMuereOtroTomaSuPuerto() throws Exception {
    Path datos = Files.createTempDirectory(TestPki.dir(), "relevo-");
    DemoPki primera = DemoPki.openOrCreate(datos);
    try (DemoPki segunda = DemoPki.openOrCreate(datos)) {
      assertTrue(primera.serves());
      assertTrue(!segunda.serves(), "la segunda usa el servidor de la primera");
      IssuedPerson p = segunda.issuePerson("Luz Ramos Vera", "45678901", "Analista", "OTI");
      primera.close(); // the serving instance dies
      for (int i = 0; i < 50 && !segunda.serves(); i++) {
        Thread.sleep(200);
      }
      assertTrue(segunda.serves(), "la segunda tomó el puerto");
      assertEquals(CertificateStatus.GOOD, ocsp(segunda, p.certificate()));
    }
  }

  @Test
  void unPuertoOcupadoPorOtraCosaSigueSiendoUnError() throws Exception {
    Path datos = Files.createTempDirectory(TestPki.dir(), "ocupada-");
    int puerto;
    try (DemoPki pki = DemoPki.openOrCreate(datos)) {
      puerto = pki.baseUrl().getPort();
    }
    // something else (not this PKI) on its port
    try (var otro =
        new java.net.ServerSocket(puerto, 1, java.net.InetAddress.getLoopbackAddress())) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> DemoPki.openOrCreate(datos));
      assertTrue(e.getMessage().contains("ocupado"), e.getMessage());
    }
  }
}
