package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import pe.gob.minem.tramite.infrastructure.pdf.PieDeVerificacionTest.Hoja;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Contenido;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Fila;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Seccion;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Tabla;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.demo.DemoPki;

/**
 * The documents drafted from the template are PDF/A-2B, as veraPDF (not iText, which wrote them)
 * sees them: as generated, after the verification footer, and after a PAdES signature.
 */
class DocumentoPdfATest {

  static final String ACENTOS = "Ángel Éxito Íñigo Óscar Úrsula ñandú ¿cuándo? ¡ya! 25 °C";
  static final List<String> COLUMNAS = List.of("N°", "Descripción del bien", "Ubicación");

  /** An acta with accents, label/value rows and a 3-column table of 60 rows (several pages). */
  static Contenido entregable() {
    var filas = new ArrayList<List<String>>();
    for (int i = 1; i <= 60; i++) {
      filas.add(
          List.of(
              String.valueOf(i),
              "Computadora de escritorio n.º " + i + " con monitor, teclado y ratón",
              i % 2 == 0 ? "Sede central, piso " + (i % 7) : "Almacén de Ñaña"));
    }
    return new Contenido(
            "ACTA",
            "Oficina General de Administración — Oficina de Tecnologías de la Información",
            "ACTA N° 007-2026-MINEM/OGA-OTI",
            "Lima, 2 de diciembre de 2026",
            null,
            null,
            "Entrega y recepción de equipos informáticos",
            null,
            "Siendo las 10:00 horas, se reunieron los abajo firmantes. " + ACENTOS,
            List.of(PlantillaDocumentoTest.JEFA_OTI, PlantillaDocumentoTest.DIRECTOR_OGA))
        .conSecciones(
            List.of(
                new Seccion(
                    "1. Datos generales",
                    List.of(
                        new Fila("Órgano", "Oficina de Tecnologías de la Información"),
                        new Fila("Temperatura de la sala", "18 °C"),
                        new Fila(
                            "Observación",
                            "¿Hubo incidencias? ¡Ninguna! "
                                + "Texto largo que debe partirse en varias líneas dentro de su"
                                + " celda sin salirse de la tabla ni del margen de la página,"
                                + " como ocurre con las observaciones de un acta real."),
                        new Fila("Vacío", null)),
                    "Se deja constancia de los bienes entregados:",
                    new Tabla(COLUMNAS, filas)),
                Seccion.deTexto(
                    "2. Conclusión",
                    "Se entregan los bienes conforme.\n\nEs todo cuanto se deja constancia.")));
  }

  @Test
  void elEntregableConTildesFilasYUnaTablaLargaEsPdfA2b() throws Exception {
    byte[] pdf = PlantillaDocumento.generar(entregable());

    assertEquals(List.of(), ValidadorPdfA.fallas(pdf));
    try (var doc = abrir(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 3, "páginas: " + doc.getNumberOfPages());
      assertEquals(PdfAConformance.PDF_A_2B, doc.getConformance().getAConformance());
      assertEquals("es-PE", doc.getCatalog().getPdfObject().getAsString(PdfName.Lang).getValue());
      String xmp = new String(doc.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("ACTA N° 007-2026-MINEM/OGA-OTI"), xmp);
      assertTrue(xmp.contains("Entrega y recepción de equipos informáticos"), xmp);
    }
    String primera = texto(pdf, 1);
    assertTrue(primera.contains(ACENTOS), primera);
    assertTrue(primera.contains("Temperatura de la sala 18 °C"), primera);
    assertTrue(primera.contains("Vacío —"), primera);
  }

