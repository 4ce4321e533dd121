package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.archivo.extraccion.ExtraccionFallidaException.Motivo;

/** Files meant to hurt the server, and files that are simply broken. */
class ExtractorHostilTest {

  private static ExtractorDeTexto extractor;

  @BeforeAll
  static void crear() {
    extractor = new ExtractorDeTexto(LimitesDeExtraccion.porOmision());
  }

  @AfterAll
  static void cerrar() {
    extractor.close();
  }

  @Test
  void docxBombaRechazadaRapidoYSinAgotarLaMemoria(@TempDir Path carpeta) throws Exception {
    // 400 MB of document.xml in a DOCX of about 1.4 MB
    Path bomba = Muestras.docxBomba(carpeta.resolve("bomba.docx"), 400);
    assertTrue(Files.size(bomba) < 2 * 1024 * 1024, "the bomb is small: " + Files.size(bomba));

    long inicio = System.nanoTime();
    ExtraccionFallidaException e =
        assertThrows(ExtraccionFallidaException.class, () -> extractor.extraer(bomba));
    Duration tardo = Duration.ofNanos(System.nanoTime() - inicio);

    assertEquals(Motivo.BOMBA, e.motivo(), () -> causas(e));
    assertEquals(
        "El archivo excede la razón de compresión permitida (posible bomba zip).", e.getMessage());
    assertFalse(e.reintentable());
    assertTrue(tardo.toSeconds() < 10, "took " + tardo);
  }

  @Test
  void docxBombaComoFlujo(@TempDir Path carpeta) throws Exception {
    Path bomba = Muestras.docxBomba(carpeta.resolve("bomba.docx"), 100);

    try (InputStream in = Files.newInputStream(bomba)) {
      ExtraccionFallidaException e =
          assertThrows(ExtraccionFallidaException.class, () -> extractor.extraer(in, "x.docx"));
      assertEquals(Motivo.BOMBA, e.motivo(), () -> causas(e));
    }
  }

  @Test
  void gzipBomba(@TempDir Path carpeta) throws Exception {
    Path bomba = Muestras.gzipBomba(carpeta.resolve("respaldo.txt.gz"), 200);

    ExtraccionFallidaException e =
        assertThrows(ExtraccionFallidaException.class, () -> extractor.extraer(bomba));

    assertEquals(Motivo.BOMBA, e.motivo(), () -> causas(e));
    assertFalse(e.reintentable());
  }

  @Test
  void bombaDentroDeUnZipDetenidaPorSecureContentHandler() throws Exception {
    // the outer ZIP stores the inner one (already compressed: no ratio to see from outside);
    // the inner one's text, a million characters from a few KB, is stopped while it is parsed
    byte[] interior = Muestras.zipDeTexto("respaldo.txt", "respaldo ".repeat(1_500_000));
    byte[] exterior = Muestras.zipDeTexto("interior.zip", interior);
    assertTrue(exterior.length < 20_000, "size " + exterior.length);

    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () -> extractor.extraer(new ByteArrayInputStream(exterior), "paquete.zip"));

