package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document drafted in the portal (informe, memorando, oficio, acta) laid out as the Peruvian
 * public administration writes them: A4, margins of 2.5 cm, a sans-serif face; the ministry and the
 * unit on top of every page, the name of the year, the number, the PARA/DE/ASUNTO/REFERENCIA/FECHA
 * block (the addressee block for oficios and cartas; only the date for actas), justified
 * paragraphs, the optional {@linkplain Seccion sections} of a deliverable (label/value rows, text,
 * data tables), and the signers' names with at least {@value #ESPACIO_PARA_FIRMAS} pt left free
 * below them on the last page, where the signing module places the visible signature stamps.
 *
 * <p>The PDF is PDF/A-2B, for archiving: fonts embedded, sRGB output intent, XMP metadata with the
 * title and subject, language es-PE.
 */
public final class PlantillaDocumento {

  public static final String NOMBRE_DEL_ANIO_POR_DEFECTO =
      "Año de la recuperación y consolidación de la economía peruana";

  /** Free height left under the signers' names on the last page, for the signature stamps. */
  public static final float ESPACIO_PARA_FIRMAS = 150;

  static final float MARGEN = 70.87f; // 2.5 cm
  private static final float TAMANO = 11;
  private static final float TAMANO_TABLA = 9;
  private static final String IDIOMA = "es-PE";

  /** The sRGB profile the JDK ships, the output intent of every document. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** A person as a document names them: full name and position. */
  public record NombreYCargo(String nombre, String cargo) {
    public NombreYCargo {
      Objects.requireNonNull(nombre, "nombre");
    }
  }

  /**
   * What the document says.
   *
   * @param tipo "INFORME TÉCNICO", "MEMORANDO", "OFICIO", "ACTA"…; an OFICIO or CARTA gets the
   *     addressee block, an ACTA only its date, any other type the PARA/DE/ASUNTO block
   * @param unidad the issuing unit, under the ministry's name (may be null)
   * @param numero "INFORME TÉCNICO N° 012-2026-MINEM/OGA-OTI" (may be null in a draft)
   * @param cuerpo plain text; a blank line separates paragraphs, a single line break is kept
   * @param firmantes the names printed above the space left for the signature stamps
   * @param secciones printed in order after the body and before the signers (null: none)
   */
  public record Contenido(
      String tipo,
      String unidad,
      String numero,
      String lugarYFecha,
      NombreYCargo destinatario,
      NombreYCargo remitente,
      String asunto,
      String referencia,
      String cuerpo,
      List<NombreYCargo> firmantes,
      List<Seccion> secciones) {
    public Contenido {
      Objects.requireNonNull(tipo, "tipo");
      Objects.requireNonNull(cuerpo, "cuerpo");
      firmantes = firmantes == null ? List.of() : List.copyOf(firmantes);
      secciones = secciones == null ? List.of() : List.copyOf(secciones);
    }

    /** A document without sections: a body and its signers. */
    public Contenido(
        String tipo,
        String unidad,
        String numero,
        String lugarYFecha,
        NombreYCargo destinatario,
        NombreYCargo remitente,
        String asunto,
        String referencia,
        String cuerpo,
        List<NombreYCargo> firmantes) {
      this(
          tipo,
          unidad,
          numero,
          lugarYFecha,
          destinatario,
          remitente,
          asunto,
          referencia,
          cuerpo,
          firmantes,
          List.of());
    }

    /** The same content with these sections after the body. */
    public Contenido conSecciones(List<Seccion> nuevas) {
      return new Contenido(
          tipo,
          unidad,
          numero,
          lugarYFecha,
          destinatario,
          remitente,
          asunto,
          referencia,
          cuerpo,
          firmantes,
          nuevas);
    }
  }