  @Test
  void laTablaRepiteSusEncabezadosEnCadaPaginaYLosFirmantesConservanSuEspacio() throws Exception {
    byte[] pdf = PlantillaDocumento.generar(entregable());

    int paginas;
    try (var doc = abrir(pdf)) {
      paginas = doc.getNumberOfPages();
    }
    var conFilas = new ArrayList<Integer>();
    for (int i = 1; i <= paginas; i++) {
      String texto = texto(pdf, i);
      if (texto.contains("Computadora de escritorio")) {
        conFilas.add(i);
        assertTrue(texto.contains("N° Descripción del bien Ubicación"), "página " + i);
      }
    }
    assertTrue(conFilas.size() >= 2, "la tabla ocupa las páginas " + conFilas);
    String todo = String.join(" ", textos(pdf, paginas));
    for (int i = 1; i <= 60; i++) {
      assertTrue(todo.contains("n.º " + i + " con monitor"), "fila " + i);
    }
    String ultima = texto(pdf, paginas);
    assertTrue(ultima.contains("Es todo cuanto se deja constancia."), ultima);
    assertTrue(ultima.contains("JOSÉ ANTONIO NÚÑEZ PAREDES"), ultima);
    float masBajo =
        (float)
            TextoUbicado.de(pdf, paginas).stream()
                .filter(t -> !t.texto().startsWith("Página"))
                .mapToDouble(TextoUbicado::y)
                .min()
                .orElseThrow();
    assertTrue(
        masBajo - PlantillaDocumento.MARGEN >= PlantillaDocumento.ESPACIO_PARA_FIRMAS,
        "el texto más bajo está en y=" + masBajo);
  }

  @Test
  void conElPieDeVerificacionSigueSiendoPdfA2b() throws Exception {
    byte[] estampado =
        PieDeVerificacion.estampar(
            PlantillaDocumento.generar(entregable()),
            PieDeVerificacionTest.CODIGO,
            PieDeVerificacionTest.URL);

    assertTrue(PieDeVerificacion.tienePie(estampado, PieDeVerificacionTest.CODIGO));
    assertEquals(List.of(), ValidadorPdfA.fallas(estampado));
    try (var doc = abrir(estampado)) {
      assertEquals(PdfAConformance.PDF_A_2B, doc.getConformance().getAConformance());
      assertEquals("es-PE", doc.getCatalog().getPdfObject().getAsString(PdfName.Lang).getValue());
    }
  }

  @Test
  void firmadoConPadesSigueSiendoPdfA2b(@TempDir Path datos) throws Exception {
    byte[] estampado =
        PieDeVerificacion.estampar(
            PlantillaDocumento.generar(entregable()),
            PieDeVerificacionTest.CODIGO,
            PieDeVerificacionTest.URL);

    byte[] firmado;
    try (var pki = DemoPki.openOrCreate(datos)) {
      var firmante =
          pki.issuePerson(
              "MARÍA ELENA QUISPE HUAMÁN",
              "40123456",
              "Jefa de la Oficina de Tecnologías de la Información",
              "OTI");
      var servicio =
          SigningService.create(SigningConfig.defaults().withTrustAnchors(pki.trustAnchors()));
      firmado =
          servicio.sign(
              estampado, firmante.signerKey(), SignatureOptions.vistoBueno(PadesLevel.B_B));
      firmado =
          servicio.sign(
              firmado,
              pki.issuePerson(
                      "JOSÉ ANTONIO NÚÑEZ PAREDES",
                      "41234567",
                      "Director General de Administración",
                      "OGA")
                  .signerKey(),
              SignatureOptions.conformidad(PadesLevel.B_B));
    }

    assertEquals(List.of(), ValidadorPdfA.fallas(firmado));
  }

  @ParameterizedTest
  @CsvSource({"PDF_A_1B, PDFA_1_B", "PDF_A_2B, PDFA_2_B", "PDF_A_3B, PDFA_3_B"})
  void unPdfASubidoSigueSiendoloConElPie(PdfAConformance nivel, PDFAFlavour sabor)
      throws Exception {
    byte[] subido = pdfA(nivel);
    assertEquals(List.of(), ValidadorPdfA.fallas(subido, sabor), "el PDF subido");

    byte[] estampado =
        PieDeVerificacion.estampar(subido, PieDeVerificacionTest.CODIGO, PieDeVerificacionTest.URL);

    assertTrue(PieDeVerificacion.tienePie(estampado, PieDeVerificacionTest.CODIGO));
    assertEquals(List.of(), ValidadorPdfA.fallas(estampado, sabor));
    try (var doc = abrir(estampado)) {
      assertEquals(nivel, doc.getConformance().getAConformance());
      assertTrue(
          PdfTextExtractor.getTextFromPage(doc.getPage(1)).contains("Informe subido en PDF/A"));
    }
  }

