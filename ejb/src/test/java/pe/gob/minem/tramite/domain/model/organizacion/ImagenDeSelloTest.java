package pe.gob.minem.tramite.domain.model.organizacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

class ImagenDeSelloTest {

  static byte[] imagen(String formato, int ancho, int alto) throws IOException {
    var img = new BufferedImage(ancho, alto, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0x1a2a5a);
    var out = new ByteArrayOutputStream();
    ImageIO.write(img, formato, out);
    return out.toByteArray();
  }

  @Test
  void unPngYUnJpegValidosSeAceptanConSuTipo() throws IOException {
    assertEquals("image/png", ImagenDeSello.validar(imagen("png", 120, 120)));
    assertEquals("image/jpeg", ImagenDeSello.validar(imagen("jpg", 120, 80)));
  }

  @Test
  void loQueNoEsPngNiJpegSeRechaza() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> ImagenDeSello.validar("<svg onload=alert(1)>".getBytes()));
    assertEquals("sello", e.getCampo());
    assertTrue(e.getMessage().contains("PNG o JPEG"), e.getMessage());
    assertThrows(DatosInvalidosException.class, () -> ImagenDeSello.validar(new byte[0]));
    assertThrows(DatosInvalidosException.class, () -> ImagenDeSello.validar(null));
  }

  @Test
  void unPngCortadoOConBasuraSeRechazaComoDanado() throws IOException {
    byte[] png = imagen("png", 200, 200);
    byte[] cortado = Arrays.copyOf(png, 40);
    var e = assertThrows(DatosInvalidosException.class, () -> ImagenDeSello.validar(cortado));
    assertTrue(e.getMessage().contains("dañada"), e.getMessage());
    byte[] basura = png.clone();
    Arrays.fill(basura, 16, basura.length, (byte) 0x41);
    assertThrows(DatosInvalidosException.class, () -> ImagenDeSello.validar(basura));
  }

  @Test
  void demasiadoGrandeEnBytesOEnPixelesSeRechaza() throws IOException {
    byte[] grande = new byte[ImagenDeSello.TAMANO_MAXIMO + 1];
    byte[] png = imagen("png", 10, 10);
    System.arraycopy(png, 0, grande, 0, png.length);
    var e = assertThrows(DatosInvalidosException.class, () -> ImagenDeSello.validar(grande));
    assertTrue(e.getMessage().contains("256 KB"), e.getMessage());
    var lado =
        assertThrows(
            DatosInvalidosException.class, () -> ImagenDeSello.validar(imagen("png", 2001, 10)));
    assertTrue(lado.getMessage().contains("píxeles"), lado.getMessage());
  }
}