  /**
   * A part of a deliverable (acta, informe, términos de referencia…) after the body: its title,
   * then, each only when given, the label/value rows (a two-column table), the text (paragraphs
   * separated by a blank line, as in the body), a data table and a bar chart.
   *
   * @param titulo "1. Datos generales", "Bienes entregados"… (required)
   * @param filas label → value rows; null: none
   * @param texto plain text; null or blank: none
   * @param tabla a data table; null: none
   * @param grafico a bar chart drawn after the table; null: none
   */
  public record Seccion(
      String titulo, List<Fila> filas, String texto, Tabla tabla, Grafico grafico) {
    public Seccion {
      Objects.requireNonNull(titulo, "titulo");
      filas = filas == null ? List.of() : List.copyOf(filas);
    }

    /** A section without a chart. */
    public Seccion(String titulo, List<Fila> filas, String texto, Tabla tabla) {
      this(titulo, filas, texto, tabla, null);
    }

    public static Seccion deFilas(String titulo, List<Fila> filas) {
      return new Seccion(titulo, filas, null, null);
    }

    public static Seccion deTexto(String titulo, String texto) {
      return new Seccion(titulo, null, texto, null);
    }

    public static Seccion deTabla(String titulo, Tabla tabla) {
      return new Seccion(titulo, null, null, tabla);
    }

    public static Seccion deGrafico(String titulo, Grafico grafico) {
      return new Seccion(titulo, null, null, null, grafico);
    }
  }

  /**
   * A grouped bar chart drawn with vector graphics (opaque colours, the document's embedded fonts:
   * it keeps the PDF/A-2B): one group of bars per category (a server), one bar per series
   * ("Exitosas", "Fallidas") with its value above it, a legend and a value axis from zero.
   *
   * @param series the series' names, in the order of each category's values (1 to 4)
   * @param categorias the groups, in order (at least one)
   */
  public record Grafico(String descripcion, List<String> series, List<Categoria> categorias) {
    public Grafico {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(categorias, "categorias");
      if (series.isEmpty() || series.size() > COLORES.length) {
        throw new IllegalArgumentException("El gráfico lleva de 1 a " + COLORES.length + " series");
      }
      if (categorias.isEmpty()) {
        throw new IllegalArgumentException("El gráfico necesita al menos una categoría");
      }
      for (var c : categorias) {
        if (c.valores().size() != series.size()) {
          throw new IllegalArgumentException(
              "La categoría «" + c.nombre() + "» no tiene un valor por serie");
        }
      }
      series = List.copyOf(series);
      categorias = List.copyOf(categorias);
    }

    /** A group of bars: its name and one non-negative value per series. */
    public record Categoria(String nombre, List<Long> valores) {
      public Categoria {
        Objects.requireNonNull(nombre, "nombre");
        valores = List.copyOf(valores);
        if (valores.stream().anyMatch(v -> v == null || v < 0)) {
          throw new IllegalArgumentException("Los valores del gráfico son enteros no negativos");
        }
      }
    }
  }

  /** The series' colours: the ministry's green for successes, its garnet for failures… */
  private static final com.itextpdf.kernel.colors.DeviceRgb[] COLORES = {
    new com.itextpdf.kernel.colors.DeviceRgb(0x2E, 0x7D, 0x32),
    new com.itextpdf.kernel.colors.DeviceRgb(0x8B, 0x1A, 0x1A),
    new com.itextpdf.kernel.colors.DeviceRgb(0x1F, 0x4E, 0x79),
    new com.itextpdf.kernel.colors.DeviceRgb(0xB2, 0x6B, 0x00)
  };

  /** One label → value row of a section; a null value prints as "—". */
  public record Fila(String etiqueta, String valor) {
    public Fila {
      Objects.requireNonNull(etiqueta, "etiqueta");
    }
  }

