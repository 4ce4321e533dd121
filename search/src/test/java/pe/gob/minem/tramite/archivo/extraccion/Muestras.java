package pe.gob.minem.tramite.archivo.extraccion;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files made on the spot for the tests: each format, and hostile ones. */
final class Muestras {

  /** The sentence the OCR tests render and read back. */
  static final String FRASE_OCR = "RESOLUCIÓN DIRECTORAL de restauración de respaldos";

  private Muestras() {}

  /** A PDF with a text layer, one page per string. */
  static byte[] pdf(String... paginas) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font fuente = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String texto : paginas) {
        PDPage pagina = new PDPage(PDRectangle.A4);
        doc.addPage(pagina);
        if (texto.isEmpty()) {
          continue;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, pagina)) {
          cs.beginText();
          cs.setFont(fuente, 12);
          cs.setLeading(16);
          cs.newLineAtOffset(72, 760);
          for (String linea : texto.split("\n")) {
            cs.showText(linea);
            cs.newLine();
          }
          cs.endText();
        }
      }
      return guardar(doc);
    }
  }

  /** A PDF whose user needs the password "secreto" to open it. */
  static byte[] pdfCifrado(String texto) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(texto))) {
      StandardProtectionPolicy politica =
          new StandardProtectionPolicy("dueño", "secreto", new AccessPermission());
      politica.setEncryptionKeyLength(128);
      doc.protect(politica);
      return guardar(doc);
    }
  }

  /** A "scanned" PDF: one A4 page that is only the image of {@code texto}, no text layer. */
  static byte[] pdfEscaneado(String texto) throws IOException {
    BufferedImage imagen = imagenDeTexto(texto, 2480, 3508);
    try (PDDocument doc = new PDDocument()) {
      PDPage pagina = new PDPage(PDRectangle.A4);
      doc.addPage(pagina);
      PDImageXObject xobjeto = LosslessFactory.createFromImage(doc, imagen);
      try (PDPageContentStream cs = new PDPageContentStream(doc, pagina)) {
        cs.drawImage(xobjeto, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      return guardar(doc);
    }
  }

  /**
   * A PDF whose pages are either text (a text layer) or, for the strings that start with {@code
   * "IMAGEN:"}, a scan (only an image of the rest of the string).
   */
  static byte[] pdfMixto(String... paginas) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font fuente = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String texto : paginas) {
        PDPage pagina = new PDPage(PDRectangle.A4);
        doc.addPage(pagina);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pagina)) {
          if (texto.startsWith("IMAGEN:")) {
            BufferedImage imagen = imagenDeTexto(texto.substring(7), 2480, 3508);
            PDImageXObject xobjeto = LosslessFactory.createFromImage(doc, imagen);
            cs.drawImage(xobjeto, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          } else {
            cs.beginText();
            cs.setFont(fuente, 12);
            cs.newLineAtOffset(72, 760);
            cs.showText(texto);
            cs.endText();
          }
        }
      }
      return guardar(doc);
    }
  }

  /** A PNG of {@code texto} in large black letters on white, about 300 dpi across an A4 width. */
  static byte[] png(String texto) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    ImageIO.write(imagenDeTexto(texto, 2480, 600), "png", salida);
    return salida.toByteArray();
  }

  static byte[] imagen(String texto, String formato) throws IOException {
    BufferedImage gris = imagenDeTexto(texto, 2480, 600);
    BufferedImage rgb =
        new BufferedImage(gris.getWidth(), gris.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(gris, 0, 0, null);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    if (!ImageIO.write(rgb, formato, salida)) {
      throw new IOException("sin escritor de " + formato);
    }
    return salida.toByteArray();
  }

  /** Black text on white, wrapped to the width, letters 60 px high (about 14 pt at 300 dpi). */
  static BufferedImage imagenDeTexto(String texto, int ancho, int alto) {
    BufferedImage imagen = new BufferedImage(ancho, alto, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = imagen.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, ancho, alto);
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 60));
      int margen = 150;
      int y = 250;
      StringBuilder linea = new StringBuilder();
      for (String palabra : texto.split(" ")) {
        String prueba = linea.isEmpty() ? palabra : linea + " " + palabra;
        if (g.getFontMetrics().stringWidth(prueba) > ancho - 2 * margen && !linea.isEmpty()) {
          g.drawString(linea.toString(), margen, y);
          y += 100;
          linea = new StringBuilder(palabra);
        } else {
          linea = new StringBuilder(prueba);
        }
      }
      g.drawString(linea.toString(), margen, y);
    } finally {
      g.dispose();
    }
    return imagen;
  }

  /** A DOCX encrypted with a password (POI's agile encryption, as Word does it). */
  static byte[] docxCifrado(String parrafo) throws Exception {
    byte[] docx = docx(parrafo);
    org.apache.poi.poifs.crypt.EncryptionInfo info =
        new org.apache.poi.poifs.crypt.EncryptionInfo(
            org.apache.poi.poifs.crypt.EncryptionMode.agile);
    org.apache.poi.poifs.crypt.Encryptor cifrador = info.getEncryptor();
    cifrador.confirmPassword("secreto");
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      try (OutputStream os = cifrador.getDataStream(fs)) {
        os.write(docx);
      }
      ByteArrayOutputStream salida = new ByteArrayOutputStream();
      fs.writeFilesystem(salida);
      return salida.toByteArray();
    }
  }

  /** The "billion laughs": XML entities that expand each other ten times, ten levels deep. */
  static byte[] xmlRisas() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE risas [\n");
    x.append("<!ENTITY r0 \"ja\">\n");
    for (int i = 1; i <= 10; i++) {
      x.append("<!ENTITY r").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        x.append("&r").append(i - 1).append(';');
      }
      x.append("\">\n");
    }
    x.append("]>\n<risas>&r10;</risas>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A DOCX with one paragraph per string (POI). */
  static byte[] docx(String... parrafos) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : parrafos) {
        doc.createParagraph().createRun().setText(p);
      }
      ByteArrayOutputStream salida = new ByteArrayOutputStream();
      doc.write(salida);
      return salida.toByteArray();
    }
  }

  /** An XLSX: one sheet per name, each with the given rows. */
  static byte[] xlsx(String hoja, List<List<Object>> filas) throws IOException {
    try (XSSFWorkbook libro = new XSSFWorkbook()) {
      XSSFSheet s = libro.createSheet(hoja);
      for (int i = 0; i < filas.size(); i++) {
        var fila = s.createRow(i);
        for (int j = 0; j < filas.get(i).size(); j++) {
          Object v = filas.get(i).get(j);
          if (v instanceof Number n) {
            fila.createCell(j).setCellValue(n.doubleValue());
          } else {
            fila.createCell(j).setCellValue(String.valueOf(v));
          }
        }
      }
      ByteArrayOutputStream salida = new ByteArrayOutputStream();
      libro.write(salida);
      return salida.toByteArray();
    }
  }

  /** A minimal OpenDocument text (ODT) with one paragraph per string. */
  static byte[] odt(String... parrafos) throws IOException {
    StringBuilder contenido = new StringBuilder();
    contenido
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<office:document-content")
        .append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
        .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
        .append(" office:version=\"1.2\"><office:body><office:text>");
    for (String p : parrafos) {
      contenido.append("<text:p>").append(p).append("</text:p>");
    }
    contenido.append("</office:text></office:body></office:document-content>");
    String manifiesto =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(salida)) {
      // the mimetype entry comes first and is stored, as the format requires
      byte[] tipo = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(tipo.length);
      CRC32 crc = new CRC32();
      crc.update(tipo);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(tipo);
      zip.closeEntry();
      entrada(zip, "content.xml", contenido.toString().getBytes(StandardCharsets.UTF_8));
      entrada(zip, "META-INF/manifest.xml", manifiesto.getBytes(StandardCharsets.UTF_8));
    }
    return salida.toByteArray();
  }

  /**
   * A DOCX whose {@code word/document.xml} inflates to {@code megabytes} MB of one repeated
   * paragraph (about 1000 times its compressed size), written to {@code destino} as it is
   * compressed, so the test never holds it in memory.
   */
  static Path docxBomba(Path destino, int megabytes) throws IOException {
    try (OutputStream archivo = Files.newOutputStream(destino);
        ZipOutputStream zip = new ZipOutputStream(archivo)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entrada(zip, "[Content_Types].xml", TIPOS_DOCX.getBytes(StandardCharsets.UTF_8));
      entrada(zip, "_rels/.rels", RELACIONES_DOCX.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] parrafo =
          "<w:p><w:r><w:t>bomba bomba bomba bomba bomba bomba bomba bomba</w:t></w:r></w:p>"
              .getBytes(StandardCharsets.UTF_8);
      byte[] bloque = new byte[parrafo.length * 16384];
      for (int i = 0; i < 16384; i++) {
        System.arraycopy(parrafo, 0, bloque, i * parrafo.length, parrafo.length);
      }
      long total = (long) megabytes * 1024 * 1024;
      for (long escrito = 0; escrito < total; escrito += bloque.length) {
        zip.write(bloque);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return destino;
  }

  /** A gzip of {@code megabytes} MB of repeated Spanish text. */
  static Path gzipBomba(Path destino, int megabytes) throws IOException {
    try (OutputStream archivo = Files.newOutputStream(destino);
        GZIPOutputStream gz =
            new GZIPOutputStream(archivo, 1 << 16) {
              {
                def.setLevel(Deflater.BEST_COMPRESSION);
              }
            }) {
      byte[] bloque = "respaldo ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      long total = (long) megabytes * 1024 * 1024;
      for (long escrito = 0; escrito < total; escrito += bloque.length) {
        gz.write(bloque);
      }
    }
    return destino;
  }

  /**
   * ZIPs inside ZIPs: level 1 holds {@code nivel1.txt} ("NIVELUNO") and a ZIP with level 2, and so
   * on down to {@code niveles}.
   */
  static byte[] zipAnidado(int niveles) throws IOException {
    String[] nombres = {"", "UNO", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO"};
    byte[] interior = null;
    for (int nivel = niveles; nivel >= 1; nivel--) {
      ByteArrayOutputStream salida = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(salida)) {
        entrada(
            zip,
            "nivel" + nivel + ".txt",
            ("Texto del NIVEL" + nombres[nivel] + " del archivo.")
                .getBytes(StandardCharsets.UTF_8));
        if (interior != null) {
          entrada(zip, "nivel" + (nivel + 1) + ".zip", interior);
        }
      }
      interior = salida.toByteArray();
    }
    return interior;
  }

  /** A ZIP with one deflated entry. */
  static byte[] zipDeTexto(String nombre, String texto) throws IOException {
    return zipDeTexto(nombre, texto.getBytes(StandardCharsets.UTF_8));
  }

  /** A ZIP with one entry, deflated at the best compression. */
  static byte[] zipDeTexto(String nombre, byte[] contenido) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(salida)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entrada(zip, nombre, contenido);
    }
    return salida.toByteArray();
  }

  /** {@code n} random bytes after a PDF header: a "PDF" no parser can read. */
  static byte[] pdfCorrupto(int n) {
    byte[] bytes = new byte[n];
    new Random(20261126L).nextBytes(bytes);
    byte[] cabecera = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(cabecera, 0, bytes, 0, cabecera.length);
    return bytes;
  }

  private static void entrada(ZipOutputStream zip, String nombre, byte[] contenido)
      throws IOException {
    zip.putNextEntry(new ZipEntry(nombre));
    zip.write(contenido);
    zip.closeEntry();
  }

  private static byte[] guardar(PDDocument doc) throws IOException {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    doc.save(salida);
    return salida.toByteArray();
  }

  private static final String TIPOS_DOCX =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>";

  private static final String RELACIONES_DOCX =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"word/document.xml\"/>"
          + "</Relationships>";
}
