package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OCR with the real Tesseract (Debian's tesseract-ocr and tesseract-ocr-spa): skipped where it is
 * not installed, except the tests of what happens without it.
 */
class ExtractorOcrTest {

  private static ExtractorDeTexto extractor;

  @BeforeAll
  static void crear() {
    extractor = new ExtractorDeTexto(LimitesDeExtraccion.porOmision());
  }

  @AfterAll
  static void cerrar() {
    extractor.close();
  }

  private static String minusculas(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Test
  void pngLeidoPorOcr() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");

    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream(Muestras.png(Muestras.FRASE_OCR)), "resolucion.png");

    assertEquals("image/png", r.tipoMime());
    assertTrue(r.conOcr());
    assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
    assertTrue(minusculas(r.texto()).contains("restauración"), r.texto());
    assertEquals(1, r.paginas());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpeg", "tiff"})
  void otrasImagenes(String formato) throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");

    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream(Muestras.imagen(Muestras.FRASE_OCR, formato)),
            "escaneo." + formato);

    assertEquals("image/" + formato, r.tipoMime());
    assertTrue(r.conOcr());
    assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
  }

  @Test
  void pdfEscaneadoLeidoPorOcr() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");
    long relecturas = extractor.relecturasConOcr();

    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream(Muestras.pdfEscaneado(Muestras.FRASE_OCR)), "escaneo.pdf");

    assertEquals("application/pdf", r.tipoMime());
    assertTrue(r.conOcr());
    assertEquals(1, r.paginas());
    assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
    assertFalse(r.texto().contains("\f"));
    assertEquals(relecturas + 1, extractor.relecturasConOcr(), "read again, with OCR");
  }

  @Test
  void pdfConTextoYPaginaEnBlancoSeLeeUnaVezSinOcr() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");
    long relecturas = extractor.relecturasConOcr();

    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream(
                Muestras.pdf("Oficio con capa de texto", "", "Anexo con capa de texto")),
            "con-blanco.pdf");

    assertEquals("Oficio con capa de texto\f\fAnexo con capa de texto", r.texto());
    assertFalse(r.conOcr());
    assertEquals(relecturas, extractor.relecturasConOcr(), "a blank page has nothing to read");
  }

  @Test
  void pdfEscaneadoDentroDeUnZip() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");
    byte[] zip = Muestras.zipDeTexto("escaneo.pdf", Muestras.pdfEscaneado(Muestras.FRASE_OCR));

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(zip), "expediente.zip");

    assertEquals("application/zip", r.tipoMime());
    assertTrue(r.conOcr());
    assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
  }

  @Test
  void pdfMixtoCadaTextoEnSuPagina() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");
    byte[] pdf =
        Muestras.pdfMixto(
            "Oficio de remision de la primera pagina",
            "IMAGEN:" + Muestras.FRASE_OCR,
            "Tercera pagina con capa de texto");

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(pdf), "mixto.pdf");

    assertEquals(3, r.paginas());
    assertTrue(r.conOcr());
    assertEquals("Oficio de remision de la primera pagina", r.pagina(1));
    assertTrue(minusculas(r.pagina(2)).contains("respaldos"), r.texto());
    assertEquals("Tercera pagina con capa de texto", r.pagina(3));
  }

  @Test
  void tesseractFueraDelPathConSuCarpetaDeIdiomas() throws Exception {
    // the executable given by its full path: Tika is told its folder and the tessdata folder
    Path tesseract = Path.of("/usr/bin/tesseract");
    assumeTrue(extractor.ocrDisponible() && Files.isExecutable(tesseract));
    try (ExtractorDeTexto conRuta =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision(), 1, null, Optional.of(tesseract))) {
      assertTrue(conRuta.ocrDisponible(), conRuta.descripcion());

      TextoExtraido r =
          conRuta.extraer(new ByteArrayInputStream(Muestras.png(Muestras.FRASE_OCR)), "a.png");

      assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
    }
  }

  @Test
  void espanolEIngles() throws Exception {
    assumeTrue(extractor.ocrDisponible());
    try (ExtractorDeTexto bilingue =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision().conIdiomaOcr("spa+eng"), 1, null)) {
      assumeTrue(bilingue.ocrDisponible(), "sin Tesseract en inglés");
      assertTrue(bilingue.descripcion().contains("idioma spa+eng"), bilingue.descripcion());

      TextoExtraido r =
          bilingue.extraer(
              new ByteArrayInputStream(Muestras.png(Muestras.FRASE_OCR + " backup restore")),
              "b.png");

      assertTrue(minusculas(r.texto()).contains("respaldos"), r.texto());
      assertTrue(minusculas(r.texto()).contains("backup"), r.texto());
    }
  }

  @Test
  void sinTesseractLasImagenesQuedanSinTextoYSeDicePorQue() throws Exception {
    try (ExtractorDeTexto sinOcr =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision(), 1, null, Optional.empty())) {
      assertFalse(sinOcr.ocrDisponible());
      assertTrue(
          sinOcr.descripcion().contains("OCR no disponible: no se encontró tesseract"),
          sinOcr.descripcion());

      TextoExtraido escaneo =
          sinOcr.extraer(
              new ByteArrayInputStream(Muestras.pdfEscaneado(Muestras.FRASE_OCR)), "e.pdf");
      TextoExtraido imagen =
          sinOcr.extraer(new ByteArrayInputStream(Muestras.png(Muestras.FRASE_OCR)), "i.png");
      TextoExtraido texto =
          sinOcr.extraer(
              new ByteArrayInputStream(Muestras.pdf("Oficio con capa de texto")), "t.pdf");

      assertEquals("", escaneo.texto());
      assertFalse(escaneo.conOcr());
      assertEquals("image/png", imagen.tipoMime());
      assertEquals("", imagen.texto());
      assertEquals("Oficio con capa de texto", texto.texto());
    }
  }

  @Test
  void ocrDesactivadoPorConfiguracion() throws Exception {
    try (ExtractorDeTexto sinOcr =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision().conOcr(false), 1, null)) {
      assertFalse(sinOcr.ocrDisponible());
      assertTrue(sinOcr.descripcion().contains("OCR desactivado"), sinOcr.descripcion());

      TextoExtraido r =
          sinOcr.extraer(new ByteArrayInputStream(Muestras.png(Muestras.FRASE_OCR)), "i.png");

      assertEquals("", r.texto());
      assertFalse(r.conOcr());
    }
  }

  @Test
  void idiomaNoInstalado() {
    assumeTrue(extractor.ocrDisponible());
    try (ExtractorDeTexto sinIdioma =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision().conIdiomaOcr("spa+zzz"), 1, null)) {
      assertFalse(sinIdioma.ocrDisponible());
      assertTrue(
          sinIdioma.descripcion().contains("no tiene el idioma zzz (instale tesseract-ocr-zzz)"),
          sinIdioma.descripcion());
    }
  }
}
