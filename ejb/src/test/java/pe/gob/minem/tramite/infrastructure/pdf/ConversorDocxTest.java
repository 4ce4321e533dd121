package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

class ConversorDocxTest {

  static final String PARRAFO =
      "Se informa sobre la ampliación de la subestación eléctrica de Cañete, ¿según lo previsto?";

  @TempDir Path prueba;

  @Test
  void unDocxSeConvierteEnUnPdfConSuTexto() throws Exception {
    var conversor = conLibreOffice(ConversorDocx.LIMITE_POR_DEFECTO);
    var antes = temporales();

    long inicio = System.nanoTime();
    byte[] pdf =
        conversor.convertir(DocxDePrueba.conParrafos(PARRAFO, "Atentamente,"), "informe.docx");
    System.out.printf(
        "Conversión DOCX → PDF con LibreOffice: %d ms%n", (System.nanoTime() - inicio) / 1_000_000);

    try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      String texto = PdfTextExtractor.getTextFromPage(doc.getPage(1)).replaceAll("\\s+", " ");
      assertTrue(texto.contains(PARRAFO), texto);
      assertTrue(texto.contains("Atentamente,"), texto);
    }
    assertEquals(antes, temporales());
  }

  @Test
  void dosConversionesALaVezNoSeEstorban() throws Exception {
    var conversor = conLibreOffice(ConversorDocx.LIMITE_POR_DEFECTO);
    var antes = temporales();

    var primera =
        CompletableFuture.supplyAsync(() -> convertir(conversor, "Primer documento de la unidad."));
    var segunda =
        CompletableFuture.supplyAsync(
            () -> convertir(conversor, "Segundo documento de la unidad."));

    assertTrue(texto(primera.get(90, TimeUnit.SECONDS)).contains("Primer documento de la unidad."));
    assertTrue(
        texto(segunda.get(90, TimeUnit.SECONDS)).contains("Segundo documento de la unidad."));
    assertEquals(antes, temporales());
  }

  private static byte[] convertir(ConversorDocx conversor, String parrafo) {
    try {
      return conversor.convertir(DocxDePrueba.conParrafos(parrafo), "documento.docx");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String texto(byte[] pdf) throws Exception {
    try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return PdfTextExtractor.getTextFromPage(doc.getPage(1)).replaceAll("\\s+", " ");
    }
  }

  @Test
  void unaConversionQueSePasaDelLimiteSeCancelaSinDejarArchivos() throws Exception {
    var conversor = conLibreOffice(Duration.ofMillis(1));
    var antes = temporales();

    var e =
        assertThrows(
            ReglaIncumplidaException.class,
            () -> conversor.convertir(DocxDePrueba.conParrafos(PARRAFO), "informe.docx"));

    assertTrue(e.getMessage().contains("«informe.docx» a PDF tardó más de 1 ms"), e.getMessage());
    assertTrue(e.getMessage().contains("suba el documento en PDF"), e.getMessage());
    assertEquals(antes, temporales());
    assertFalse(
        ProcessHandle.allProcesses()
            .anyMatch(p -> p.info().commandLine().orElse("").contains("tramite-docx-")),
        "quedó un LibreOffice vivo");
  }

  @Test
  void sinLibreOfficeSeExplicaQueInstalar() throws Exception {
    var conversor = new ConversorDocx(prueba.resolve("no-existe/soffice"), Duration.ofSeconds(5));

    assertFalse(conversor.disponible());
    var e =
        assertThrows(
            ReglaIncumplidaException.class,
            () -> conversor.convertir(DocxDePrueba.conParrafos(PARRAFO), "informe.docx"));
    assertEquals(
        "La conversión de DOCX a PDF no está disponible en este servidor: instale LibreOffice"
            + " (paquete libreoffice-writer-nogui) o suba el documento en PDF.",
        e.getMessage());
  }

  @Test
  void siNoSaleUnPdfSePideUnDocxValidoOUnPdf() throws Exception {
    // writes something that is not a PDF where LibreOffice would write the PDF
    var falso =
        guion(
            "while [ $# -gt 0 ]; do [ \"$1\" = --outdir ] && dir=$2; shift; done\n"
                + "echo 'no soy un pdf' > \"$dir/documento.pdf\"\n");
    var antes = temporales();

    var e =
        assertThrows(
            ReglaIncumplidaException.class,
            () ->
                new ConversorDocx(falso, Duration.ofSeconds(10))
                    .convertir(DocxDePrueba.conParrafos(PARRAFO), "informe.docx"));

    assertTrue(
        e.getMessage().startsWith("No se pudo convertir «informe.docx» a PDF"), e.getMessage());
    assertEquals(antes, temporales());
  }

  @Test
  void alCancelarSeTerminanTambienLosProcesosHijos() throws Exception {
    // like LibreOffice's launcher: a script whose child does the work
    String marca = "31.4159";
    var falso = guion("sleep " + marca + "\necho fin\n");

    assertThrows(
        ReglaIncumplidaException.class,
        () ->
            new ConversorDocx(falso, Duration.ofMillis(300))
                .convertir(DocxDePrueba.conParrafos(PARRAFO), "informe.docx"));

    assertFalse(
        ProcessHandle.allProcesses()
            .anyMatch(p -> p.info().commandLine().orElse("").contains("sleep " + marca)),
        "el proceso hijo sigue vivo");
  }

  private Path guion(String cuerpo) throws Exception {
    var guion = prueba.resolve("soffice");
    Files.writeString(guion, "#!/bin/sh\n" + cuerpo);
    Files.setPosixFilePermissions(guion, PosixFilePermissions.fromString("rwx------"));
    return guion;
  }

  /** The real LibreOffice: its absence fails the test unless TRAMITE_SKIP_EXTERNAL_TOOLS=1. */
  private static ConversorDocx conLibreOffice(Duration limite) {
    var conversor = new ConversorDocx(limite);
    if (!conversor.disponible()) {
      HerramientaExterna.faltante("LibreOffice (soffice)", "libreoffice-writer-nogui");
    }
    return conversor;
  }

  private static Set<String> temporales() throws Exception {
    try (var todo = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return todo.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("tramite-docx-"))
          .collect(Collectors.toSet());
    }
  }
}
