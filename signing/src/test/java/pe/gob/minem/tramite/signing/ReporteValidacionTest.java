package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReporteValidacionTest extends SignatureScenario {

  @Test
  void losInformesXmlSeGuardanYElPdfSeLee() throws Exception {
    byte[] pdf =
        sign(SamplePdf.informe(6), TestPki.analista(), SignatureOptions.vistoBueno(PadesLevel.B_T));
    pdf = sign(pdf, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_LT));
    ValidationReport report = assertAllPassed(pdf, 2);
    for (SignatureReport s : report.signatures()) {
      assertTrue(report.simpleReportXml().contains(s.id()));
      assertTrue(report.detailedReportXml().contains(s.id()));
    }
    assertTrue(report.detailedReportXml().contains("BasicBuildingBlocks"));

    byte[] informe = validation().renderPdf(report, "Informe N° 6, versión 3");
    try (PDDocument document = Loader.loadPDF(informe)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Informe de validación de firmas digitales"), text);
      assertTrue(text.contains("José Pérez Rojas"), text);
      assertTrue(text.contains("María Quispe Huamán"), text);
      assertTrue(text.contains("Documento validado: Informe N° 6, versión 3"), text);
      assertTrue(text.contains("Resultado: Válida (TOTAL_PASSED)"), text);
      assertTrue(text.contains("PAdES-BASELINE-LT"), text);
    }
    assertTrue(Files.size(PdfInspection.render(informe, 1, "informe-validacion")) > 10_000);

    // the verdicts alone are the same, without the XML nobody reads after signing
    ValidationReport veredictos = validation().verdicts(pdf);
    assertNull(veredictos.simpleReportXml());
    assertNull(veredictos.detailedReportXml());
    assertEquals(
        report.signatures().stream().map(s -> s.id() + s.indication() + s.level()).toList(),
        veredictos.signatures().stream().map(s -> s.id() + s.indication() + s.level()).toList());
  }
}
