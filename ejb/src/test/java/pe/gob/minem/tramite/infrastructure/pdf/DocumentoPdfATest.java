package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
