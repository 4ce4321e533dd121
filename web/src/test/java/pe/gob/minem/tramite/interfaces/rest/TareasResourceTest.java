package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The signer's chain as the API receives it: a list of Base64 DER certificates, signer first. */
class TareasResourceTest {

  /** The Base64 DER of a PEM test resource (a long-lived test CA and a signer it issued). */
  static String base64Der(String recurso) {
    try (InputStream in = TareasResourceTest.class.getResourceAsStream(recurso)) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String FIRMANTE = base64Der("firmante-de-prueba.pem");
  private static final String CA = base64Der("ca-de-prueba.pem");

  private static DatosInvalidosException rechazo(List<String> cadena) {
    return assertThrows(DatosInvalidosException.class, () -> TareasResource.certificados(cadena));
  }

  @Test
  void leeLaCadenaEnElOrdenRecibido() {
    var cadena = TareasResource.certificados(List.of(FIRMANTE, CA));
    assertEquals(2, cadena.size());
    assertEquals(
        "C=PE,O=Tramite,CN=Firmante de Prueba", cadena.get(0).getSubjectX500Principal().getName());
    assertEquals(
        "C=PE,O=Tramite,CN=CA de Prueba", cadena.get(0).getIssuerX500Principal().getName());
    assertEquals(cadena.get(0).getIssuerX500Principal(), cadena.get(1).getSubjectX500Principal());
  }

  @Test
  void unSoloCertificadoBasta() {
    assertEquals(1, TareasResource.certificados(List.of(FIRMANTE)).size());
  }

  @Test
  void sinCadenaPideLaCadena() {
    for (var e : List.of(rechazo(null), rechazo(List.of()))) {
      assertEquals("certificados", e.getCampo());
      assertEquals("Envíe la cadena de certificados del firmante (Base64 DER).", e.getMessage());
    }
  }

  @Test
  void textoQueNoEsBase64EsUnCertificadoNoValido() {
    var e = rechazo(List.of(FIRMANTE, "esto no es base64!"));
    assertEquals("certificados", e.getCampo());
    assertEquals("Un certificado no es un X.509 válido en Base64 DER.", e.getMessage());
  }

  @Test
  void base64QueNoEsUnCertificadoTambienSeRechaza() {
    String noCertificado =
        Base64.getEncoder().encodeToString("%PDF-1.7 no soy un certificado".getBytes());
    var e = rechazo(List.of(noCertificado));
    assertEquals("certificados", e.getCampo());
    assertEquals("Un certificado no es un X.509 válido en Base64 DER.", e.getMessage());
  }

  @Test
  void unCertificadoVacioSeRechaza() {
    assertEquals("certificados", rechazo(List.of("")).getCampo());
  }

  @Test
  void unCertificadoTruncadoSeRechaza() {
    byte[] der = Base64.getDecoder().decode(FIRMANTE);
    String truncado = Base64.getEncoder().encodeToString(Arrays.copyOf(der, der.length / 2));
    assertEquals("certificados", rechazo(List.of(truncado)).getCampo());
  }

  @Test
  void unCertificadoNuloEsUnErrorDelCampoNoUnErrorInterno() {
    var cadena = new java.util.ArrayList<String>();
    cadena.add(null);
    assertEquals("certificados", rechazo(cadena).getCampo());
  }

  @Test
  void losCamposDelPasoVienenEnCamposOEnLaRaizComoAntes() {
    var r = new TareasResource.Resultado();
    r.campos = new java.util.HashMap<>();
    r.campos.put("numeroOrden", 42);
    r.campos.put("verificado", true);
    r.campos.put("nada", null);
    r.unidad = "OTI";
    r.revisionLegal = false;
    r.decision = "CAMBIOS";
    assertEquals(
        java.util.Map.of(
            "numeroOrden", "42",
            "verificado", "true",
            "unidad", "OTI",
            "revisionLegal", "false",
            "decision", "CAMBIOS"),
        r.valores());
    // a field sent both ways: the one in campos wins
    r.campos.put("unidad", "DGM");
    assertEquals("DGM", r.valores().get("unidad"));
  }

  @Test
  void unaFirmaExternaSinValorSeRechazaConSuCampo() {
    var recurso = new TareasResource();
    var r = new TareasResource.Resultado();
    r.firmaExterna = new TareasResource.FirmaCliente();
    r.firmaExterna.solicitud = "s";
    r.firmaExterna.certificados = List.of(FIRMANTE);
    var e = assertThrows(DatosInvalidosException.class, () -> recurso.completar("t", r));
    assertEquals("firmaExterna", e.getCampo());
  }
}
