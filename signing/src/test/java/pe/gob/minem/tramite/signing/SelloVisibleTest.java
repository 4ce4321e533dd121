package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SelloVisibleTest extends SignatureScenario {

  @Test
  void sinEspacioBajoElTextoAnadeUnaPaginaAntesDeLaPrimeraFirma() {
    byte[] lleno = SamplePdf.informe(46);
    byte[] primera = sign(lleno, TestPki.analista(), SignatureOptions.vistoBueno(PadesLevel.B_B));
    assertEquals(2, PdfInspection.pages(primera));
    byte[] segunda =
        sign(primera, TestPki.director(), SignatureOptions.conformidad(PadesLevel.B_B));
    assertEquals(2, PdfInspection.pages(segunda));
    assertEquals(2, PdfInspection.stamps(segunda, 2).size());
    assertAllPassed(segunda, 2);
    Pdfsig.assertAllValid(segunda, 2);
  }

  @Test
  void unDocumentoFirmadoSinEspacioLibreSeRechazaConMotivo() {
    byte[] unaFila = SamplePdf.informe(40); // room for exactly one row of stamps
    byte[] pdf = unaFila;
    for (var persona : List.of(TestPki.analista(), TestPki.legal(), TestPki.director())) {
      pdf = sign(pdf, persona, SignatureOptions.vistoBueno(PadesLevel.B_B));
    }
    assertEquals(1, PdfInspection.pages(pdf));
    byte[] lleno = pdf;
    SigningException e =
        assertThrows(
            SigningException.class,
            () ->
                sign(
                    lleno,
                    TestPki.directorGeneral(),
                    SignatureOptions.conformidad(PadesLevel.B_B)));
    assertTrue(e.getMessage().contains("No queda espacio"), e.getMessage());
    // an invisible signature still fits
    byte[] invisible =
        sign(lleno, TestPki.directorGeneral(), SignatureOptions.invisible(PadesLevel.B_B, "Firmo"));
    assertAllPassed(invisible, 4);
    assertEquals(3, PdfInspection.stamps(invisible, 1).size());
  }

  @Test
  void selloEnPosicionFijaConImagenDeVistoBueno() throws Exception {
    Stamp sello =
        Stamp.automatic().withImagen(vistoBuenoPng()).at(new StampPosition(1, 300, 100, 220, 70));
    byte[] firmado =
        sign(
            SamplePdf.informe(10),
            TestPki.legal(),
            SignatureOptions.vistoBueno(PadesLevel.B_T).withStamp(sello));
    Rectangle2D rect = PdfInspection.stamps(firmado, 1).get(0);
    assertEquals(300, rect.getX(), 0.5);
    assertEquals(100, rect.getY(), 0.5);
    assertEquals(220, rect.getWidth(), 0.5);
    assertAllPassed(firmado, 1);
    Pdfsig.assertAllValid(firmado, 1);
    PdfInspection.render(firmado, 1, "sello-imagen");
  }

  @Test
  void firmaInvisibleNoDibujaNada() {
    byte[] firmado =
        sign(
            SamplePdf.informe(5),
            TestPki.director(),
            SignatureOptions.invisible(PadesLevel.B_B, "Firmo"));
    assertTrue(PdfInspection.stamps(firmado, 1).isEmpty());
    assertAllPassed(firmado, 1);
  }

  /** A round V°B° seal, as the offices stamp on paper. */
  static byte[] vistoBuenoPng() throws Exception {
    BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0, 70, 140));
    g.setStroke(new BasicStroke(8));
    g.drawOval(8, 8, 144, 144);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.drawString("V°B°", 26, 96);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
