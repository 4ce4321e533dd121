package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfFreeTextAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PieDeVerificacionTest {

  static final String CODIGO = "K7QM-2WXP-9H4T";
  static final String URL = "https://tramite.minem.gob.pe/verificar/K7QM-2WXP-9H4T";

  /** A page as the reader sees it: its size, its /Rotate and an optional crop box. */
  record Hoja(PageSize tamano, int giro, Rectangle recorte) {
    Hoja(PageSize tamano, int giro) {
      this(tamano, giro, null);
    }
  }

  @Test
  void cadaPaginaLlevaElAvisoElCodigoYLaUrl() throws Exception {
    byte[] original =
        pdf(
            new Hoja(PageSize.A4, 0),
            new Hoja(PageSize.A5.rotate(), 0),
            new Hoja(PageSize.LETTER, 0));

    byte[] estampado = PieDeVerificacion.estampar(original, CODIGO, URL);

    assertTrue(PieDeVerificacion.tienePie(estampado, CODIGO));
    assertFalse(PieDeVerificacion.tienePie(original, CODIGO));
    try (var doc = abrir(estampado)) {
      assertEquals(3, doc.getNumberOfPages());
      for (int i = 1; i <= 3; i++) {
        String texto = PdfTextExtractor.getTextFromPage(doc.getPage(i)).replace("\n", " ");
        assertTrue(texto.contains("Esta es una representación impresa"), texto);
        assertTrue(texto.contains("Código de verificación: " + CODIGO), texto);
        assertTrue(texto.contains(URL), texto);
        assertTrue(texto.contains("Texto de la página " + i), texto);
      }
    }
  }

  @Test
  void cadaPaginaConservaSuTamano() throws Exception {
    byte[] estampado =
        PieDeVerificacion.estampar(
            pdf(
                new Hoja(PageSize.A4, 0),
                new Hoja(PageSize.A5.rotate(), 0),
                new Hoja(PageSize.LETTER, 0)),
            CODIGO,
            URL);

    try (var doc = abrir(estampado)) {
      assertTamano(PageSize.A4, doc.getPage(1).getPageSizeWithRotation());
      assertTamano(PageSize.A5.rotate(), doc.getPage(2).getPageSizeWithRotation());
      assertTamano(PageSize.LETTER, doc.getPage(3).getPageSizeWithRotation());
    }
  }

  @Test
  void elTextoDeLaPaginaQuedaEnteroSobreElPie() throws Exception {
    byte[] estampado = PieDeVerificacion.estampar(pdf(new Hoja(PageSize.A4, 0)), CODIGO, URL);

    var textos = TextoUbicado.de(estampado, 1);
    var delDocumento = textos.stream().filter(t -> t.texto().contains("página")).toList();
    assertEquals(2, delDocumento.size(), textos.toString());
    for (var t : delDocumento) {
      assertTrue(t.y() > PieDeVerificacion.ALTO_DEL_PIE, t.toString());
      assertTrue(t.x() >= 0 && t.x() + t.dx() <= PageSize.A4.getWidth(), t.toString());
      assertTrue(t.y() < PageSize.A4.getHeight(), t.toString());
    }
    var delPie = textos.stream().filter(t -> t.texto().equals(CODIGO)).toList();
    assertEquals(1, delPie.size(), textos.toString());
    assertTrue(delPie.get(0).y() < PieDeVerificacion.ALTO_DEL_PIE);
  }

  @Test
  void lasPaginasGiradasSeVenDerechasConElPieAbajo() throws Exception {
    for (int giro : new int[] {90, 180, 270}) {
      byte[] original = pdf(new Hoja(PageSize.A4, giro));

      byte[] estampado = PieDeVerificacion.estampar(original, CODIGO, URL);

      try (var doc = abrir(estampado)) {
        assertEquals(0, doc.getPage(1).getRotation());
        var visto = doc.getPage(1).getPageSize();
        var esperado = giro == 180 ? PageSize.A4 : PageSize.A4.rotate();
        assertTamano(esperado, visto);
      }
      for (var t : TextoUbicado.de(estampado, 1)) {
        assertTrue(t.dx() > 0 && Math.abs(t.dy()) < 0.01, "giro " + giro + ": " + t);
        if (t.texto().contains("página")) {
          assertTrue(t.y() > PieDeVerificacion.ALTO_DEL_PIE, "giro " + giro + ": " + t);
        }
      }
    }
  }

  @Test
  void unaCajaDeRecorteSeRespeta() throws Exception {
    var recorte = new Rectangle(100, 150, 300, 400);
    byte[] estampado =
        PieDeVerificacion.estampar(pdf(new Hoja(PageSize.A4, 0, recorte)), CODIGO, URL);

    try (var doc = abrir(estampado)) {
      assertTamano(new PageSize(300, 400), doc.getPage(1).getPageSize());
    }
    var textos = TextoUbicado.de(estampado, 1);
    assertTrue(textos.stream().anyMatch(t -> t.texto().contains("página")), textos.toString());
    for (var t : textos) {
      assertTrue(t.x() >= 0 && t.y() >= 0 && t.y() < 400, t.toString());
    }
  }

  @Test
  void loEscritoEnUnCampoSeConservaComoSeImprime() throws Exception {
    byte[] original =
        conAnotaciones(
            pdf(new Hoja(PageSize.A4, 90)), "Valor escrito en el campo", "Nota que no se imprime");

    byte[] estampado = PieDeVerificacion.estampar(original, CODIGO, URL);

    try (var doc = abrir(estampado)) {
      String texto = PdfTextExtractor.getTextFromPage(doc.getPage(1));
      assertTrue(texto.contains("Valor escrito en el campo"), texto);
      assertFalse(texto.contains("Nota que no se imprime"), texto);
      assertTrue(doc.getPage(1).getAnnotations().isEmpty());
    }
    var valor =
        TextoUbicado.de(estampado, 1).stream()
            .filter(t -> t.texto().contains("Valor escrito"))
            .findFirst()
            .orElseThrow();
    assertTrue(valor.dx() > 0 && Math.abs(valor.dy()) < 0.01, valor.toString());
    assertTrue(valor.y() > PieDeVerificacion.ALTO_DEL_PIE, valor.toString());
  }

  @Test
  void noSeEstampaDosVeces() throws Exception {
    byte[] una = PieDeVerificacion.estampar(pdf(new Hoja(PageSize.A4, 0)), CODIGO, URL);

    assertSame(una, PieDeVerificacion.estampar(una, CODIGO, URL));
  }

  @Test
  void unPdfYaFirmadoSeRechaza() throws Exception {
    byte[] firmado = conCampoDeFirma(pdf(new Hoja(PageSize.A4, 0)));

    var e =
        assertThrows(
            IllegalArgumentException.class, () -> PieDeVerificacion.estampar(firmado, CODIGO, URL));
    assertTrue(e.getMessage().contains("rompería las firmas"), e.getMessage());
  }

  @Test
  void elQrDelPieLlevaLaUrl() throws Exception {
    var pdftoppm = HerramientaExterna.requerida("pdftoppm", "poppler-utils");
    var zbarimg = HerramientaExterna.requerida("zbarimg", "zbar-tools");
    var carpeta = Files.createTempDirectory("tramite-pie-");
    try {
      var pdf = carpeta.resolve("estampado.pdf");
      Files.write(pdf, PieDeVerificacion.estampar(pdf(new Hoja(PageSize.A4, 0)), CODIGO, URL));
      ejecutar(
          List.of(
              pdftoppm.toString(),
              "-r",
              "150",
              "-png",
              "-singlefile",
              pdf.toString(),
              carpeta.resolve("pagina").toString()));

      String leido =
          ejecutar(
              List.of(
                  zbarimg.toString(),
                  "--quiet",
                  "--raw",
                  carpeta.resolve("pagina.png").toString()));

      assertEquals(URL, leido.strip());
    } finally {
      try (var archivos = Files.list(carpeta)) {
        for (var a : archivos.toList()) {
          Files.delete(a);
        }
      }
      Files.delete(carpeta);
    }
  }

  private static String ejecutar(List<String> orden) throws Exception {
    var proceso = new ProcessBuilder(orden).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] salida = proceso.getInputStream().readAllBytes();
    assertTrue(proceso.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, proceso.exitValue(), new String(salida, StandardCharsets.UTF_8));
    return new String(salida, StandardCharsets.UTF_8);
  }

  private static void assertTamano(Rectangle esperado, Rectangle visto) {
    assertEquals(esperado.getWidth(), visto.getWidth(), 0.01, "ancho");
    assertEquals(esperado.getHeight(), visto.getHeight(), 0.01, "alto");
  }

  private static PdfDocument abrir(byte[] pdf) throws Exception {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
  }

  /**
   * One page per {@link Hoja}, with "Texto de la página N" upright for the reader at the top and at
   * the very bottom of the visible area (where a footer would cover it).
   */
  static byte[] pdf(Hoja... hojas) throws Exception {
    var salida = new ByteArrayOutputStream();
    try (var doc = new PdfDocument(new PdfWriter(salida))) {
      var fuente = PdfFontFactory.createFont(StandardFonts.HELVETICA);
      int n = 0;
      for (Hoja hoja : hojas) {
        n++;
        var pagina = doc.addNewPage(hoja.tamano());
        pagina.setRotation(hoja.giro());
        Rectangle caja = hoja.recorte() == null ? hoja.tamano() : hoja.recorte();
        if (hoja.recorte() != null) {
          pagina.setCropBox(caja);
        }
        float w = caja.getWidth();
        float h = caja.getHeight();
        // visible width and height
        float vw = hoja.giro() % 180 == 0 ? w : h;
        float vh = hoja.giro() % 180 == 0 ? h : w;
        var lienzo = new PdfCanvas(pagina);
        for (float[] punto : new float[][] {{20, vh - 30}, {20, 4}}) {
          float[] m = derecho(hoja.giro(), w, h, punto[0], punto[1]);
          lienzo
              .beginText()
              .setFontAndSize(fuente, 12)
              .setTextMatrix(m[0], m[1], m[2], m[3], m[4] + caja.getX(), m[5] + caja.getY())
              .showText("Texto de la página " + n)
              .endText();
        }
        // a rule along the very bottom edge of the visible page
        lienzo.rectangle(caja.getX(), caja.getY(), 2, 2).fill();
        assertTrue(vw > 0);
      }
    }
    return salida.toByteArray();
  }

  /** The text matrix that writes upright, for the reader, at visible point (x, y). */
  private static float[] derecho(int giro, float w, float h, float x, float y) {
    return switch (giro) {
      case 90 -> new float[] {0, 1, -1, 0, w - y, x};
      case 180 -> new float[] {-1, 0, 0, -1, w - x, h - y};
      case 270 -> new float[] {0, -1, 1, 0, y, h - x};
      default -> new float[] {1, 0, 0, 1, x, y};
    };
  }

  /**
   * The same PDF with a free-text annotation that prints (upright for the reader of a page turned
   * 90°) and a note that does not.
   */
  private static byte[] conAnotaciones(byte[] pdf, String impresa, String noImpresa)
      throws Exception {
    var salida = new ByteArrayOutputStream();
    try (var doc =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(salida))) {
      var fuente = PdfFontFactory.createFont(StandardFonts.HELVETICA);
      var pagina = doc.getPage(1);
      for (String texto : new String[] {impresa, noImpresa}) {
        boolean imprime = texto.equals(impresa);
        // on a page turned 90°, upright text runs upwards in user space
        var apariencia = new PdfFormXObject(new Rectangle(20, 200));
        new PdfCanvas(apariencia, doc)
            .beginText()
            .setFontAndSize(fuente, 10)
            .setTextMatrix(0, 1, -1, 0, 15, 5)
            .showText(texto)
            .endText();
        var anotacion =
            imprime
                ? new PdfFreeTextAnnotation(
                    new Rectangle(300, imprime ? 300 : 100, 20, 200), new PdfString(texto))
                : new PdfTextAnnotation(new Rectangle(300, 100, 20, 200));
        anotacion.setNormalAppearance(apariencia.getPdfObject());
        anotacion.setFlags(imprime ? PdfAnnotation.PRINT : 0);
        pagina.addAnnotation(anotacion);
      }
    }
    return salida.toByteArray();
  }

  /** The same PDF with an AcroForm holding a signature field that has a value. */
  private static byte[] conCampoDeFirma(byte[] pdf) throws Exception {
    var salida = new ByteArrayOutputStream();
    try (var doc =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(salida))) {
      var valor = new PdfDictionary();
      valor.put(PdfName.Type, PdfName.Sig);
      valor.put(PdfName.Filter, new PdfName("Adobe.PPKLite"));
      var campo = new PdfDictionary();
      campo.put(PdfName.FT, PdfName.Sig);
      campo.put(PdfName.T, new PdfString("Firma1"));
      campo.put(PdfName.V, valor.makeIndirect(doc));
      var formulario = new PdfDictionary();
      formulario.put(PdfName.Fields, new PdfArray(campo.makeIndirect(doc)));
      formulario.put(PdfName.SigFlags, new com.itextpdf.kernel.pdf.PdfNumber(3));
      doc.getCatalog().put(PdfName.AcroForm, formulario);
    }
    return salida.toByteArray();
  }
}
