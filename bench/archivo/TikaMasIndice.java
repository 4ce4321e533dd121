/*
 * Trámite — benchmark of the archive's text extraction (Apache Tika) plus indexing (Lucene) on real
 * PDFs. A single-file program run in Java 17 source-launch mode by bench/archivo/pdf-bench.sh:
 *
 *   java -cp <search's classpath> bench/archivo/TikaMasIndice.java generar  --fuente procedures.md --dir W --n 300
 *   (soffice converts W/html/*.html into W/pdf/)
 *   java -cp … bench/archivo/TikaMasIndice.java escanear --dir W --escaneados 5
 *   java -cp … bench/archivo/TikaMasIndice.java medir    --dir W --hilos 2,1 --pasadas 3
 *
 * generar   cuts the MAPRO manual into N Spanish administrative documents (informes, oficios,
 *           memorandos… of 1 to 8 pages: headings, paragraphs, sometimes a table of a procedure's
 *           activities). 90 % become HTML that LibreOffice turns into PDF (embedded subset
 *           TrueType fonts, Writer's layout); 10 % are laid out here with PDFBox, half with an
 *           embedded DejaVu font (Type0, Identity-H), half with the non-embedded Helvetica
 *           (WinAnsi), as reporting tools do.
 * escanear  makes "scanned" PDFs: pages of LibreOffice PDFs rendered at 200 dpi in grey, JPEG,
 *           one image per page and no text layer (what a scanner gives).
 * medir     (a) reads the files' bytes; (b) extracts with ExtractorDeTexto, default limits;
 *           (c) extracts and indexes into a fresh LuceneSearchIndex (batches, confirmar() in the
 *           time). --calentamiento warm-up passes, then --pasadas measured ones, interleaved over
 *           thread counts and phases (2 threads a, b, c, 1 thread a, b, c, 2 threads a…) so that
 *           a change of the machine's load hits them alike. Reports the CPU time per PDF too.
 *           Then one pass of OCR over the scanned PDFs, reported apart. Prints Markdown.
 */

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.archivo.LuceneSearchIndex;
import pe.gob.minem.tramite.archivo.Nivel;
import pe.gob.minem.tramite.archivo.extraccion.ExtraccionFallidaException;
import pe.gob.minem.tramite.archivo.extraccion.ExtractorDeTexto;
import pe.gob.minem.tramite.archivo.extraccion.LimitesDeExtraccion;
import pe.gob.minem.tramite.archivo.extraccion.TextoExtraido;

public class TikaMasIndice {

