package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentoAlteradoTest extends SignatureScenario {

  @Test
  void unByteCambiadoDespuesDeFirmarNoEsValido() {
    byte[] firmado =
        sign(
            SamplePdf.informe(8), TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_T));
    assertNotValid(Tampering.changeSignedByte(firmado), Indication.TOTAL_FAILED, "HASH_FAILURE");
  }

  @Test
  void unRangoDeBytesQueNoCubreElArchivoNoEsValido() {
    byte[] firmado =
        sign(
            SamplePdf.informe(8), TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_B));
    byte[] recortado = Tampering.shrinkByteRange(firmado);
    SignatureReport firma = assertNotValid(recortado, Indication.TOTAL_FAILED, "HASH_FAILURE");
    assertFalse(firma.coversWholeDocument());
  }

  @Test
  void unaActualizacionIncrementalQueCambiaLaPaginaEsDetectada() {
    byte[] firmado =
        sign(
            SamplePdf.informe(8), TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_T));
    byte[] atacado = Tampering.overwritePageInIncrementalUpdate(firmado);
    keep("shadow-attack.pdf", atacado);
    SignatureReport firma = assertNotValid(atacado, Indication.TOTAL_FAILED, "FORMAT_FAILURE");
    assertTrue(firma.modifiedAfterSigning());
    assertFalse(firma.coversWholeDocument());
  }

  @Test
  void elAtaqueSeDetectaTambienConVariasFirmas() {
    byte[] pdf = SamplePdf.informe(8);
    pdf = sign(pdf, TestPki.analista(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    pdf = sign(pdf, TestPki.legal(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    pdf = sign(pdf, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_B));
    ValidationReport report = validate(Tampering.overwritePageInIncrementalUpdate(pdf));
    assertEquals(3, report.signatures().size());
    for (SignatureReport s : report.signatures()) {
      assertEquals(Indication.TOTAL_FAILED, s.indication(), () -> describe(report));
      assertTrue(s.modifiedAfterSigning());
    }
  }

  @Test
  void firmarUnDocumentoConFirmasRotasSeRechaza() {
    byte[] firmado =
        sign(SamplePdf.informe(8), TestPki.analista(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    byte[] atacado = Tampering.overwritePageInIncrementalUpdate(firmado);
    SigningException e =
        assertThrows(
            SigningException.class,
            () -> sign(atacado, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_B)));
    assertTrue(e.getMessage().contains("firmas inválidas"), e.getMessage());
    assertTrue(e.getMessage().contains("José Pérez Rojas"), e.getMessage());
  }
}
