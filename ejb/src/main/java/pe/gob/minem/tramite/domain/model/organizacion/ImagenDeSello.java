package pe.gob.minem.tramite.domain.model.organizacion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * What an administrator may upload as a unit's seal: a real PNG or JPEG (recognised by its bytes,
 * then decoded whole), at most {@link #TAMANO_MAXIMO} bytes and {@link #LADO_MAXIMO} pixels a side.
 * Anything else is refused with a Spanish message naming the field {@code sello}.
 */
public final class ImagenDeSello {

  public static final int TAMANO_MAXIMO = 256 * 1024;
  public static final int LADO_MAXIMO = 2000;

  private ImagenDeSello() {}

  /** The image's media type ({@code image/png} or {@code image/jpeg}) once it is checked. */
  public static String validar(byte[] datos) {
    if (datos == null || datos.length == 0) {
      throw new DatosInvalidosException("sello", "Adjunte la imagen del sello (PNG o JPEG).");
    }
    if (datos.length > TAMANO_MAXIMO) {
      throw new DatosInvalidosException(
          "sello", "La imagen del sello debe pesar a lo más " + TAMANO_MAXIMO / 1024 + " KB.");
    }
    String tipo = tipo(datos);
    if (tipo == null) {
      throw new DatosInvalidosException("sello", "La imagen del sello debe ser PNG o JPEG.");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(datos))) {
      Iterator<ImageReader> lectores = ImageIO.getImageReaders(in);
      if (!lectores.hasNext()) {
        throw ilegible();
      }
      ImageReader lector = lectores.next();
      try {
        lector.setInput(in, true, true);
        // the size first, from the header: a small file may declare a huge picture
        if (lector.getWidth(0) > LADO_MAXIMO || lector.getHeight(0) > LADO_MAXIMO) {
          throw new DatosInvalidosException(
              "sello",
              "La imagen del sello debe medir a lo más " + LADO_MAXIMO + " píxeles por lado.");
        }
        BufferedImage imagen = lector.read(0);
        if (imagen == null || imagen.getWidth() < 1 || imagen.getHeight() < 1) {
          throw ilegible();
        }
      } finally {
        lector.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DatosInvalidosException d) {
        throw d;
      }
      throw ilegible();
    }
    return tipo;
  }

  private static DatosInvalidosException ilegible() {
    return new DatosInvalidosException(
        "sello", "La imagen del sello está dañada o no se puede leer.");
  }

  private static String tipo(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    return null;
  }
}
