package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariasFirmasTest extends SignatureScenario {

  @Test
  void dosVistosBuenosYLaFirmaFinalQuedanValidasYNoSeSuperponen() throws Exception {
    byte[] informe = SamplePdf.informe(14);
    byte[] v1 = sign(informe, TestPki.analista(), SignatureOptions.vistoBueno(PadesLevel.B_T));
    byte[] v2 = sign(v1, TestPki.legal(), SignatureOptions.vistoBueno(PadesLevel.B_T));
    byte[] firmado = sign(v2, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_LTA));

    ValidationReport report = assertAllPassed(firmado, 3);
    assertEquals(
        List.of("José Pérez Rojas", "Ana Torres Cárdenas", "María Quispe Huamán"),
        report.signatures().stream().map(SignatureReport::firmante).toList());
    assertEquals(
        List.of("Doy V°B°", "Doy V°B°", "Firmo en señal de conformidad"),
        report.signatures().stream().map(SignatureReport::motivo).toList());
    Pdfsig.assertAllValid(firmado, 3);

    assertEquals(1, PdfInspection.pages(firmado), "the stamps fit under the text");
    List<Rectangle2D> stamps = PdfInspection.stamps(firmado, 1);
    assertEquals(3, stamps.size());
    float textBottom = PdfInspection.lowestTextY(informe, 1);
    for (int i = 0; i < stamps.size(); i++) {
      assertTrue(stamps.get(i).getMaxY() < textBottom, "stamp over the text: " + stamps.get(i));
      for (int j = i + 1; j < stamps.size(); j++) {
        assertFalse(stamps.get(i).intersects(stamps.get(j)), "stamps overlap: " + stamps);
      }
    }
    // side by side on one row
    assertEquals(stamps.get(0).getY(), stamps.get(2).getY(), 0.01);
    assertTrue(Files.size(PdfInspection.render(firmado, 1, "tres-firmas")) > 10_000);
  }
}
