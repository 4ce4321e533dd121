package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.Contenido;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento.NombreYCargo;

class PlantillaDocumentoTest {

  static final NombreYCargo JEFA_OTI =
      new NombreYCargo(
          "MARÍA ELENA QUISPE HUAMÁN", "Jefa de la Oficina de Tecnologías de la Información");
  static final NombreYCargo DIRECTOR_OGA =
      new NombreYCargo("JOSÉ ANTONIO NÚÑEZ PAREDES", "Director General de Administración");
  static final String PRIMER_PARRAFO =
      "Me dirijo a usted para informarle sobre la renovación del parque informático de la sede"
          + " central, conforme a lo solicitado en el documento de la referencia.";

  static Contenido informe(String cuerpo) {
    return new Contenido(
        "INFORME TÉCNICO",
        "Oficina General de Administración — Oficina de Tecnologías de la Información",
        "INFORME TÉCNICO N° 012-2026-MINEM/OGA-OTI",
        "Lima, 26 de noviembre de 2026",
        DIRECTOR_OGA,
        JEFA_OTI,
        "Renovación del parque informático de la sede central",
        "Memorando N° 345-2026-MINEM/OGA",
        cuerpo,
        List.of(JEFA_OTI));
  }

  @Test
  void elInformeMuestraSuNumeroAsuntoYParrafos() throws Exception {
    byte[] pdf =
        PlantillaDocumento.generar(
            informe(
                PRIMER_PARRAFO + "\n\nEs todo cuanto informo a usted para los fines pertinentes."));

    String texto = texto(pdf, 1);
    assertTrue(texto.contains("MINISTERIO DE ENERGÍA Y MINAS"), texto);
    assertTrue(
        texto.contains("“Año de la recuperación y consolidación de la economía peruana”"), texto);
    assertTrue(texto.contains("INFORME TÉCNICO N° 012-2026-MINEM/OGA-OTI"), texto);
    assertTrue(
        texto.contains("ASUNTO : Renovación del parque informático de la sede central"), texto);
    assertTrue(texto.contains("REFERENCIA : Memorando N° 345-2026-MINEM/OGA"), texto);
    assertTrue(texto.contains("FECHA : Lima, 26 de noviembre de 2026"), texto);
    assertTrue(texto.contains(PRIMER_PARRAFO), texto);
    assertTrue(texto.contains("Es todo cuanto informo a usted para los fines pertinentes."), texto);
    assertTrue(texto.contains("Jefa de la Oficina de Tecnologías de la Información"), texto);
    try (var doc = abrir(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals(PageSize.A4.getWidth(), doc.getPage(1).getPageSize().getWidth(), 0.01);
      assertEquals(PageSize.A4.getHeight(), doc.getPage(1).getPageSize().getHeight(), 0.01);
    }
  }

  @Test
  void lasTildesEñesYSignosSeVen() throws Exception {
    String acentos =
        "Según el artículo 3°, ¿cuándo se añadirá? ¡Pronto! Ángel, Éxito, Ñandú, pingüino.";

    String texto = texto(PlantillaDocumento.generar(informe(acentos)), 1);

    assertTrue(texto.contains(acentos), texto);
  }

  @Test
  void unCuerpoLargoOcupaVariasPaginasConMembreteYNumeracion() throws Exception {
    String cuerpo =
        String.join("\n\n", Collections.nCopies(30, PRIMER_PARRAFO + " " + PRIMER_PARRAFO))
            + "\n\nÚltimo párrafo del informe.";

    byte[] pdf = PlantillaDocumento.generar(informe(cuerpo));

    try (var doc = abrir(pdf)) {
      int paginas = doc.getNumberOfPages();
      assertTrue(paginas >= 3, "páginas: " + paginas);
      for (int i = 1; i <= paginas; i++) {
        String texto = texto(pdf, i);
        assertTrue(texto.contains("MINISTERIO DE ENERGÍA Y MINAS"), "página " + i);
        assertTrue(texto.contains("Página " + i + " de " + paginas), "página " + i);
      }
      assertTrue(texto(pdf, paginas).contains("MARÍA ELENA QUISPE HUAMÁN"));
      assertTrue(
          texto(pdf, paginas).contains("Último párrafo del informe."),
          "los firmantes no quedan solos en la última página");
    }
  }

  @Test
  void bajoLosFirmantesQuedaEspacioParaLosSellosDeFirma() throws Exception {
    // bodies of every length: the names land at every height of the last page
    for (int parrafos = 1; parrafos <= 16; parrafos++) {
      String cuerpo = String.join("\n\n", Collections.nCopies(parrafos, PRIMER_PARRAFO));

      byte[] pdf = PlantillaDocumento.generar(informe(cuerpo));

      int ultima;
      try (var doc = abrir(pdf)) {
        ultima = doc.getNumberOfPages();
      }
      float masBajo =
          (float)
              TextoUbicado.de(pdf, ultima).stream()
                  .filter(t -> !t.texto().startsWith("Página"))
                  .mapToDouble(TextoUbicado::y)
                  .min()
                  .orElseThrow();
      assertTrue(
          masBajo - PlantillaDocumento.MARGEN >= PlantillaDocumento.ESPACIO_PARA_FIRMAS,
          parrafos + " párrafos: el texto más bajo está en y=" + masBajo);
      assertTrue(
          TextoUbicado.de(pdf, ultima).stream().anyMatch(t -> t.texto().contains("QUISPE")),
          parrafos + " párrafos: el firmante no está en la última página");
    }
  }

  @Test
  void unOficioLlevaDestinatarioYDespedida() throws Exception {
    var oficio =
        new Contenido(
            "OFICIO",
            "Despacho Ministerial",
            "OFICIO N° 1234-2026-MINEM/DM",
            "Lima, 26 de noviembre de 2026",
            new NombreYCargo("CARLOS ALBERTO ROJAS DÍAZ", "Gerente General — OSINERGMIN"),
            null,
            "Remisión de información solicitada",
            null,
            PRIMER_PARRAFO,
            List.of(new NombreYCargo("ANA LUCÍA TORRES VEGA", "Ministra de Energía y Minas")));

    String texto = texto(PlantillaDocumento.generar(oficio), 1);

    assertTrue(texto.contains("Lima, 26 de noviembre de 2026 OFICIO N° 1234-2026-MINEM/DM"), texto);
    assertTrue(texto.contains("Señor(a): CARLOS ALBERTO ROJAS DÍAZ"), texto);
    assertTrue(texto.contains("Presente.-"), texto);
    assertTrue(texto.contains("Asunto : Remisión de información solicitada"), texto);
    assertTrue(texto.contains("Atentamente,"), texto);
    assertTrue(texto.contains("ANA LUCÍA TORRES VEGA Ministra de Energía y Minas"), texto);
  }

  @Test
  void elNombreDelAnioSeIndica() throws Exception {
    byte[] pdf =
        PlantillaDocumento.generar(
            informe(PRIMER_PARRAFO),
            "Año del Bicentenario de la consolidación de nuestra Independencia");

    assertTrue(
        texto(pdf, 1)
            .contains("“Año del Bicentenario de la consolidación de nuestra Independencia”"));
  }

  @Test
  void laPlantillaLlevaBienElPieDeVerificacion() throws Exception {
    byte[] pdf = PlantillaDocumento.generar(informe(PRIMER_PARRAFO));

    byte[] estampado =
        PieDeVerificacion.estampar(pdf, PieDeVerificacionTest.CODIGO, PieDeVerificacionTest.URL);

    assertTrue(PieDeVerificacion.tienePie(estampado, PieDeVerificacionTest.CODIGO));
    assertTrue(texto(estampado, 1).contains(PRIMER_PARRAFO));
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
