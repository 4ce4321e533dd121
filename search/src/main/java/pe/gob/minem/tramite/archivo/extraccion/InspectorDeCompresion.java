package pe.gob.minem.tramite.archivo.extraccion;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks for decompression bombs in a ZIP (DOCX, XLSX, PPTX, ODT, ZIP…) or GZIP file before Tika
 * parses it, by inflating each entry once and counting: an entry is a bomb when, past {@link
 * #UMBRAL} bytes inflated, it has produced more than {@code razonMaxima} bytes per compressed byte
 * read. The inflating stops there, so a bomb of gigabytes is found after a few megabytes.
 *
 * <p>This is needed because Tika's {@code SecureContentHandler} compares the text with the size of
 * the whole file, and the text is cut at {@link LimitesDeExtraccion#maxCaracteres()} long before a
 * small bomb would exceed that ratio; and because Tika turns POI's own check ({@code
 * ZipSecureFile}) off. Entries are read as a stream (local headers, as streaming parsers do); what
 * a crafted central directory adds is still bounded by the text limit and the time limit. Damaged
 * archives are left for the parser to report.
 */
final class InspectorDeCompresion {

  /**
   * Bytes an entry may inflate to before its ratio is judged (legitimate small parts compress a
   * lot).
   */
  static final long UMBRAL = 10L * 1024 * 1024;

  private static final int BLOQUE = 64 * 1024;

  private InspectorDeCompresion() {}

  /** The entry that inflates too much, or null when there is none (or the file is no archive). */
  static String buscarBomba(Path archivo, long razonMaxima) throws IOException {
    byte[] magia = new byte[4];
    int leidos;
    try (InputStream in = Files.newInputStream(archivo)) {
      leidos = in.readNBytes(magia, 0, 4);
    }
    if (leidos == 4 && magia[0] == 'P' && magia[1] == 'K' && magia[2] == 3 && magia[3] == 4) {
      return buscarEnZip(archivo, razonMaxima);
    }
    if (leidos >= 2 && (magia[0] & 0xff) == 0x1f && (magia[1] & 0xff) == 0x8b) {
      return buscarEnGzip(archivo, razonMaxima);
    }
    return null;
  }

  private static String buscarEnZip(Path archivo, long razonMaxima) throws IOException {
    try (ZipContado zip =
        new ZipContado(new BufferedInputStream(Files.newInputStream(archivo), BLOQUE))) {
      byte[] bloque = new byte[BLOQUE];
      for (ZipEntry entrada = siguiente(zip); entrada != null; entrada = siguiente(zip)) {
        if (entrada.getMethod() != ZipEntry.DEFLATED) {
          continue;
        }
        try {
          while (zip.read(bloque) >= 0) {
            if (excede(zip.inflador(), razonMaxima)) {
              return entrada.getName();
            }
          }
        } catch (ZipException | java.io.EOFException e) {
          return null; // damaged: the parser will say so
        }
      }
    }
    return null;
  }

  private static ZipEntry siguiente(ZipInputStream zip) throws IOException {
    try {
      return zip.getNextEntry();
    } catch (ZipException | IllegalArgumentException | java.io.EOFException e) {
      return null;
    }
  }

  private static String buscarEnGzip(Path archivo, long razonMaxima) throws IOException {
    try (GzipContado gz = new GzipContado(Files.newInputStream(archivo))) {
      byte[] bloque = new byte[BLOQUE];
      while (gz.read(bloque) >= 0) {
        if (excede(gz.inflador(), razonMaxima)) {
          return archivo.getFileName() == null ? "gzip" : archivo.getFileName().toString();
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      return null;
    }
    return null;
  }

  private static boolean excede(Inflater inflador, long razonMaxima) {
    long inflados = inflador.getBytesWritten();
    long comprimidos = Math.max(1, inflador.getBytesRead());
    return inflados > UMBRAL && inflados / comprimidos > razonMaxima;
  }

  /** A ZIP stream whose inflater (reset for each entry) can be asked how much it has done. */
  private static final class ZipContado extends ZipInputStream {
    ZipContado(InputStream in) {
      super(in);
    }

    Inflater inflador() {
      return inf;
    }
  }

  private static final class GzipContado extends GZIPInputStream {
    GzipContado(InputStream in) throws IOException {
      super(in, BLOQUE);
    }

    Inflater inflador() {
      return inf;
    }
  }
}
