package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.ValidationService;

/**
 * The portal's three steps with the agent in the middle, as the page will drive them: the chain the
 * agent lists goes to step 1, the data to sign of step 1 to the agent, its signature to step 3.
 */
class TresPasosConElPortalTest extends AgenteEnMarcha {

  private SigningConfig config() {
    return SigningConfig.defaults()
        .withTrustAnchors(tokens.pki.trustAnchors())
        .withTimestampAuthority(tokens.pki.timestampAuthority());
  }

  @Test
  void loQueFirmaElAgenteCompletaUnaFirmaPadesValida() throws Exception {
    SigningService portal = SigningService.create(config());
    List<X509Certificate> cadena = cadenaListada(id(tokens.director.certificate()));
    PendingSignature paso1 =
        portal.prepare(pdf(), cadena, SignatureOptions.conformidad(PadesLevel.B_T));
    Map<String, Object> r =
        resultados(firmar(id(cadena.get(0)), Map.of(paso1.id(), paso1.dataToSign()))).get(0);
    byte[] firmado =
        portal.complete(paso1.id(), Base64.getDecoder().decode((String) r.get("firma")), cadena);
    assertTrue(ValidationService.create(config()).verdicts(firmado).allPassed());
  }

  @Test
  void unCertificadoRevocadoLoRechazaElPortalEnElPaso1AntesDeLlegarAlAgente() throws Exception {
    // the agent does not ask OCSP (ADR 0019): it still lists the certificate…
    List<X509Certificate> cadena = cadenaListada(id(tokens.revocado.certificate()));
    tokens.pki.revoke(tokens.revocado.certificate());
    // …and the portal refuses it at step 1, so no digest of it ever reaches the agent
    SigningException e =
        assertThrows(
            SigningException.class,
            () ->
                SigningService.create(config())
                    .prepare(pdf(), cadena, SignatureOptions.conformidad(PadesLevel.B_T)));
    assertEquals(SigningException.Reason.CERTIFICATE_REVOKED, e.reason());
    assertTrue(pin.pedidos.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private List<X509Certificate> cadenaListada(String id) throws Exception {
    Respuesta r = get("/certificados");
    Map<String, Object> c =
        ((List<Map<String, Object>>) r.json().get("certificados"))
            .stream().filter(x -> x.get("id").equals(id)).findFirst().orElseThrow();
    List<X509Certificate> cadena = new ArrayList<>();
    CertificateFactory f = CertificateFactory.getInstance("X.509");
    for (String b64 : (List<String>) c.get("certificados")) {
      cadena.add(
          (X509Certificate)
              f.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(b64))));
    }
    return cadena;
  }

  private static byte[] pdf() throws Exception {
    try (PDDocument d = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.addPage(new PDPage());
      d.save(out);
      return out.toByteArray();
    }
  }
}
