package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/** Client-side signing: the private key stays with the test client, the server never sees it. */
class FirmaExternaTest extends SignatureScenario {

  /** What a card does: PKCS#1 v1.5 over the DigestInfo of the digest the server sent. */
  static byte[] clientSignsDigest(PrivateKey key, byte[] digest) throws Exception {
    byte[] digestInfo =
        new DigestInfo(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest)
            .getEncoded();
    Signature rsa = Signature.getInstance("NONEwithRSA");
    rsa.initSign(key);
    rsa.update(digestInfo);
    return rsa.sign();
  }

  @Test
  void tresPasosFirmaUnaSolaVez() throws Exception {
    IssuedPerson director = TestPki.director();
    PrivateKey clientKey = director.privateKey(); // held by the client only

    PendingSignature pending =
        signing()
            .prepare(
                SamplePdf.informe(9),
                director.chain(),
                SignatureOptions.conformidad(PadesLevel.B_T));
    assertEquals("SHA256withRSA", pending.signatureAlgorithm());
    assertArrayEquals(
        MessageDigest.getInstance("SHA-256").digest(pending.dataToSign()), pending.digest());

    byte[] value = clientSignsDigest(clientKey, pending.digest());
    byte[] firmado = signing().complete(pending.id(), value, director.chain());

    ValidationReport report = assertAllPassed(firmado, 1);
    assertEquals("María Quispe Huamán", report.signatures().get(0).firmante());
    Pdfsig.assertAllValid(firmado, 1);

    SigningException twice =
        assertThrows(
            SigningException.class,
            () -> signing().complete(pending.id(), value, director.chain()));
    assertTrue(twice.getMessage().contains("ya fue completada"), twice.getMessage());
  }

  @Test
  void unValorDeFirmaAjenoOtroCertificadoYUnIdDesconocidoSeRechazan() throws Exception {
    IssuedPerson director = TestPki.director();
    IssuedPerson otro = TestPki.analista();
    byte[] pdf = SamplePdf.informe(9);

    PendingSignature p1 =
        signing().prepare(pdf, director.chain(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    byte[] wrongKey = clientSignsDigest(otro.privateKey(), p1.digest());
    SigningException e1 =
        assertThrows(
            SigningException.class, () -> signing().complete(p1.id(), wrongKey, director.chain()));
    assertTrue(e1.getMessage().contains("no corresponde"), e1.getMessage());

    PendingSignature p2 =
        signing().prepare(pdf, director.chain(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    byte[] value = clientSignsDigest(director.privateKey(), p2.digest());
    assertThrows(SigningException.class, () -> signing().complete(p2.id(), value, otro.chain()));

    assertThrows(
        SigningException.class, () -> signing().complete("no-existe", value, director.chain()));
  }

  @Test
  void unaSolicitudVencidaSeRechaza() throws Exception {
    SigningService breve =
        SigningService.create(config().withExternalSigningTtl(Duration.ofMillis(300)));
    IssuedPerson director = TestPki.director();
    PendingSignature pending =
        breve.prepare(
            SamplePdf.informe(3), director.chain(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    byte[] value = clientSignsDigest(director.privateKey(), pending.digest());
    Thread.sleep(500);
    SigningException e =
        assertThrows(
            SigningException.class, () -> breve.complete(pending.id(), value, director.chain()));
    assertTrue(e.getMessage().contains("expiró"), e.getMessage());
  }
}