  public static void main(String[] args) throws Exception {
    // Tika, PDFBox and the extractor log through SLF4J → java.util.logging: keep warnings only
    Logger.getLogger("").setLevel(Level.WARNING);
    Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.WARNING));
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    Logger.getLogger("org.apache.fontbox").setLevel(Level.SEVERE);

    if (args.length == 0) {
      System.err.println("uso: TikaMasIndice generar|escanear|medir --dir DIR …");
      System.exit(2);
    }
    Map<String, String> op = opciones(args);
    Path dir = Path.of(op.getOrDefault("dir", "/tmp/tramite-pdf-bench"));
    switch (args[0]) {
      case "generar" -> Generador.generar(
          Path.of(op.getOrDefault("fuente", "/work/shared/mapro/procedures.md")),
          dir,
          Integer.parseInt(op.getOrDefault("n", "300")),
          Double.parseDouble(op.getOrDefault("pdfbox", "0.10")));
      case "escanear" -> Escaner.escanear(dir, Integer.parseInt(op.getOrDefault("escaneados", "5")));
      case "medir" -> Medicion.medir(
          dir,
          Arrays.stream(op.getOrDefault("hilos", "2,1").split(","))
              .map(String::strip)
              .map(Integer::parseInt)
              .toList(),
          Integer.parseInt(op.getOrDefault("pasadas", "3")),
          Integer.parseInt(op.getOrDefault("calentamiento", "2")),
          Integer.parseInt(op.getOrDefault("lote", "50")));
      default -> {
        System.err.println("subcomando desconocido: " + args[0]);
        System.exit(2);
      }
    }
  }

  private static Map<String, String> opciones(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("opción inesperada: " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  // ==== the documents ============================================================================

  /** One block of a document, laid out as HTML (for LibreOffice) or directly with PDFBox. */
  sealed interface Bloque permits Membrete, Titulo, Campo, Encabezado, Parrafo, Tabla, Firma {}

  record Membrete(String linea1, String linea2) implements Bloque {}

  record Titulo(String texto) implements Bloque {}

  record Campo(String etiqueta, String valor) implements Bloque {}

  record Encabezado(String texto) implements Bloque {}

  record Parrafo(String texto) implements Bloque {}

  record Tabla(List<String> columnas, List<List<String>> filas) implements Bloque {}

  record Firma(String nombre, String cargo) implements Bloque {}

  record Documento(String nombre, String titulo, List<Bloque> bloques) {}

  /** A MAPRO procedure: its code, name, prose and activity rows. */
  record Procedimiento(String codigo, String nombre, List<String> prosa, List<List<String>> filas) {}

  static final class Generador {

    /** Characters of body text per A4 page (Liberation Serif 11 pt, 2 cm margins), measured. */
    static final int CARACTERES_POR_PAGINA = 3_900;

    static final String[] TIPOS = {
      "INFORME", "INFORME TÉCNICO", "MEMORANDO", "OFICIO", "ACTA DE CONFORMIDAD", "NOTA DE ELEVACIÓN"
    };
    static final String[] MESES = {
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre",
      "octubre", "noviembre", "diciembre"
    };
    static final String[] PERSONAS = {
      "Ing. Rosa Quispe Mamani", "Lic. Jorge Huamán Torres", "Ing. Carmen Vílchez Ñaupari",
      "Abog. Luis Alberto Chávez Ríos", "CPC. María Elena Paredes Soto", "Ing. Raúl Ccori Condori"
    };
    static final String[] CARGOS = {
      "Director de Tecnologías de la Información", "Director General de Administración",
      "Coordinador de Sistemas de Información", "Especialista en Infraestructura Tecnológica",
      "Analista de Soporte Técnico", "Secretaria de Tecnologías de la Información"
    };
    static final String[] SECCIONES = {
      "ANTECEDENTES", "BASE LEGAL", "ANÁLISIS", "DESCRIPCIÓN DEL PROCEDIMIENTO",
      "EVALUACIÓN TÉCNICA", "OBSERVACIONES", "CONCLUSIONES", "RECOMENDACIONES"
    };
    static final String[] CONECTORES = {
      "", "", "", "Al respecto, ", "Asimismo, ", "En ese sentido, ", "Cabe precisar que ",
      "De acuerdo con el MAPRO, ", "Por otro lado, ", "Sobre el particular, "
    };
    /** Pages per document, 1 to 8, shorter ones more frequent (weights). */
    static final int[] PESOS_PAGINAS = {20, 20, 15, 12, 10, 9, 7, 7};

    static void generar(Path fuente, Path dir, int n, double fraccionPdfbox) throws IOException {
      String md = Files.readString(fuente, StandardCharsets.UTF_8);
      List<Procedimiento> procs = procedimientos(md);
      List<String> comun = prosaComun(md);
      if (procs.isEmpty() || comun.isEmpty()) {
        throw new IllegalStateException("no se encontraron procedimientos en " + fuente);
      }
      Path html = Files.createDirectories(dir.resolve("html"));
      Path pdf = Files.createDirectories(dir.resolve("pdf"));
      int cadaPdfbox = fraccionPdfbox <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / fraccionPdfbox);
      int nHtml = 0;
      int nPdfbox = 0;
      for (int i = 1; i <= n; i++) {
        Random r = new Random(20_260_000L + i);
        boolean conPdfbox = i % cadaPdfbox == 0;
        String base = String.format(Locale.ROOT, "doc-%04d-%s", i, conPdfbox ? "pdfbox" : "lo");
        // PDFBox's layout (DejaVu or Helvetica 11 pt, no justification) holds ~20 % less per page
        Documento d = documento(base, procs, comun, r, conPdfbox ? 0.8 : 1.0);
        if (conPdfbox) {
          Path destino = pdf.resolve(base + ".pdf");
          if (!Files.exists(destino)) {
            PdfBox.escribir(d, destino, (i / cadaPdfbox) % 2 == 0);
          }
          nPdfbox++;
        } else {
          Files.writeString(html.resolve(base + ".html"), Html.de(d), StandardCharsets.UTF_8);
          nHtml++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "corpus: %d documentos en HTML (para LibreOffice) en %s, %d PDF hechos con PDFBox en %s%n",
          nHtml,
          html,
          nPdfbox,
          pdf);
    }

    static Documento documento(String nombre, List<Procedimiento> procs, List<String> comun,
        Random r, double escala) {
      Procedimiento p = procs.get(r.nextInt(procs.size()));
      String tipo = TIPOS[r.nextInt(TIPOS.length)];
      String numero =
          String.format(Locale.ROOT, "%s N° %04d-2026-MINEM/OGA-TI", tipo, 1 + r.nextInt(9_999));
      int paginas = paginas(r);
      int objetivo = paginas * CARACTERES_POR_PAGINA - 1_400 - r.nextInt(CARACTERES_POR_PAGINA / 3);
      objetivo = (int) Math.max(objetivo * escala, 900);

      List<Bloque> b = new ArrayList<>();
      b.add(new Membrete("MINISTERIO DE ENERGÍA Y MINAS", "Oficina General de Administración — "
          + "Oficina de Tecnologías de la Información"));
      b.add(new Titulo(numero));
      b.add(new Campo("A", PERSONAS[r.nextInt(PERSONAS.length)] + ", " + CARGOS[r.nextInt(2)]));
      int de = r.nextInt(PERSONAS.length);
      b.add(new Campo("DE", PERSONAS[de] + ", " + CARGOS[2 + r.nextInt(CARGOS.length - 2)]));
      b.add(new Campo("ASUNTO", p.nombre() + " (" + p.codigo() + ")"));
      b.add(new Campo("REFERENCIA", String.format(Locale.ROOT,
          "Expediente EXP-2026-%06d; Memo N° %04d-2026/MEM-OGA-TI", 1 + r.nextInt(999_999),
          1 + r.nextInt(999))));
      b.add(new Campo("FECHA", String.format(Locale.ROOT, "Lima, %d de %s de 2026",
          1 + r.nextInt(28), MESES[r.nextInt(MESES.length)])));

      int escritos = 0;
      boolean tabla = r.nextInt(100) < 40; // a table here and there
      int seccion = 0;
      while (escritos < objetivo) {
        String titulo = SECCIONES[seccion % SECCIONES.length];
        b.add(new Encabezado((seccion + 1) + ". " + titulo));
        int parrafos = 1 + r.nextInt(4);
        for (int k = 0; k < parrafos && escritos < objetivo; k++) {
          String t = parrafo(p, comun, r);
          b.add(new Parrafo(t));
          escritos += t.length();
        }
        if (tabla && titulo.equals("DESCRIPCIÓN DEL PROCEDIMIENTO") && !p.filas().isEmpty()) {
          Tabla t = tabla(p, r);
          b.add(new Parrafo("El detalle de las actividades del procedimiento " + p.codigo()
              + " se presenta en el cuadro siguiente:"));
          b.add(t);
          escritos += t.filas().stream().flatMap(List::stream).mapToInt(String::length).sum()
              + 200; // a table's cells take more room than their characters
        }
        seccion++;
      }
      b.add(new Parrafo("Es todo cuanto informo a usted para su conocimiento y fines pertinentes."));
      b.add(new Firma(PERSONAS[de], CARGOS[2 + r.nextInt(CARGOS.length - 2)]));
      return new Documento(nombre, numero, b);
    }

    static int paginas(Random r) {
      int total = Arrays.stream(PESOS_PAGINAS).sum();
      int x = r.nextInt(total);
      for (int i = 0; i < PESOS_PAGINAS.length; i++) {
        x -= PESOS_PAGINAS[i];
        if (x < 0) {
          return i + 1;
        }
      }
      return PESOS_PAGINAS.length;
    }

    /** 2 to 6 sentences, mostly from the document's procedure, some from the manual's general text. */
    static String parrafo(Procedimiento p, List<String> comun, Random r) {
      StringBuilder s = new StringBuilder(CONECTORES[r.nextInt(CONECTORES.length)]);
      int frases = 2 + r.nextInt(5);
      for (int i = 0; i < frases; i++) {
        List<String> de = !p.prosa().isEmpty() && r.nextInt(3) > 0 ? p.prosa() : comun;
        String f = de.get(r.nextInt(de.size()));
        if (i == 0 && s.length() > 0) {
          f = Character.toLowerCase(f.charAt(0)) + f.substring(1);
        }
        if (i > 0) {
          s.append(' ');
        }
        s.append(f);
        if (!f.endsWith(".") && !f.endsWith(":") && !f.endsWith("»")) {
          s.append('.');
        }
      }
      return s.toString();
    }

    static Tabla tabla(Procedimiento p, Random r) {
      int desde = r.nextInt(Math.max(1, p.filas().size() - 4));
      int hasta = Math.min(p.filas().size(), desde + 4 + r.nextInt(10));
      List<List<String>> filas = new ArrayList<>();
      for (List<String> f : p.filas().subList(desde, hasta)) {
        // N°, Actividad, Responsable, Siguiente
        filas.add(List.of(f.get(0), f.get(1), f.get(3), f.get(4)));
      }
      return new Tabla(List.of("N°", "Actividad", "Responsable", "Siguiente"), filas);
    }

    static final Pattern PROC = Pattern.compile("^## (P/OGA-TI-\\d+) — (.+)$");

    static List<Procedimiento> procedimientos(String md) {
      List<Procedimiento> procs = new ArrayList<>();
      String codigo = null;
      String nombre = null;
      List<String> prosa = new ArrayList<>();
      List<List<String>> filas = new ArrayList<>();
      boolean enDecisiones = false;
      for (String linea : md.split("\n")) {
        Matcher m = PROC.matcher(linea);
        if (m.matches() || (codigo != null && linea.startsWith("## "))) {
          if (codigo != null) {
            procs.add(new Procedimiento(codigo, nombre, prosa, filas));
          }
          codigo = m.matches() ? m.group(1) : null;
          nombre = m.matches() ? m.group(2).replace("(Subproceso)", "").strip() : null;
          prosa = new ArrayList<>();
          filas = new ArrayList<>();
          enDecisiones = false;
          continue;
        }
        if (codigo == null) {
          continue;
        }
        if (linea.startsWith("### ")) {
          enDecisiones = linea.startsWith("### Decisiones");
          continue;
        }
        if (enDecisiones) {
          continue; // the transcriber's flow notes, in English
        }
        if (linea.startsWith("|")) {
          List<String> celdas =
              Arrays.stream(linea.substring(1).split("\\|")).map(Generador::limpiar).toList();
          if (celdas.size() >= 5 && celdas.get(0).matches("\\d+.*")) {
            filas.add(celdas);
            prosa.add(celdas.get(1)); // the activity is a sentence too
          }
        } else {
          String t = limpiar(linea);
          if (t.length() > 30 && !linea.startsWith("#")) {
            prosa.addAll(frases(t));
          }
        }
      }
      if (codigo != null) {
        procs.add(new Procedimiento(codigo, nombre, prosa, filas));
      }
      return procs;
    }

    /** Sentences of the manual outside the procedures (general data, roles, glossary…). */
    static List<String> prosaComun(String md) {
      List<String> comun = new ArrayList<>();
      boolean fuera = false;
      for (String linea : md.split("\n")) {
        if (linea.startsWith("#")) {
          fuera = linea.startsWith("### Decisiones") || linea.startsWith("## 0.");
          continue;
        }
        if (fuera || linea.startsWith("|---")) {
          continue;
        }
        String t = limpiar(linea.startsWith("|") ? linea.replace("|", " ") : linea);
        if (t.length() > 40) {
          comun.addAll(frases(t));
        }
      }
      return comun;
    }

    static List<String> frases(String t) {
      List<String> l = new ArrayList<>();
      for (String f : t.split("(?<=[.;])\\s+(?=[A-ZÁÉÍÓÚÑ«])")) {
        if (f.length() > 25 && !f.contains("XOR") && !f.contains("→") && !f.contains("OCR")) {
          l.add(f.strip());
        }
      }
      return l;
    }

    /** Markdown → plain text: no emphasis, code marks, list bullets or transcriber's notes. */
    static String limpiar(String s) {
      return s.replaceAll("\\*\\*|`|__|<br>|_\\(|\\)_", " ")
          .replaceAll("^\\s*[-*]\\s+", "")
          .replaceAll("\\[inferred[^\\]]*\\]", "")
          .replaceAll("\\s+", " ")
          .strip();
    }
  }

  // ==== HTML for LibreOffice ====================================================================

  static final class Html {
    static String de(Documento d) {
      StringBuilder h = new StringBuilder(8_192);
      h.append("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">")
          .append("<title>").append(esc(d.titulo())).append("</title>")
          .append("<style>body{font-family:'Liberation Serif';font-size:11pt}")
          .append("h1{font-size:13pt;text-align:center}h2{font-size:11pt}")
          .append("td,th{font-size:9pt;font-family:'Liberation Sans'}</style></head><body>\n");
      for (Bloque b : d.bloques()) {
        if (b instanceof Membrete m) {
          h.append("<p align=\"center\"><b>").append(esc(m.linea1())).append("</b><br><i>")
              .append(esc(m.linea2())).append("</i></p>\n");
        } else if (b instanceof Titulo t) {
          h.append("<h1>").append(esc(t.texto())).append("</h1>\n");
        } else if (b instanceof Campo c) {
          h.append("<p><b>").append(esc(c.etiqueta())).append(":</b> ").append(esc(c.valor()))
              .append("</p>\n");
        } else if (b instanceof Encabezado e) {
          h.append("<h2>").append(esc(e.texto())).append("</h2>\n");
        } else if (b instanceof Parrafo p) {
          h.append("<p align=\"justify\">").append(esc(p.texto())).append("</p>\n");
        } else if (b instanceof Tabla t) {
          h.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\"><tr>");
          t.columnas().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
          h.append("</tr>\n");
          for (List<String> f : t.filas()) {
            h.append("<tr>");
            f.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
          }
          h.append("</table>\n");
        } else if (b instanceof Firma f) {
          h.append("<p>Atentamente,</p><p><br><br>").append(esc(f.nombre())).append("<br>")
              .append(esc(f.cargo())).append("</p>\n");
        }
      }
      return h.append("</body></html>\n").toString();
    }

    static String esc(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }

  // ==== PDFBox layout ===========================================================================

  static final class PdfBox {
    static final float MARGEN = 56.7f; // 2 cm
    static final PDRectangle A4 = PDRectangle.A4;

    /** Lays the document out on A4 pages: embedded DejaVu (Type0) or non-embedded Helvetica. */
    static void escribir(Documento d, Path destino, boolean embebida) throws IOException {
      try (PDDocument doc = new PDDocument()) {
        PDFont normal;
        PDFont negrita;
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
        Path dejavuB = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");
        boolean ansi = !embebida || !Files.exists(dejavu) || !Files.exists(dejavuB);
        if (!ansi) {
          normal = PDType0Font.load(doc, dejavu.toFile());
          negrita = PDType0Font.load(doc, dejavuB.toFile());
        } else {
          normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
          negrita = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(d.titulo());
        info.setAuthor("Oficina de Tecnologías de la Información");
        info.setProducer("Trámite bench (PDFBox)");
        Pagina pag = new Pagina(doc, ansi);
        for (Bloque b : d.bloques()) {
          if (b instanceof Membrete m) {
            pag.centrado(m.linea1(), negrita, 11);
            pag.centrado(m.linea2(), normal, 9);
            pag.espacio(10);
          } else if (b instanceof Titulo t) {
            pag.centrado(t.texto(), negrita, 13);
            pag.espacio(8);
          } else if (b instanceof Campo c) {
            pag.texto(c.etiqueta() + ": " + c.valor(), normal, 11, 0);
          } else if (b instanceof Encabezado e) {
            pag.espacio(8);
            pag.texto(e.texto(), negrita, 11, 0);
            pag.espacio(2);
          } else if (b instanceof Parrafo p) {
            pag.texto(p.texto(), normal, 11, 0);
            pag.espacio(6);
          } else if (b instanceof Tabla t) {
            pag.tabla(t, normal, negrita);
          } else if (b instanceof Firma f) {
            pag.texto("Atentamente,", normal, 11, 0);
            pag.espacio(36);
            pag.texto(f.nombre(), negrita, 11, 0);
            pag.texto(f.cargo(), normal, 11, 0);
          }
        }
        pag.cerrar();
        doc.save(destino.toFile());
      }
    }

    /** The page being written and its cursor. */
    static final class Pagina {
      final PDDocument doc;
      final boolean ansi;
      PDPageContentStream cs;
      float y;

      Pagina(PDDocument doc, boolean ansi) throws IOException {
        this.doc = doc;
        this.ansi = ansi;
        nueva();
      }

      void nueva() throws IOException {
        if (cs != null) {
          cs.close();
        }
        PDPage p = new PDPage(A4);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        y = A4.getHeight() - MARGEN;
      }

      void cerrar() throws IOException {
        cs.close();
      }

      void espacio(float puntos) throws IOException {
        y -= puntos;
        if (y < MARGEN) {
          nueva();
        }
      }

      /** WinAnsi has no arrows or ≥: what Helvetica cannot show is written in words. */
      String apto(String s) {
        if (!ansi) {
          return s;
        }
        return s.replace("→", "->").replace("≥", ">=").replace("≤", "<=").replace("✓", "v")
            .replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF\\u2013\\u2014\\u2018\\u2019\\u201C\\u201D"
                + "\\u2022\\u2026\\u20AC]", "?");
      }

      void centrado(String s, PDFont f, float tam) throws IOException {
        s = apto(s);
        float w = f.getStringWidth(s) / 1000 * tam;
        linea(s, f, tam, (A4.getWidth() - w) / 2);
      }

      void texto(String s, PDFont f, float tam, float sangria) throws IOException {
        float ancho = A4.getWidth() - 2 * MARGEN - sangria;
        for (String l : partir(apto(s), f, tam, ancho)) {
          linea(l, f, tam, MARGEN + sangria);
        }
      }

      void linea(String s, PDFont f, float tam, float x) throws IOException {
        float alto = tam * 1.25f;
        if (y - alto < MARGEN) {
          nueva();
        }
        y -= alto;
        cs.beginText();
        cs.setFont(f, tam);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
      }

      void tabla(Tabla t, PDFont normal, PDFont negrita) throws IOException {
        float total = A4.getWidth() - 2 * MARGEN;
        float[] anchos = {0.10f * total, 0.48f * total, 0.27f * total, 0.15f * total};
        float tam = 8.5f;
        fila(t.columnas(), anchos, negrita, tam);
        for (List<String> f : t.filas()) {
          fila(f, anchos, normal, tam);
        }
        espacio(6);
      }

      void fila(List<String> celdas, float[] anchos, PDFont f, float tam) throws IOException {
        List<List<String>> lineas = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < celdas.size(); i++) {
          List<String> l = partir(apto(celdas.get(i)), f, tam, anchos[i] - 6);
          lineas.add(l);
          max = Math.max(max, l.size());
        }
        float alto = max * tam * 1.2f + 6;
        if (y - alto < MARGEN) {
          nueva();
        }
        float x = MARGEN;
        for (int i = 0; i < celdas.size(); i++) {
          cs.addRect(x, y - alto, anchos[i], alto);
          float yl = y - 3 - tam;
          for (String l : lineas.get(i)) {
            cs.beginText();
            cs.setFont(f, tam);
            cs.newLineAtOffset(x + 3, yl);
            cs.showText(l);
            cs.endText();
            yl -= tam * 1.2f;
          }
          x += anchos[i];
        }
        cs.stroke();
        y -= alto;
      }

      static List<String> partir(String s, PDFont f, float tam, float ancho) throws IOException {
        List<String> l = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        for (String palabra : s.split(" ")) {
          String prueba = actual.length() == 0 ? palabra : actual + " " + palabra;
          if (f.getStringWidth(prueba) / 1000 * tam > ancho && actual.length() > 0) {
            l.add(actual.toString());
            actual = new StringBuilder(palabra);
          } else {
            actual = new StringBuilder(prueba);
          }
        }
        if (actual.length() > 0) {
          l.add(actual.toString());
        }
        return l;
      }
    }
  }

  // ==== scanned PDFs =============================================================================

  static final class Escaner {
    static final int DPI = 200;

    /** Renders 1–2 pages of some LibreOffice PDFs as grey JPEG images wrapped in a PDF each. */
    static void escanear(Path dir, int cuantos) throws IOException {
      Path destino = Files.createDirectories(dir.resolve("escaneados"));
      List<Path> fuentes;
      try (Stream<Path> s = Files.list(dir.resolve("pdf"))) {
        fuentes = s.filter(p -> p.getFileName().toString().endsWith("-lo.pdf")).sorted().toList();
      }
      int hechos = 0;
      for (int i = 0; i < fuentes.size() && hechos < cuantos; i++) {
        Path fuente = fuentes.get(i);
        int paginas = 1 + hechos % 2; // 1, 2, 1, 2…
        Path salida = destino.resolve(
            fuente.getFileName().toString().replace("-lo.pdf", "-escaneado.pdf"));
        try (PDDocument origen = Loader.loadPDF(fuente.toFile());
            PDDocument scan = new PDDocument()) {
          if (origen.getNumberOfPages() < paginas) {
            continue; // the next file may have enough pages
          }
          PDFRenderer render = new PDFRenderer(origen);
          for (int p = 0; p < paginas; p++) {
            BufferedImage img = render.renderImageWithDPI(p, DPI, ImageType.GRAY);
            PDPage pagina = new PDPage(PDRectangle.A4);
            scan.addPage(pagina);
            PDImageXObject x = JPEGFactory.createFromImage(scan, img, 0.75f, DPI);
            try (PDPageContentStream cs = new PDPageContentStream(scan, pagina)) {
              cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
          }
          scan.getDocumentInformation().setProducer("Trámite bench (escáner simulado)");
          scan.save(salida.toFile());
        }
        hechos++;
        i += 6; // spread over the corpus
      }
      System.out.printf(Locale.ROOT, "escaneados: %d PDF de imagen en %s%n", hechos, destino);
    }
  }

  // ==== the measurement ==========================================================================

  /** One PDF of the corpus. */
  record Pdf(Path ruta, String origen, long bytes) {}

  /** What one pass measured. */
  record Pasada(long nanos, int pdfs, long paginas, long caracteres, long ocupadoNanos, int fallos,
      int conOcr, Cpu cpu) {
    double pdfsPorSegundo() {
      return pdfs / (nanos / 1e9);
    }

    double paginasPorSegundo() {
      return paginas / (nanos / 1e9);
    }

    /** Mean time one worker spent on one PDF. */
    double msPorPdf() {
      return ocupadoNanos / 1e6 / Math.max(1, pdfs);
    }

    /**
     * CPU time this process (and its Tesseract children) spent per PDF, GC and JIT included: what
     * a PDF costs whatever the other processes take, so {@code 1000 × cores / cpuMsPorPdf} bounds
     * the throughput of an otherwise idle machine.
     */
    double cpuMsPorPdf() {
      return cpu.propios() * nanos / 1e6 / Math.max(1, pdfs);
    }
  }

  /**
   * The machine's CPU during a pass, from /proc/stat and this JVM's CPU time: how many cores this
   * process used, and how many the other processes of the machine took meanwhile (the engineers'
   * builds that share it).
   */
  record Cpu(double propios, double ajenos) {
    static long[] muestra() {
      long propio = ((com.sun.management.OperatingSystemMXBean)
          ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      try {
        // plus the child processes this JVM waited for (Tesseract), cutime + cstime in ticks
        String st = Files.readString(Path.of("/proc/self/stat"));
        String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
        propio += (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
      } catch (IOException | RuntimeException e) {
        // no /proc: the JVM's own time only
      }
      try {
        String[] c = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= 8 && i < c.length; i++) { // user … steal, not guest (inside user)
          total += Long.parseLong(c[i]);
        }
        long inactivo = Long.parseLong(c[4]) + Long.parseLong(c[5]); // idle + iowait
        return new long[] {System.nanoTime(), propio, total - inactivo};
      } catch (IOException | RuntimeException e) {
        return new long[] {System.nanoTime(), propio, -1};
      }
    }

    static Cpu entre(long[] a, long[] b) {
      double s = (b[0] - a[0]) / 1e9;
      if (s < 0.5) {
        return new Cpu(Double.NaN, Double.NaN); // too short for /proc/stat's 10 ms ticks
      }
      double propios = (b[1] - a[1]) / 1e9 / s;
      if (a[2] < 0 || b[2] < 0) {
        return new Cpu(propios, Double.NaN);
      }
      double ocupados = (b[2] - a[2]) / 100.0 / s; // USER_HZ = 100 on Linux
      return new Cpu(propios, Math.max(0, ocupados - propios));
    }
  }

  /** Per-file results of one extraction pass (for the corpus statistics). */
  record Extraido(Pdf pdf, int paginas, int caracteres, long nanos, boolean conOcr) {}

  enum Fase {
    LECTURA("(a) solo leer los bytes"),
    TIKA("(b) Tika (ExtractorDeTexto)"),
    TIKA_LUCENE("(c) Tika + Lucene (indexar + confirmar)");

    final String titulo;

    Fase(String titulo) {
      this.titulo = titulo;
    }
  }

  static final class Medicion {

    static void medir(Path dir, List<Integer> hilos, int pasadas, int calentamiento, int lote)
        throws Exception {
      List<Pdf> corpus = listar(dir.resolve("pdf"), "-lo.pdf", "-pdfbox.pdf");
      List<Pdf> escaneados = listar(dir.resolve("escaneados"), ".pdf");
      if (corpus.isEmpty()) {
        throw new IllegalStateException("no hay PDF en " + dir.resolve("pdf"));
      }
      LimitesDeExtraccion limites = LimitesDeExtraccion.porOmision();
      System.out.println("== entorno");
      System.out.println("JVM:          " + System.getProperty("java.vm.name") + " "
          + System.getProperty("java.version") + ", máx. heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
          + Runtime.getRuntime().availableProcessors() + " procesadores; "
          + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
      System.out.println("OMP_THREAD_LIMIT=" + System.getenv("OMP_THREAD_LIMIT"));
      try (ExtractorDeTexto e = new ExtractorDeTexto(limites, 1, null)) {
        System.out.println("extractor:    " + e.descripcion());
      }
      System.out.println();

      // one extractor per thread count (its worker pool has that many threads), all alive, so
      // that passes can alternate between thread counts as well as phases
      Map<Integer, ExtractorDeTexto> extractores = new LinkedHashMap<>();
      Map<Integer, Map<Fase, List<Pasada>>> resultados = new LinkedHashMap<>();
      Map<Integer, List<Extraido>> detalles = new HashMap<>();
      try {
        for (int t : hilos) {
          extractores.put(t, new ExtractorDeTexto(limites, t, null));
          Map<Fase, List<Pasada>> r = new LinkedHashMap<>();
          for (Fase f : Fase.values()) {
            r.put(f, new ArrayList<>());
          }
          resultados.put(t, r);
          detalles.put(t, new ArrayList<>());
        }
        for (int c = 1; c <= calentamiento; c++) {
          for (int t : hilos) {
            for (Fase f : Fase.values()) {
              Pasada p = pasar(f, corpus, t, extractores.get(t), dir, lote, null);
              linea("calentamiento " + c, t, f, p);
            }
          }
        }
        for (int k = 1; k <= pasadas; k++) {
          for (int t : hilos) {
            for (Fase f : Fase.values()) {
              // the files' own times, from the last Tika pass
              List<Extraido> d = f == Fase.TIKA && k == pasadas ? detalles.get(t) : null;
              Pasada p = pasar(f, corpus, t, extractores.get(t), dir, lote, d);
              resultados.get(t).get(f).add(p);
              linea("pasada " + k, t, f, p);
            }
          }
        }
      } finally {
        extractores.values().forEach(ExtractorDeTexto::close);
      }
      int menos = hilos.stream().min(Integer::compare).orElseThrow();
      List<Extraido> porArchivo = detalles.get(menos);

      System.out.println();
      corpus(corpus, porArchivo);
      System.out.println();
      tabla(resultados, pasadas, calentamiento, corpus.size());
      System.out.println();
      porOrigen(porArchivo, menos);

      if (!escaneados.isEmpty()) {
        System.out.println();
        escaneados(escaneados, limites, hilos.stream().max(Integer::compare).orElse(1));
      }
    }

    static void linea(String pasada, int hilos, Fase f, Pasada p) {
      System.out.printf(Locale.ROOT,
          "   %-15s %d hilo(s) %-42s %8.1f PDF/s %7.1f pág/s %6.1f ms/PDF %5.1f ms de CPU/PDF  "
              + "núcleos: %.2f propios, %.2f de otros procesos; carga %s%n",
          pasada, hilos, f.titulo, p.pdfsPorSegundo(), p.paginasPorSegundo(), p.msPorPdf(),
          p.cpuMsPorPdf(), p.cpu().propios(), p.cpu().ajenos(), carga());
    }

    static List<Pdf> listar(Path carpeta, String... sufijos) throws IOException {
      if (!Files.isDirectory(carpeta)) {
        return List.of();
      }
      List<Pdf> l = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(carpeta, "*.pdf")) {
        for (Path p : ds) {
          String n = p.getFileName().toString();
          for (String s : sufijos) {
            if (n.endsWith(s)) {
              String origen = n.endsWith("-lo.pdf") ? "LibreOffice"
                  : n.endsWith("-pdfbox.pdf") ? "PDFBox" : "escaneado";
              l.add(new Pdf(p, origen, Files.size(p)));
              break;
            }
          }
        }
      }
      l.sort(Comparator.comparing(p -> p.ruta().getFileName().toString()));
      return l;
    }

    /** One pass of a phase over the corpus with {@code hilos} threads taking files in turn. */
    static Pasada pasar(Fase fase, List<Pdf> corpus, int hilos, ExtractorDeTexto ext, Path dir,
        int lote, List<Extraido> detalle) throws Exception {
      Path carpetaIndice = null;
      LuceneSearchIndex indice = null;
      if (fase == Fase.TIKA_LUCENE) {
        carpetaIndice = Files.createTempDirectory(Files.createDirectories(dir.resolve("indices")),
            "indice-");
        indice = new LuceneSearchIndex(carpetaIndice); // opening it is not timed
      }
      AtomicInteger siguiente = new AtomicInteger();
      AtomicLong paginas = new AtomicLong();
      AtomicLong caracteres = new AtomicLong();
      AtomicLong ocupado = new AtomicLong();
      AtomicInteger fallos = new AtomicInteger();
      AtomicInteger conOcr = new AtomicInteger();
      ConcurrentLinkedQueue<Extraido> porArchivo = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> errores = new ConcurrentLinkedQueue<>();
      LocalDate hoy = LocalDate.now();
      final LuceneSearchIndex idx = indice;

      Runnable trabajo = () -> {
        List<EntradaIndice> pendientes = new ArrayList<>(lote);
        long inicioHilo = System.nanoTime();
        try {
          for (int i = siguiente.getAndIncrement(); i < corpus.size();
              i = siguiente.getAndIncrement()) {
            Pdf pdf = corpus.get(i);
            long t0 = System.nanoTime();
            if (fase == Fase.LECTURA) {
              byte[] b = Files.readAllBytes(pdf.ruta());
              caracteres.addAndGet(b.length);
              continue;
            }
            TextoExtraido tx;
            try {
              tx = ext.extraer(pdf.ruta());
            } catch (ExtraccionFallidaException e) {
              fallos.incrementAndGet();
              System.err.println("falló " + pdf.ruta().getFileName() + ": " + e.getMessage());
              continue;
            }
            paginas.addAndGet(tx.paginas());
            caracteres.addAndGet(tx.texto().length());
            if (tx.conOcr()) {
              conOcr.incrementAndGet();
            }
            if (detalle != null) {
              porArchivo.add(new Extraido(pdf, tx.paginas(), tx.texto().length(),
                  System.nanoTime() - t0, tx.conOcr()));
            }
            if (fase == Fase.TIKA_LUCENE) {
              pendientes.add(entrada(i, pdf, tx, hoy));
              if (pendientes.size() >= lote) {
                idx.indexar(pendientes);
                pendientes.clear();
              }
            }
          }
          if (!pendientes.isEmpty()) {
            idx.indexar(pendientes);
          }
        } catch (Throwable e) {
          errores.add(e);
        } finally {
          ocupado.addAndGet(System.nanoTime() - inicioHilo);
        }
      };

      long[] cpu0 = Cpu.muestra();
      long inicio = System.nanoTime();
      List<Thread> ts = new ArrayList<>();
      for (int h = 0; h < hilos; h++) {
        Thread th = new Thread(trabajo, "bench-" + h);
        th.start();
        ts.add(th);
      }
      for (Thread th : ts) {
        th.join();
      }
      if (idx != null) {
        long c0 = System.nanoTime();
        idx.confirmar();
        ocupado.addAndGet(System.nanoTime() - c0); // one thread commits
      }
      long nanos = System.nanoTime() - inicio;
      Cpu cpu = Cpu.entre(cpu0, Cpu.muestra());

      if (!errores.isEmpty()) {
        Throwable e = errores.peek();
        throw new IllegalStateException("falló la fase " + fase + ": " + e, e);
      }
      if (idx != null) {
        long enIndice = idx.contar();
        idx.close();
        borrarArbol(carpetaIndice);
        if (enIndice != corpus.size() - fallos.get()) {
          throw new IllegalStateException(
              "el índice tiene " + enIndice + " entradas, se esperaban " + (corpus.size() - fallos.get()));
        }
      }
      if (detalle != null) {
        detalle.addAll(porArchivo);
      }
      return new Pasada(nanos, corpus.size() - fallos.get(), paginas.get(), caracteres.get(),
          ocupado.get(), fallos.get(), conOcr.get(), cpu);
    }

    static EntradaIndice entrada(int i, Pdf pdf, TextoExtraido tx, LocalDate hoy) {
      String nombre = pdf.ruta().getFileName().toString();
      return new EntradaIndice(
          "ARC:" + (i + 1),
          "ARCHIVO",
          String.format(Locale.ROOT, "EXP-2026-%06d", 1 + i / 3), // three files per expediente
          null,
          nombre,
          tx.texto(),
          null,
          null,
          hoy,
          "OGA-TI",
          null,
          "ANEXO",
          "EN_TRAMITE",
          false,
          "INTERNO",
          Nivel.PUBLICO,
          Set.of("*"),
          (long) (i + 1),
          nombre);
    }

    static void borrarArbol(Path p) throws IOException {
      try (Stream<Path> s = Files.walk(p)) {
        for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(x);
        }
      }
    }

    static String carga() {
      try {
        String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return l[0];
      } catch (IOException e) {
        return "?";
      }
    }

    static void corpus(List<Pdf> corpus, List<Extraido> detalle) {
      long bytes = corpus.stream().mapToLong(Pdf::bytes).sum();
      long paginas = detalle.stream().mapToLong(Extraido::paginas).sum();
      long chars = detalle.stream().mapToLong(Extraido::caracteres).sum();
      Map<Integer, Long> hist = detalle.stream()
          .collect(Collectors.groupingBy(e -> Math.min(e.paginas(), 9), java.util.TreeMap::new,
              Collectors.counting()));
      System.out.println("## Corpus (capa de texto)");
      System.out.println();
      System.out.printf(Locale.ROOT,
          "%d PDF (%s), %d páginas (%.1f por PDF; PDF por número de páginas: %s), %.1f MB "
              + "(%.0f KB por PDF), %,d caracteres extraídos por PDF en promedio (%,d por página)%n",
          corpus.size(),
          corpus.stream().collect(Collectors.groupingBy(Pdf::origen, java.util.TreeMap::new,
              Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
              .collect(Collectors.joining(", ")),
          paginas, (double) paginas / corpus.size(),
          hist.entrySet().stream().map(e -> (e.getKey() > 8 ? "9+" : e.getKey()) + ":" + e.getValue())
              .collect(Collectors.joining(" ")),
          bytes / 1e6, bytes / 1024.0 / corpus.size(),
          chars / Math.max(1, detalle.size()), chars / Math.max(1, paginas));
    }

    static void tabla(Map<Integer, Map<Fase, List<Pasada>>> r, int pasadas, int calentamiento,
        int n) {
      System.out.printf(Locale.ROOT,
          "## Resultado (%d PDF, %d pasadas medidas tras %d de calentamiento; mediana, entre "
              + "paréntesis mín–máx)%n%n", n, pasadas, calentamiento);
      System.out.println("| Fase | Hilos | PDF/s | páginas/s | ms por PDF (por hilo) "
          + "| ms de CPU por PDF | MB/s | núcleos usados | núcleos de otros procesos |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (var porHilos : r.entrySet()) {
        for (var f : porHilos.getValue().entrySet()) {
          List<Pasada> ps = f.getValue();
          if (ps.isEmpty()) {
            continue;
          }
          double[] pdfs = ps.stream().mapToDouble(Pasada::pdfsPorSegundo).sorted().toArray();
          double[] pags = ps.stream().mapToDouble(Pasada::paginasPorSegundo).sorted().toArray();
          double[] ms = ps.stream().mapToDouble(Pasada::msPorPdf).sorted().toArray();
          boolean lectura = f.getKey() == Fase.LECTURA;
          System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n",
              f.getKey().titulo, porHilos.getKey(),
              rango(pdfs, "%.0f"),
              lectura ? "—" : rango(pags, "%.0f"),
              rango(ms, lectura ? "%.3f" : "%.1f"),
              rango(ps.stream().mapToDouble(Pasada::cpuMsPorPdf).sorted().toArray(), "%.1f"),
              lectura ? rango(ps.stream().mapToDouble(p -> p.caracteres() / 1e6 / (p.nanos() / 1e9))
                  .sorted().toArray(), "%.0f") : "—",
              rango(ps.stream().mapToDouble(p -> p.cpu().propios()).sorted().toArray(), "%.2f"),
              rango(ps.stream().mapToDouble(p -> p.cpu().ajenos()).sorted().toArray(), "%.2f"));
          int fallos = ps.stream().mapToInt(Pasada::fallos).max().orElse(0);
          int conOcr = ps.stream().mapToInt(Pasada::conOcr).max().orElse(0);
          if (fallos > 0 || conOcr > 0) {
            System.out.printf(Locale.ROOT, "|  ↳ %d fallos, %d con OCR | | | | | | | | |%n", fallos,
                conOcr);
          }
        }
      }
    }

    static String rango(double[] ordenados, String fmt) {
      double med = ordenados.length % 2 == 1 ? ordenados[ordenados.length / 2]
          : (ordenados[ordenados.length / 2 - 1] + ordenados[ordenados.length / 2]) / 2;
      if (Double.isNaN(med)) {
        return "—";
      }
      return String.format(Locale.ROOT, fmt + " (" + fmt + "–" + fmt + ")", med, ordenados[0],
          ordenados[ordenados.length - 1]);
    }

    static void porOrigen(List<Extraido> detalle, int hilos) {
      System.out.printf(Locale.ROOT, "## Por origen del PDF (fase b, última pasada con %d hilo(s): "
          + "tiempo de cada extracción)%n", hilos);
      System.out.println();
      System.out.println("| Origen | PDF | páginas/PDF | caracteres/PDF | KB/PDF | ms por PDF | ms por página | con OCR |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      Map<String, List<Extraido>> g = detalle.stream()
          .collect(Collectors.groupingBy(e -> e.pdf().origen(), java.util.TreeMap::new,
              Collectors.toList()));
      for (var e : g.entrySet()) {
        List<Extraido> l = e.getValue();
        double pags = l.stream().mapToInt(Extraido::paginas).sum();
        double ms = l.stream().mapToLong(Extraido::nanos).sum() / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %,.0f | %.0f | %.1f | %.1f | %d |%n",
            e.getKey(), l.size(), pags / l.size(),
            l.stream().mapToInt(Extraido::caracteres).average().orElse(0),
            l.stream().mapToLong(x -> x.pdf().bytes()).average().orElse(0) / 1024,
            ms / l.size(), ms / pags, l.stream().filter(Extraido::conOcr).count());
      }
    }

    static void escaneados(List<Pdf> escaneados, LimitesDeExtraccion limites, int hilos)
        throws Exception {
      System.out.println("## PDF escaneados (aparte: OCR, fuera de la meta de 50 PDF/s)");
      System.out.println();
      if (!limites.ocr()) {
        System.out.println("OCR no disponible (tesseract no está instalado): sin medición.");
        return;
      }
      try (ExtractorDeTexto ext = new ExtractorDeTexto(limites, hilos, null)) {
        List<Extraido> detalle = new ArrayList<>();
        Pasada p = pasar(Fase.TIKA, escaneados, hilos, ext, null, 1, detalle);
        long bytes = escaneados.stream().mapToLong(Pdf::bytes).sum();
        System.out.printf(Locale.ROOT,
            "%d PDF de imagen (%d páginas, %.1f MB), una pasada con %d hilo(s), OCR de Tesseract "
                + "(OMP_THREAD_LIMIT=%s): %.2f PDF/s, %.2f páginas/s, %.2f s por página y hilo, "
                + "%.2f s de CPU por página (Tesseract incluido), "
                + "%,d caracteres por página; %d de %d leídos con OCR, %d fallos; núcleos: %.2f "
                + "propios, %.2f de otros procesos%n",
            p.pdfs(), p.paginas(), bytes / 1e6, hilos, System.getenv("OMP_THREAD_LIMIT"),
            p.pdfsPorSegundo(), p.paginasPorSegundo(),
            p.ocupadoNanos() / 1e9 / Math.max(1, p.paginas()),
            p.cpu().propios() * p.nanos() / 1e9 / Math.max(1, p.paginas()),
            p.caracteres() / Math.max(1, p.paginas()), p.conOcr(), p.pdfs(), p.fallos(),
            p.cpu().propios(), p.cpu().ajenos());
      }
    }
  }
}