  /**
   * A data table: its column headers (repeated on top of every page the table runs onto) and its
   * rows. A row shorter than the headers is completed with empty cells; a null cell is empty.
   *
   * @throws IllegalArgumentException when there are no columns or a row has more cells than there
   *     are columns
   */
  public record Tabla(List<String> columnas, List<List<String>> filas) {
    public Tabla {
      Objects.requireNonNull(columnas, "columnas");
      if (columnas.isEmpty()) {
        throw new IllegalArgumentException("La tabla necesita al menos una columna");
      }
      columnas = columnas.stream().map(PlantillaDocumento::texto).toList();
      var copia = new ArrayList<List<String>>();
      for (var fila : filas == null ? List.<List<String>>of() : filas) {
        var celdas = fila == null ? List.<String>of() : fila;
        if (celdas.size() > columnas.size()) {
          throw new IllegalArgumentException(
              "Una fila de la tabla tiene "
                  + celdas.size()
                  + " celdas y la tabla "
                  + columnas.size()
                  + " columnas");
        }
        copia.add(celdas.stream().map(PlantillaDocumento::texto).toList());
      }
      filas = List.copyOf(copia);
    }
  }

  private PlantillaDocumento() {}

  public static byte[] generar(Contenido c) {
    return generar(c, NOMBRE_DEL_ANIO_POR_DEFECTO);
  }

  /**
   * @param nombreDelAnio the official name of the year, printed in quotes under the letterhead
   *     (null or blank: none)
   */
  public static byte[] generar(Contenido c, String nombreDelAnio) {
    var salida = new ByteArrayOutputStream();
    var estilo = new PdfInstitucional();
    try (var pdf = pdfA(salida);
        var doc = new Document(pdf, PageSize.A4, false)) {
      // the Info dictionary is copied into the XMP metadata (dc:title, dc:description) on close
      pdf.getDocumentInfo().setTitle(titulo(c));
      if (c.asunto() != null) {
        pdf.getDocumentInfo().setSubject(c.asunto());
      }
      pdf.getDocumentInfo().setCreator("Trámite — MINEM");
      pdf.getCatalog().setLang(new PdfString(IDIOMA));
      pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
      doc.setMargins(MARGEN, MARGEN, MARGEN, MARGEN);
      doc.setFont(estilo.normal).setFontSize(TAMANO);
      if (nombreDelAnio != null && !nombreDelAnio.isBlank()) {
        doc.add(
            new Paragraph("“" + nombreDelAnio + "”")
                .setFont(estilo.cursiva)
                .setFontSize(9)
                .setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(0)
                .setMarginBottom(14));
      }
      switch (formato(c.tipo())) {
        case CARTA -> carta(doc, c, estilo);
        case ACTA -> acta(doc, c, estilo);
        default -> memorando(doc, c, estilo);
      }
      // the last paragraph printed, if the document ends with text, goes with the signers
      var parrafos = parrafos(c.cuerpo());
      for (var seccion : c.secciones()) {
        parrafos.forEach(doc::add);
        parrafos = seccion(doc, seccion, estilo);
      }
      for (var parrafo : parrafos.subList(0, Math.max(0, parrafos.size() - 1))) {
        doc.add(parrafo);
      }
      firmas(doc, c, parrafos.isEmpty() ? null : parrafos.get(parrafos.size() - 1), estilo);
      membreteYPaginas(doc, pdf, c, estilo);
    }
    return salida.toByteArray();
  }

  /** A PDF/A-2B document with the sRGB output intent, written to {@code salida}. */
  private static PdfDocument pdfA(ByteArrayOutputStream salida) {
    return new PdfADocument(
        new PdfWriter(salida),
        PdfAConformance.PDF_A_2B,
        new PdfOutputIntent(
            "Custom",
            "",
            "http://www.color.org",
            "sRGB IEC61966-2.1",
            new ByteArrayInputStream(SRGB)));
  }