    assertEquals(Motivo.BOMBA, e.motivo(), () -> causas(e));
    assertEquals(
        "El archivo excede la razón de compresión permitida (posible bomba zip).", e.getMessage());
    assertTrue(causas(e).contains("zip bomb"), causas(e));
  }

  @Test
  void razonDeCompresionConfigurable(@TempDir Path carpeta) throws Exception {
    // 20 MB of text from a gzip of about 20 KB: refused at 100:1, accepted at 100,000:1 (and cut
    // at the text limit)
    Path gz = Muestras.gzipBomba(carpeta.resolve("texto.txt.gz"), 20);
    try (ExtractorDeTexto permisivo =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conRazonCompresionMaxima(100_000).conOcr(false),
            1,
            null)) {

      assertEquals(
          Motivo.BOMBA,
          assertThrows(ExtraccionFallidaException.class, () -> extractor.extraer(gz)).motivo());
      TextoExtraido r = permisivo.extraer(gz);

      assertTrue(r.texto().startsWith("respaldo respaldo"), r.texto().substring(0, 40));
      assertTrue(r.truncado());
      assertEquals(LimitesDeExtraccion.MAX_CARACTERES, r.texto().length(), 1);
    }
  }

  @Test
  void archivoDemasiadoGrandeRechazadoAntesDeLeerlo(@TempDir Path carpeta) throws Exception {
    Path grande = carpeta.resolve("enorme.pdf");
    try (RandomAccessFile f = new RandomAccessFile(grande.toFile(), "rw")) {
      f.setLength(LimitesDeExtraccion.MAX_BYTES + 1); // sparse: nothing is written
    }

    long inicio = System.nanoTime();
    ExtraccionFallidaException e =
        assertThrows(ExtraccionFallidaException.class, () -> extractor.extraer(grande));

    assertEquals(Motivo.TAMANO, e.motivo());
    assertEquals("El archivo excede el tamaño máximo permitido de 50 MB.", e.getMessage());
    assertFalse(e.reintentable());
    assertTrue(Duration.ofNanos(System.nanoTime() - inicio).toMillis() < 1000);
  }

  @Test
  void flujoSinFinDetenidoAlPasarElLimite() throws Exception {
    // a stream that never ends (as one whose declared length is a lie)
    AtomicLong leidos = new AtomicLong();
    InputStream sinFin =
        new InputStream() {
          @Override
          public int read() {
            leidos.incrementAndGet();
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            leidos.addAndGet(len);
            return len;
          }
        };
    try (ExtractorDeTexto chico =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conMaxBytes(1024 * 1024).conOcr(false), 1, null)) {

      ExtraccionFallidaException e =
          assertThrows(ExtraccionFallidaException.class, () -> chico.extraer(sinFin, "a.txt"));

      assertEquals(Motivo.TAMANO, e.motivo());
      assertEquals("El archivo excede el tamaño máximo permitido de 1 MB.", e.getMessage());
      assertTrue(leidos.get() <= 1024 * 1024 + 64 * 1024, "read " + leidos.get());
    }
  }

  @Test
  void pdfCorrupto() throws Exception {
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () ->
                extractor.extraer(
                    new ByteArrayInputStream(Muestras.pdfCorrupto(20_000)), "danado.pdf"));

    assertEquals(Motivo.DANADO, e.motivo(), () -> causas(e));
    assertEquals("Archivo dañado o ilegible (application/pdf).", e.getMessage());
    assertFalse(e.reintentable());
  }

  @Test
  void docxCorrupto() throws Exception {
    byte[] docx = Muestras.docx("Texto del oficio");
    byte[] roto = java.util.Arrays.copyOf(docx, docx.length / 2);

    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () -> extractor.extraer(new ByteArrayInputStream(roto), "roto.docx"));

    assertFalse(e.reintentable(), () -> causas(e));
    assertTrue(e.motivo() == Motivo.DANADO, () -> e.motivo() + ": " + causas(e));
  }

  @Test
  void pdfCifrado() throws Exception {
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () ->
                extractor.extraer(
                    new ByteArrayInputStream(Muestras.pdfCifrado("Informe reservado")),
                    "reservado.pdf"));

    assertEquals(Motivo.CIFRADO, e.motivo(), () -> causas(e));
    assertEquals("Archivo cifrado o protegido con contraseña.", e.getMessage());
    assertFalse(e.reintentable());
  }

  @Test
  void docxConContrasena() throws Exception {
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () ->
                extractor.extraer(
                    new ByteArrayInputStream(Muestras.docxCifrado("Informe reservado")),
                    "reservado.docx"));

    assertEquals(Motivo.CIFRADO, e.motivo(), () -> causas(e));
    assertEquals("Archivo cifrado o protegido con contraseña.", e.getMessage());
  }

  @Test
  void xmlConEntidadesQueSeMultiplican() throws Exception {
    long inicio = System.nanoTime();
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () -> extractor.extraer(new ByteArrayInputStream(Muestras.xmlRisas()), "risas.xml"));

    // Tika's XML parser stops at the JDK's entity expansion limit
    assertEquals(Motivo.DANADO, e.motivo(), () -> causas(e));
    assertEquals("Archivo dañado o ilegible (application/xml).", e.getMessage());
    assertFalse(e.reintentable());
    assertTrue(Duration.ofNanos(System.nanoTime() - inicio).toSeconds() < 10);
  }

  @Test
  void archivoVacio() throws Exception {
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () -> extractor.extraer(new ByteArrayInputStream(new byte[0]), "vacio.pdf"));

    assertEquals(Motivo.VACIO, e.motivo(), () -> causas(e));
    assertEquals("El archivo está vacío.", e.getMessage());
  }

  @Test
  void formatoNoReconocido() throws Exception {
    byte[] binario = new byte[4096];
    new java.util.Random(7).nextBytes(binario);

    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class,
            () -> extractor.extraer(new ByteArrayInputStream(binario), "datos.bin"));

    assertEquals(Motivo.FORMATO, e.motivo(), () -> causas(e));
    assertEquals("Formato no reconocido: datos.bin (application/octet-stream).", e.getMessage());
    assertFalse(e.reintentable());
  }

  @Test
  void documentosIncrustadosHastaLaProfundidadMaxima() throws Exception {
    byte[] zip = Muestras.zipAnidado(7);

    TextoExtraido porOmision = extractor.extraer(new ByteArrayInputStream(zip), "anidado.zip");
    TextoExtraido r;
    try (ExtractorDeTexto dosNiveles =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conProfundidadMaxima(2).conOcr(false), 1, null)) {
      r = dosNiveles.extraer(new ByteArrayInputStream(zip), "anidado.zip");
    }

    assertEquals("application/zip", r.tipoMime());
    assertTrue(r.texto().contains("NIVELUNO") && r.texto().contains("NIVELDOS"), r.texto());
    assertFalse(r.texto().contains("NIVELTRES"), r.texto());
    for (String nivel : new String[] {"UNO", "DOS", "TRES", "CUATRO", "CINCO"}) {
      assertTrue(porOmision.texto().contains("NIVEL" + nivel), porOmision.texto());
    }
    assertFalse(porOmision.texto().contains("NIVELSEIS"), porOmision.texto());
  }

  @Test
  void flujoLentoSuperaElTiempoYEsReintentable() throws Exception {
    InputStream lento =
        new InputStream() {
          @Override
          public int read() throws IOException {
            try {
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new java.io.InterruptedIOException();
            }
            return 'a';
          }
        };
    try (ExtractorDeTexto apurado =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conTiempoMaximo(Duration.ofMillis(300)).conOcr(false),
            1,
            null)) {
      long inicio = System.nanoTime();
      ExtraccionFallidaException e =
          assertThrows(ExtraccionFallidaException.class, () -> apurado.extraer(lento, "l.txt"));

      assertEquals(Motivo.TIEMPO, e.motivo());
      assertEquals("La extracción superó el tiempo máximo de 300 ms.", e.getMessage());
      assertTrue(e.reintentable());
      assertTrue(Duration.ofNanos(System.nanoTime() - inicio).toMillis() < 2000);
      // the worker noticed the interrupt and is free again
      TextoExtraido r =
          apurado.extraer(
              new ByteArrayInputStream("listo".getBytes(StandardCharsets.UTF_8)), "b.txt");
      assertEquals("listo", r.texto());
    }
  }

  @Test
  void ocrSuperaElTiempoYTesseractTermina() throws Exception {
    assumeTrue(extractor.ocrDisponible(), "sin Tesseract con español");
    byte[] escaneo = Muestras.pdfEscaneado(Muestras.FRASE_OCR + " " + Muestras.FRASE_OCR);
    try (ExtractorDeTexto apurado =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conTiempoMaximo(Duration.ofMillis(700)), 1, null)) {

      ExtraccionFallidaException e =
          assertThrows(
              ExtraccionFallidaException.class,
              () -> apurado.extraer(new ByteArrayInputStream(escaneo), "escaneo.pdf"));

      assertEquals(Motivo.TIEMPO, e.motivo());
      assertEquals("La extracción superó el tiempo máximo de 700 ms.", e.getMessage());
      assertTrue(e.reintentable());
      // the interrupted worker kills Tesseract
      long limite = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (tesseractsHijos() > 0 && System.nanoTime() < limite) {
        Thread.sleep(100);
      }
      assertEquals(0, tesseractsHijos());
    }
  }

  @Test
  void tiempoDeUnMilisegundo() throws Exception {
    try (ExtractorDeTexto apurado =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conTiempoMaximo(Duration.ofMillis(1)), 1, null)) {
      ExtraccionFallidaException e =
          assertThrows(
              ExtraccionFallidaException.class,
              () ->
                  apurado.extraer(
                      new ByteArrayInputStream(Muestras.pdfEscaneado(Muestras.FRASE_OCR)),
                      "escaneo.pdf"));

      assertTrue(e.reintentable());
      assertTrue(
          e.motivo() == Motivo.TIEMPO || e.motivo() == Motivo.OCUPADO, () -> e.motivo().name());
    }
  }

  @Test
  void unParserDesbocadoNoAgotaLosHilos() throws Exception {
    // a stream that ignores interrupts and blocks for 3 s from its first read, as a parser
    // stuck in a loop would
    AtomicLong finDelBloqueo = new AtomicLong();
    InputStream terco =
        new InputStream() {
          @Override
          public int read() {
            finDelBloqueo.compareAndSet(0, System.nanoTime() + Duration.ofMillis(3000).toNanos());
            while (System.nanoTime() < finDelBloqueo.get()) {
              Thread.onSpinWait();
            }
            return -1;
          }
        };
    AtomicLong hilosCreados = new AtomicLong();
    java.util.concurrent.ThreadFactory fabrica =
        r -> {
          hilosCreados.incrementAndGet();
          Thread t = new Thread(r, "prueba-extraccion");
          t.setDaemon(true);
          return t;
        };
    try (ExtractorDeTexto unHilo =
        new ExtractorDeTexto(
            LimitesDeExtraccion.porOmision().conTiempoMaximo(Duration.ofMillis(500)).conOcr(false),
            1,
            fabrica)) {
      byte[] txt = "texto".getBytes(StandardCharsets.UTF_8);

      assertEquals(
          Motivo.TIEMPO,
          assertThrows(ExtraccionFallidaException.class, () -> unHilo.extraer(terco, "t.txt"))
              .motivo());
      // its only worker is still stuck: the next call waits 500 ms for it, then gives up
      ExtraccionFallidaException ocupado =
          assertThrows(
              ExtraccionFallidaException.class,
              () -> unHilo.extraer(new ByteArrayInputStream(txt), "b.txt"));
      assertEquals(Motivo.OCUPADO, ocupado.motivo());
      assertTrue(ocupado.reintentable());
      assertEquals(1, hilosCreados.get(), "one worker, however many calls");

      while (System.nanoTime() < finDelBloqueo.get() + Duration.ofMillis(100).toNanos()) {
        Thread.sleep(50);
      }
      assertEquals("texto", unHilo.extraer(new ByteArrayInputStream(txt), "c.txt").texto());
    }
  }

  private static long tesseractsHijos() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("tesseract")).orElse(false))
        .count();
  }

  private static String causas(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      s.append(t).append(" <- ");
    }
    return s.toString();
  }
}
