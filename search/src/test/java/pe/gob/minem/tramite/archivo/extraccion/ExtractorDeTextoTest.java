package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats of the archive, each made in the test, through real Tika. */
class ExtractorDeTextoTest {

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
  void pdfDeTresPaginasSeparaLasPaginasConSaltoDePagina() throws Exception {
    byte[] pdf =
        Muestras.pdf(
            "Oficio de la OTI\nprimera pagina: ALFA",
            "Segunda pagina: BRAVO\nRestauracion de respaldos",
            "Tercera pagina: CHARLIE");

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(pdf), "oficio.pdf");

    assertEquals("application/pdf", r.tipoMime());
    assertEquals(3, r.paginas());
    assertEquals(2, r.texto().chars().filter(c -> c == '\f').count(), r.texto());
    String[] paginas = r.texto().split("\f", -1);
    assertTrue(paginas[0].contains("ALFA") && !paginas[0].contains("BRAVO"), paginas[0]);
    assertTrue(paginas[1].contains("BRAVO") && paginas[1].contains("respaldos"), paginas[1]);
    assertTrue(paginas[2].contains("CHARLIE"), paginas[2]);
    assertEquals(paginas[1], r.pagina(2));
    assertFalse(r.conOcr());
    assertFalse(r.truncado());
    // whitespace collapsed: no leading or trailing blanks around the pages
    for (String p : paginas) {
      assertEquals(p.strip(), p);
    }
  }

  @Test
  void paginaEnBlancoConservaSuSeparador() throws Exception {
    // (a page with less than 10 characters is read by OCR too; the blank one gives nothing)
    byte[] pdf = Muestras.pdf("Pagina uno del informe", "", "Pagina tres del informe");

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(pdf), "con-blanco.pdf");

    assertEquals(3, r.paginas());
    assertEquals("Pagina uno del informe\f\fPagina tres del informe", r.texto());
    assertEquals("", r.pagina(2));
    assertEquals("Pagina tres del informe", r.pagina(3));
    assertFalse(r.conOcr());
  }

  @Test
  void pdfDesdeUnArchivo(@TempDir Path carpeta) throws Exception {
    Path pdf = Files.write(carpeta.resolve("informe.pdf"), Muestras.pdf("Informe tecnico N 12"));

    TextoExtraido r = extractor.extraer(pdf);

    assertEquals("Informe tecnico N 12", r.texto());
    assertEquals(1, r.paginas());
  }

  @Test
  void docx() throws Exception {
    byte[] docx =
        Muestras.docx(
            "OFICIO N° 0012-2026-MINEM/OTI", "Asunto: restauración de respaldos del servidor");

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(docx), "oficio.docx");

    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.tipoMime());
    assertTrue(r.texto().contains("OFICIO N° 0012-2026-MINEM/OTI"), r.texto());
    assertTrue(r.texto().contains("restauración de respaldos"), r.texto());
    assertEquals(1, r.paginas());
    assertFalse(r.texto().contains("\f"));
  }

  @Test
  void xlsx() throws Exception {
    byte[] xlsx =
        Muestras.xlsx(
            "Respaldos",
            List.of(
                List.of("Servidor", "Estado", "GB"),
                List.of("srv-tramite-01", "Restaurado", 120),
                List.of("srv-firma-02", "Pendiente", 80)));

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(xlsx), "respaldos.xlsx");

    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.tipoMime());
    assertTrue(r.texto().contains("srv-tramite-01"), r.texto());
    assertTrue(r.texto().contains("Restaurado"), r.texto());
    assertTrue(r.texto().contains("120"), r.texto());
  }

  @Test
  void odt() throws Exception {
    byte[] odt = Muestras.odt("Memorando múltiple", "Sobre la restauración de respaldos");

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(odt), "memo.odt");

    assertEquals("application/vnd.oasis.opendocument.text", r.tipoMime());
    assertTrue(r.texto().contains("Memorando múltiple"), r.texto());
    assertTrue(r.texto().contains("restauración de respaldos"), r.texto());
  }

  @Test
  void textoEnIso88591ConTildes() throws Exception {
    String original =
        "Resolución Directoral N° 045-2026-MINEM/OGA\n\n"
            + "Visto el informe técnico de la Oficina de Tecnologías de la Información sobre la"
            + " restauración de respaldos, y considerando que la gestión documental del Ministerio"
            + " de Energía y Minas requiere la conservación de sus expedientes, se resuelve"
            + " aprobar el procedimiento de atención de incidencias. Regístrese y comuníquese.";
    byte[] latin1 = original.getBytes(StandardCharsets.ISO_8859_1);

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(latin1), "resolucion.txt");

    assertEquals("text/plain", r.tipoMime());
    assertTrue(r.texto().startsWith("Resolución Directoral N° 045"), r.texto());
    assertTrue(r.texto().contains("Tecnologías de la Información"), r.texto());
    assertTrue(r.texto().contains("comuníquese"), r.texto());
  }

  @Test
  void textoEnUtf8SinNombre() throws Exception {
    byte[] utf8 =
        "Expediente EXP-2026-000123: restauración pendiente.".getBytes(StandardCharsets.UTF_8);

    TextoExtraido r = extractor.extraer(new ByteArrayInputStream(utf8), null);

    assertEquals("text/plain", r.tipoMime());
    assertEquals("Expediente EXP-2026-000123: restauración pendiente.", r.texto());
  }

  @Test
  void html() throws Exception {
    String html =
        "<!DOCTYPE html><html lang=\"es-PE\"><head><meta charset=\"utf-8\">"
            + "<title>Título que no es texto del cuerpo</title>"
            + "<script>var x = 'no es texto';</script></head>"
            + "<body><h1>Comunicado</h1><p>La restauración   de\n\n\n\n respaldos concluyó.</p>"
            + "<table><tr><td>Servidor</td><td>srv-01</td></tr></table></body></html>";

    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "comunicado.html");

    assertEquals("text/html", r.tipoMime());
    assertTrue(r.texto().contains("Comunicado"), r.texto());
    assertTrue(r.texto().contains("La restauración de respaldos concluyó."), r.texto());
    assertTrue(r.texto().contains("Servidor srv-01"), r.texto());
    assertFalse(r.texto().contains("no es texto"), r.texto());
    assertFalse(r.texto().contains("Título"), r.texto());
    assertEquals("es", r.idioma());
  }

  @Test
  void truncaSinFallarYLoSenala() throws Exception {
    try (ExtractorDeTexto corto =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision().conMaxCaracteres(40), 1, null)) {
      byte[] pdf = Muestras.pdf("Primera pagina con bastante texto para pasar el limite", "Otra");

      TextoExtraido r = corto.extraer(new ByteArrayInputStream(pdf), "largo.pdf");

      assertTrue(r.truncado());
      assertTrue(r.texto().length() <= 40, r.texto());
      assertTrue(r.texto().startsWith("Primera pagina"), r.texto());
      assertEquals(2, r.paginas(), "the page count the PDF declares");
    }
  }

  @Test
  void sinTruncarNoLoSenala() throws Exception {
    TextoExtraido r =
        extractor.extraer(
            new ByteArrayInputStream("corto".getBytes(StandardCharsets.UTF_8)), "corto.txt");

    assertFalse(r.truncado());
    assertNull(r.idioma());
  }

  @Test
  void cerradoNoAceptaMas() throws Exception {
    ExtractorDeTexto efimero =
        new ExtractorDeTexto(LimitesDeExtraccion.porOmision().conOcr(false), 1, null);
    efimero.close();

    assertThrows(
        IllegalStateException.class,
        () -> efimero.extraer(new ByteArrayInputStream(new byte[] {'a'}), "a.txt"));
  }

  @Test
  void archivoInexistente(@TempDir Path carpeta) {
    ExtraccionFallidaException e =
        assertThrows(
            ExtraccionFallidaException.class, () -> extractor.extraer(carpeta.resolve("no.pdf")));

    assertEquals("No se encontró el archivo no.pdf.", e.getMessage());
    assertTrue(e.reintentable());
  }

  @Test
  void sinArchivosTemporalesDespues() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    java.util.Set<Path> antes = temporales(tmp);

    extractor.extraer(new ByteArrayInputStream(Muestras.pdf("Oficio temporal de prueba")), "t.pdf");
    assertThrows(
        ExtraccionFallidaException.class,
        () -> extractor.extraer(new ByteArrayInputStream(Muestras.pdfCorrupto(5000)), "c.pdf"));

    java.util.Set<Path> nuevos = temporales(tmp);
    nuevos.removeAll(antes);
    assertEquals(java.util.Set.of(), nuevos);
  }

  private static java.util.Set<Path> temporales(Path carpeta) throws java.io.IOException {
    try (var s = Files.list(carpeta)) {
      return s.filter(p -> p.getFileName().toString().startsWith("tramite-extraccion-"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void descripcionParaLaPaginaDeSalud() {
    String d = extractor.descripcion();

    assertTrue(d.startsWith("Apache Tika 3."), d);
    assertTrue(d.contains("50 MB") && d.contains("60 s"), d);
    assertTrue(d.contains(extractor.ocrDisponible() ? "OCR activo" : "OCR"), d);
  }
}