  /**
   * Adds the section's title, rows and, when it has no table, all but the last paragraph of its
   * text; returns the paragraphs still to be added (the last one, which may go with the signers).
   */
  private static List<Paragraph> seccion(Document doc, Seccion s, PdfInstitucional estilo) {
    doc.add(
        new Paragraph(s.titulo())
            .setFont(estilo.negrita)
            .setFontSize(TAMANO)
            .setMarginTop(6)
            .setMarginBottom(6)
            .setKeepWithNext(true));
    if (!s.filas().isEmpty()) {
      var tabla =
          new Table(UnitValue.createPercentArray(new float[] {32, 68}))
              .useAllAvailableWidth()
              .setMarginBottom(9);
      for (var fila : s.filas()) {
        tabla.addCell(
            celda(new Paragraph(fila.etiqueta()).setFont(estilo.negrita))
                .setBackgroundColor(PdfInstitucional.GRIS));
        tabla.addCell(celda(new Paragraph(fila.valor() == null ? "—" : fila.valor())));
      }
      doc.add(tabla);
    }
    var parrafos =
        s.texto() == null || s.texto().isBlank() ? List.<Paragraph>of() : parrafos(s.texto());
    if (s.tabla() == null && s.grafico() == null) {
      return parrafos;
    }
    parrafos.forEach(doc::add);
    if (s.tabla() == null) {
      doc.add(grafico(doc.getPdfDocument(), s.grafico(), estilo));
      return List.of();
    }
    var tabla = new Table(s.tabla().columnas().size()).useAllAvailableWidth().setMarginBottom(9);
    for (var columna : s.tabla().columnas()) {
      tabla.addHeaderCell(
          celda(new Paragraph(columna).setFont(estilo.negrita))
              .setBackgroundColor(PdfInstitucional.GRIS));
    }
    for (var fila : s.tabla().filas()) {
      for (int i = 0; i < s.tabla().columnas().size(); i++) {
        tabla.addCell(celda(new Paragraph(i < fila.size() ? fila.get(i) : "")));
      }
    }
    doc.add(tabla);
    if (s.grafico() != null) {
      doc.add(grafico(doc.getPdfDocument(), s.grafico(), estilo));
    }
    return List.of();
  }