  @Test
  void unPdfQueSeDiceAYNoLoEsSeEstampaIgual() throws Exception {
    byte[] falso = declaradoPdfA(PieDeVerificacionTest.pdf(new Hoja(PageSize.A4, 0)));
    try (var doc = abrir(falso)) {
      assertEquals(PdfAConformance.PDF_A_2B, doc.getConformance().getAConformance());
    }

    byte[] estampado =
        PieDeVerificacion.estampar(falso, PieDeVerificacionTest.CODIGO, PieDeVerificacionTest.URL);

    assertTrue(PieDeVerificacion.tienePie(estampado, PieDeVerificacionTest.CODIGO));
    assertTrue(texto(estampado, 1).contains("Texto de la página 1"));
    // iText does not check what it copies from the original's pages: the copy keeps the claim,
    // and is as little PDF/A as the original was
    try (var doc = abrir(estampado)) {
      assertEquals(PdfAConformance.PDF_A_2B, doc.getConformance().getAConformance());
    }
    assertTrue(ValidadorPdfA.fallas(estampado).stream().anyMatch(f -> f.startsWith("6.2.11.4.1-")));
  }

  @Test
  void unPdfComunEstampadoNoSeDeclaraPdfA() throws Exception {
    byte[] comun = PieDeVerificacionTest.pdf(new Hoja(PageSize.A4, 0));

    byte[] estampado =
        PieDeVerificacion.estampar(comun, PieDeVerificacionTest.CODIGO, PieDeVerificacionTest.URL);

    try (var doc = abrir(estampado)) {
      assertNull(doc.getConformance().getAConformance());
    }
  }

  @Test
  void elValidadorRechazaUnPdfConFuentesSinIncrustar() throws Exception {
    byte[] comun = PieDeVerificacionTest.pdf(new Hoja(PageSize.A4, 0));

    var fallas = ValidadorPdfA.fallas(comun);

    assertFalse(fallas.isEmpty());
    // 6.2.11.4.1: the font programs of every font used shall be embedded
    assertTrue(fallas.stream().anyMatch(f -> f.startsWith("6.2.11.4.1-")), fallas.toString());
  }

  @Test
  void unaFilaConMasCeldasQueColumnasSeRechaza() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Tabla(List.of("A", "B"), List.of(List.of("1", "2", "3"))));
    assertTrue(e.getMessage().contains("3 celdas"), e.getMessage());
    var corta = new Tabla(List.of("A", "B"), List.of(Arrays.asList("1", null), List.of("x")));
    assertEquals(List.of(List.of("1", ""), List.of("x")), corta.filas());
  }

  @Test
  void losDocumentosSinSeccionesSiguenIgual() throws Exception {
    var informe = PlantillaDocumentoTest.informe(PlantillaDocumentoTest.PRIMER_PARRAFO);
    assertEquals(List.of(), informe.secciones());

    byte[] pdf = PlantillaDocumento.generar(informe);

    assertEquals(List.of(), ValidadorPdfA.fallas(pdf));
  }

  /** A one-page PDF/A of {@code nivel} as another producer could upload it. */
  private static byte[] pdfA(PdfAConformance nivel) throws Exception {
    var salida = new ByteArrayOutputStream();
    var srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    try (var pdf =
            new PdfADocument(
                new PdfWriter(salida),
                nivel,
                new PdfOutputIntent(
                    "Custom",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    new ByteArrayInputStream(srgb)));
        var doc = new Document(pdf)) {
      pdf.getDocumentInfo().setTitle("Informe subido");
      doc.add(
          new Paragraph("Informe subido en PDF/A: " + ACENTOS)
              .setFont(new PdfInstitucional().normal));
    }
    return salida.toByteArray();
  }

  /** {@code pdf} with XMP metadata that declares PDF/A-2B, whatever it holds. */
  private static byte[] declaradoPdfA(byte[] pdf) throws Exception {
    var salida = new ByteArrayOutputStream();
    try (var doc =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(salida))) {
      var xmp = XMPMetaFactory.create();
      PdfConformance.setConformanceToXmp(xmp, PdfConformance.PDF_A_2B);
      doc.setXmpMetadata(xmp);
    }
    return salida.toByteArray();
  }

  private static List<String> textos(byte[] pdf, int paginas) throws Exception {
    var textos = new ArrayList<String>();
    for (int i = 1; i <= paginas; i++) {
      textos.add(texto(pdf, i));
    }
    return textos;
  }

  private static String texto(byte[] pdf, int pagina) throws Exception {
    try (var doc = abrir(pdf)) {
      return PdfTextExtractor.getTextFromPage(doc.getPage(pagina)).replaceAll("\\s+", " ");
    }
  }

  private static PdfDocument abrir(byte[] pdf) throws Exception {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
  }
}