  /**
   * The chart as a form XObject placed like an image, the width of the text: bars and axis drawn as
   * filled and stroked paths, the labels in the document's embedded fonts.
   */
  private static com.itextpdf.layout.element.Image grafico(
      PdfDocument pdf, Grafico g, PdfInstitucional estilo) {
    float ancho = PageSize.A4.getWidth() - 2 * MARGEN;
    float alto = 220;
    float izquierda = 34;
    float abajo = 46;
    float arriba = 28;
    var forma = new com.itextpdf.kernel.pdf.xobject.PdfFormXObject(new Rectangle(ancho, alto));
    var lienzo = new PdfCanvas(forma, pdf);
    long maximo =
        Math.max(
            1,
            g.categorias().stream()
                .flatMap(c -> c.valores().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(1));
    long paso = Math.max(1, (long) Math.ceil(maximo / 5.0));
    long tope = paso * (long) Math.ceil((double) maximo / paso);
    float altoUtil = alto - abajo - arriba;
    float anchoUtil = ancho - izquierda - 6;
    // horizontal guides and their values
    lienzo.saveState().setLineWidth(0.4f).setStrokeColor(ColorConstants.LIGHT_GRAY);
    for (long v = 0; v <= tope; v += paso) {
      float y = abajo + altoUtil * v / tope;
      lienzo.moveTo(izquierda, y).lineTo(ancho - 6, y).stroke();
      texto(lienzo, estilo.normal, 7, Long.toString(v), izquierda - 4, y - 2.5f, true);
    }
    lienzo.restoreState();
    // the bars
    int n = g.categorias().size();
    int s = g.series().size();
    float grupo = anchoUtil / n;
    float barra = Math.min(28, grupo * 0.7f / s);
    for (int i = 0; i < n; i++) {
      var c = g.categorias().get(i);
      float x0 = izquierda + grupo * i + (grupo - barra * s) / 2;
      for (int j = 0; j < s; j++) {
        long v = c.valores().get(j);
        float h = altoUtil * v / tope;
        float x = x0 + barra * j;
        lienzo.saveState().setFillColor(COLORES[j]).rectangle(x, abajo, barra - 1, h).fill();
        lienzo.restoreState();
        texto(
            lienzo, estilo.negrita, 7, Long.toString(v), x + (barra - 1) / 2, abajo + h + 2, null);
      }
      texto(
          lienzo,
          estilo.normal,
          7,
          recortar(c.nombre(), (int) Math.max(6, grupo / 3.6f)),
          izquierda + grupo * i + grupo / 2,
          abajo - 11,
          null);
    }
    // the axes
    lienzo
        .saveState()
        .setLineWidth(0.8f)
        .setStrokeColor(ColorConstants.BLACK)
        .moveTo(izquierda, abajo)
        .lineTo(ancho - 6, abajo)
        .stroke()
        .moveTo(izquierda, abajo)
        .lineTo(izquierda, alto - arriba + 6)
        .stroke()
        .restoreState();
    // the legend, on top
    float x = izquierda;
    for (int j = 0; j < s; j++) {
      lienzo.saveState().setFillColor(COLORES[j]).rectangle(x, alto - 14, 9, 9).fill();
      lienzo.restoreState();
      texto(lienzo, estilo.normal, 8, g.series().get(j), x + 12, alto - 13, false);
      x += 18 + estilo.normal.getWidth(g.series().get(j), 8);
    }
    if (g.descripcion() != null && !g.descripcion().isBlank()) {
      texto(lienzo, estilo.cursiva, 7, g.descripcion(), izquierda, 8, false);
    }
    lienzo.release();
    var imagen = new com.itextpdf.layout.element.Image(forma).setMarginBottom(9);
    imagen
        .getAccessibilityProperties()
        .setAlternateDescription(g.descripcion() == null ? "Gráfico de barras" : g.descripcion());
    return imagen;
  }

  /** Text at (x, y): centred (null), right-aligned (true) or left-aligned (false) on x. */
  private static void texto(
      PdfCanvas lienzo,
      com.itextpdf.kernel.font.PdfFont fuente,
      float tamano,
      String t,
      float x,
      float y,
      Boolean derecha) {
    float w = fuente.getWidth(t, tamano);
    float desde = derecha == null ? x - w / 2 : derecha ? x - w : x;
    lienzo
        .saveState()
        .setFillColor(ColorConstants.BLACK)
        .beginText()
        .setFontAndSize(fuente, tamano)
        .moveText(desde, y)
        .showText(t)
        .endText()
        .restoreState();
  }

  private static String recortar(String t, int maximo) {
    return t.length() <= maximo ? t : t.substring(0, Math.max(1, maximo - 1)) + "…";
  }

  private static Cell celda(Paragraph contenido) {
    return new Cell()
        .setPadding(3)
        .setPaddingLeft(4)
        .setPaddingRight(4)
        .add(contenido.setFontSize(TAMANO_TABLA).setMargin(0).setMultipliedLeading(1.15f));
  }

  private enum Formato {
    MEMORANDO,
    CARTA,
    ACTA
  }

  private static Formato formato(String tipo) {
    String t = tipo.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("OFICIO") || t.startsWith("CARTA")) {
      return Formato.CARTA;
    }
    return t.startsWith("ACTA") ? Formato.ACTA : Formato.MEMORANDO;
  }

  private static String titulo(Contenido c) {
    if (c.numero() == null || c.numero().isBlank()) {
      return c.tipo();
    }
    return c.numero().toUpperCase(Locale.ROOT).startsWith(c.tipo().strip().toUpperCase(Locale.ROOT))
        ? c.numero()
        : c.tipo() + " " + c.numero();
  }

  /** Informe, memorando, nota…: centred number, then PARA / DE / ASUNTO / REFERENCIA / FECHA. */
  private static void memorando(Document doc, Contenido c, PdfInstitucional estilo) {
    doc.add(numero(c, estilo).setTextAlignment(TextAlignment.CENTER));
    var bloque =
        new Table(UnitValue.createPercentArray(new float[] {20, 3, 77}))
            .useAllAvailableWidth()
            .setMarginBottom(4);
    if (c.destinatario() != null) {
      fila(bloque, "PARA", persona(c.destinatario(), estilo), estilo);
    }
    if (c.remitente() != null) {
      fila(bloque, "DE", persona(c.remitente(), estilo), estilo);
    }
    fila(bloque, "ASUNTO", new Paragraph(texto(c.asunto())), estilo);
    if (c.referencia() != null && !c.referencia().isBlank()) {
      fila(bloque, "REFERENCIA", new Paragraph(c.referencia()), estilo);
    }
    if (c.lugarYFecha() != null) {
      fila(bloque, "FECHA", new Paragraph(c.lugarYFecha()), estilo);
    }
    doc.add(bloque);
    doc.add(new LineSeparator(new SolidLine(0.75f)).setMarginTop(2).setMarginBottom(14));
  }

  /** Oficio, carta: place and date on the right, number, addressee, asunto and referencia. */
  private static void carta(Document doc, Contenido c, PdfInstitucional estilo) {
    if (c.lugarYFecha() != null) {
      doc.add(new Paragraph(c.lugarYFecha()).setTextAlignment(TextAlignment.RIGHT));
    }
    doc.add(numero(c, estilo).setTextAlignment(TextAlignment.LEFT).setMarginBottom(14));
    if (c.destinatario() != null) {
      doc.add(new Paragraph("Señor(a):").setMarginBottom(0));
      doc.add(persona(c.destinatario(), estilo));
      doc.add(new Paragraph("Presente.-").setMarginTop(0).setMarginBottom(14));
    }
    var bloque =
        new Table(UnitValue.createPercentArray(new float[] {20, 3, 77}))
            .useAllAvailableWidth()
            .setMarginBottom(14);
    fila(bloque, "Asunto", new Paragraph(texto(c.asunto())), estilo);
    if (c.referencia() != null && !c.referencia().isBlank()) {
      fila(bloque, "Referencia", new Paragraph(c.referencia()), estilo);
    }
    doc.add(bloque);
  }

  /** Acta: centred number, then place and date. */
  private static void acta(Document doc, Contenido c, PdfInstitucional estilo) {
    doc.add(numero(c, estilo).setTextAlignment(TextAlignment.CENTER));
    if (c.asunto() != null && !c.asunto().isBlank()) {
      doc.add(
          new Paragraph(c.asunto())
              .setFont(estilo.negrita)
              .setTextAlignment(TextAlignment.CENTER)
              .setMarginTop(0));
    }
    if (c.lugarYFecha() != null) {
      doc.add(new Paragraph(c.lugarYFecha()).setTextAlignment(TextAlignment.CENTER));
    }
  }

  private static Paragraph numero(Contenido c, PdfInstitucional estilo) {
    return new Paragraph(new Text(titulo(c)).setUnderline(0.75f, -2f))
        .setFont(estilo.negrita)
        .setFontSize(12)
        .setMarginBottom(12);
  }

  private static Paragraph persona(NombreYCargo p, PdfInstitucional estilo) {
    var parrafo = new Paragraph().setMargin(0).add(new Text(p.nombre()).setFont(estilo.negrita));
    if (p.cargo() != null && !p.cargo().isBlank()) {
      parrafo.add("\n" + p.cargo());
    }
    return parrafo;
  }

  private static void fila(Table t, String etiqueta, Paragraph valor, PdfInstitucional estilo) {
    t.addCell(sinBorde(new Paragraph(etiqueta).setFont(estilo.negrita)));
    t.addCell(sinBorde(new Paragraph(":").setFont(estilo.negrita)));
    t.addCell(sinBorde(valor.setMargin(0)));
  }

  private static Cell sinBorde(IBlockElement contenido) {
    return new Cell()
        .setBorder(Border.NO_BORDER)
        .setPaddingLeft(0)
        .setPaddingBottom(5)
        .add(contenido);
  }

  /** A blank line separates paragraphs; a single line break inside one is kept. */
  static List<Paragraph> parrafos(String cuerpo) {
    return Arrays.stream(cuerpo.replace("\r\n", "\n").strip().split("\\n\\s*\\n"))
        .filter(p -> !p.isBlank())
        .map(
            p ->
                new Paragraph(p.strip())
                    .setTextAlignment(TextAlignment.JUSTIFIED)
                    .setSpacingRatio(1)
                    .setMultipliedLeading(1.3f)
                    .setMarginTop(0)
                    .setMarginBottom(9))
        .toList();
  }

  /**
   * The last paragraph and the signers' names, side by side (three per row, like the stamps), moved
   * together to a new page when this one would not keep {@link #ESPACIO_PARA_FIRMAS} free below
   * them (so that the names never stand alone on a page).
   */
  private static void firmas(
      Document doc, Contenido c, Paragraph ultimoParrafo, PdfInstitucional estilo) {
    var bloque = new Div().setKeepTogether(true);
    if (ultimoParrafo != null) {
      bloque.add(ultimoParrafo);
    }
    var despedida = new Div().setMarginTop(18);
    if (formato(c.tipo()) == Formato.CARTA) {
      despedida.add(new Paragraph("Atentamente,").setMarginBottom(18));
    }
    if (!c.firmantes().isEmpty()) {
      int columnas = Math.min(3, c.firmantes().size());
      var tabla =
          new Table(UnitValue.createPercentArray(columnas)).useAllAvailableWidth().setMarginTop(6);
      for (var f : c.firmantes()) {
        tabla.addCell(
            sinBorde(persona(f, estilo).setFontSize(10).setTextAlignment(TextAlignment.CENTER))
                .setPaddingRight(6));
      }
      despedida.add(tabla);
    }
    bloque.add(despedida);
    float libre = doc.getRenderer().getCurrentArea().getBBox().getHeight();
    if (libre < alto(doc, bloque) + ESPACIO_PARA_FIRMAS) {
      doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }
    doc.add(bloque);
  }

  private static float alto(Document doc, Div bloque) {
    var ancho = doc.getPdfDocument().getDefaultPageSize().getWidth() - 2 * MARGEN;
    var renderer = bloque.createRendererSubTree().setParent(doc.getRenderer());
    var resultado =
        renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(ancho, 10_000))));
    return resultado.getOccupiedArea().getBBox().getHeight();
  }

  /** The ministry and the unit on top of every page, "Página i de n" at the bottom. */
  private static void membreteYPaginas(
      Document doc, PdfDocument pdf, Contenido c, PdfInstitucional estilo) {
    int paginas = pdf.getNumberOfPages();
    var tamano = pdf.getDefaultPageSize();
    float alto = tamano.getHeight();
    for (int i = 1; i <= paginas; i++) {
      doc.showTextAligned(
          new Paragraph("MINISTERIO DE ENERGÍA Y MINAS")
              .setFont(estilo.negrita)
              .setFontSize(10)
              .setFontColor(PdfInstitucional.GUINDA),
          MARGEN,
          alto - 34,
          i,
          TextAlignment.LEFT,
          VerticalAlignment.BOTTOM,
          0);
      if (c.unidad() != null && !c.unidad().isBlank()) {
        doc.showTextAligned(
            new Paragraph(c.unidad()).setFont(estilo.normal).setFontSize(8.5f),
            MARGEN,
            alto - 46,
            i,
            TextAlignment.LEFT,
            VerticalAlignment.BOTTOM,
            0);
      }
      new PdfCanvas(pdf.getPage(i))
          .saveState()
          .setStrokeColor(PdfInstitucional.GUINDA)
          .setLineWidth(0.75f)
          .moveTo(MARGEN, alto - 52)
          .lineTo(tamano.getWidth() - MARGEN, alto - 52)
          .stroke()
          .restoreState();
      doc.showTextAligned(
          new Paragraph("Página " + i + " de " + paginas)
              .setFont(estilo.normal)
              .setFontSize(8)
              .setFontColor(ColorConstants.DARK_GRAY),
          tamano.getWidth() - MARGEN,
          MARGEN / 2,
          i,
          TextAlignment.RIGHT,
          VerticalAlignment.BOTTOM,
          0);
    }
  }

  private static String texto(String s) {
    return s == null ? "" : s;
  }
}
