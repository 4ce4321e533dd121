package pe.gob.minem.tramite.archivo.extraccion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import pe.gob.minem.tramite.archivo.extraccion.ExtraccionFallidaException.Motivo;

/**
 * Extracts the text of the archive's files with Apache Tika: PDF (text layer, and OCR of pages
 * without one), Word, Excel, OpenDocument, plain text (its charset detected), HTML, images (PNG,
 * JPEG, TIFF) by OCR, and whatever else Tika's standard parsers read. The result keeps PDF pages
 * apart with form feeds (see {@link TextoExtraido#texto()}).
 *
 * <p>Thread-safe and meant to be shared: Tika's configuration and parser are built once, in the
 * constructor (about a second), and each extraction gets its own parse context.
 *
 * <p><b>Hostile files.</b> Every limit of {@link LimitesDeExtraccion} is enforced here:
 *
 * <ul>
 *   <li>size: a file larger than {@code maxBytes} is refused before it is parsed; a stream is
 *       copied to a private temporary file first and counted as it is read, so one that is longer
 *       than it claims stops at the limit;
 *   <li>time: each extraction runs in a worker thread of this extractor; the caller waits at most
 *       {@code tiempoMaximo}, then gets a retryable failure and the worker is interrupted (a
 *       running Tesseract is killed, file reads stop). A parser stuck in a loop that ignores
 *       interrupts cannot be stopped in Java: its thread lingers until the parser returns, and
 *       keeps its worker slot meanwhile. Workers are bounded ({@code hilos}), so hostile files can
 *       slow the extractor down but not exhaust the server's threads: when every slot stays busy
 *       for {@code tiempoMaximo}, further calls fail as {@link Motivo#OCUPADO} (retryable);
 *   <li>decompression bombs: a ZIP-based file (DOCX, XLSX, ODT, ZIP…) or a GZIP is refused before
 *       it is parsed when one of its entries, past 10 MB, inflates to more than {@code
 *       razonCompresionMaxima} bytes per compressed byte ({@link InspectorDeCompresion}; Tika turns
 *       POI's own check off, JVM-wide, when its OOXML parser loads). While parsing, Tika's {@code
 *       SecureContentHandler} (installed by {@link AutoDetectParser} around every document,
 *       embedded ones too, and configured here through {@link AutoDetectParserConfig}) refuses the
 *       file once its text passes a million characters and more than {@code razonCompresionMaxima}
 *       characters per byte of file (a bomb nested in an archive), or when its XML nests more than
 *       100 elements or its packages more than {@code profundidadMaxima + 1} levels. Word and
 *       PowerPoint files are read with Tika's streaming (SAX) extractors, so a large part is never
 *       held in memory whole;
 *   <li>embedded documents are followed {@code profundidadMaxima} levels deep, deeper ones skipped;
 *       a bomb inside an embedded document refuses the whole file;
 *   <li>text beyond {@code maxCaracteres} stops the parse: the result is flagged truncated (so does
 *       a flood of whitespace, 20 times that many characters that collapse to nothing);
 *   <li>encrypted files, damaged files and unknown formats fail with a Spanish message (see {@link
 *       ExtraccionFallidaException}). A PDF whose parser read every page but reported some as
 *       failed keeps the text of the others (logged as a warning).
 * </ul>
 *
 * <p><b>OCR</b> uses the {@code tesseract} program when {@link LimitesDeExtraccion#ocr()} asks for
 * it and it is installed with the language(s) of {@link LimitesDeExtraccion#idiomaOcr()}; otherwise
 * images and scanned pages give no text and {@link #descripcion()} says why. PDF pages with 10
 * characters of text layer or fewer that draw an image, and pages whose text has no Unicode
 * mapping, are rendered at 300 dpi and read by OCR (Tika's {@code AUTO} strategy, applied in a
 * second read only to PDFs that have such pages: blank pages cost nothing, about a second each
 * otherwise); PDFs embedded in other files use {@code AUTO} directly. Each Tesseract call is
 * limited to {@code tiempoMaximo} too, so a scan of many pages may need a larger limit. Tesseract's
 * own threads (OpenMP) add up with the workers': on a small server, set {@code OMP_THREAD_LIMIT=1}
 * in the environment of the application server.
 *
 * <p>Logging goes through SLF4J, as Tika's does.
 */
public final class ExtractorDeTexto implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractorDeTexto.class);

  private static final String PREFIJO_TEMPORAL = "tramite-extraccion-";
  private static final String SIN_TIPO = MediaType.OCTET_STREAM.toString();
  private static final Pattern CODIGO_DE_IDIOMA = Pattern.compile("[a-z]{2,3}");
  private static final AtomicInteger EXTRACTORES = new AtomicInteger();

  /** What Tika's PDF parser throws after the last page when some pages failed. */
  private static final String PDF_CON_ERRORES = "Unable to extract PDF content";

  /** Characters of text after which the compression ratio is checked (Tika's default). */
  private static final long UMBRAL_DE_RAZON = 1_000_000;

  /** XML elements nested inside each other, at most (Tika's default). */
  private static final int MAX_ANIDAMIENTO_XML = 100;

  /** Pages with at most this many characters of text layer are read by OCR (Tika's default). */
  private static final int CARACTERES_PARA_OCR = 10;

  /** Beyond this, PDFBox keeps a PDF's decoded streams in a temporary file, not in memory. */
  private static final long MEMORIA_PDF = 64L * 1024 * 1024;

  private final LimitesDeExtraccion limites;
  private final InstalacionTesseract tesseract;
  private final String estadoOcr;
  private final AutoDetectParser parser;
  private final PDFParserConfig configuracionPdf;
  private final PDFParserConfig pdfSinOcr;
  private final TesseractOCRConfig configuracionOcr;
  private final OfficeParserConfig configuracionOffice;
  private final int hilos;
  private final Semaphore cupos;
  private final ThreadPoolExecutor trabajadores;
  private volatile boolean cerrado;
  private final AtomicLong relecturasConOcr = new AtomicLong();

  /** {@link LimitesDeExtraccion#porOmision() Default limits}, one worker per processor. */
  public ExtractorDeTexto() {
    this(LimitesDeExtraccion.porOmision());
  }

  /** One worker per processor. */
  public ExtractorDeTexto(LimitesDeExtraccion limites) {
    this(limites, Math.max(1, Runtime.getRuntime().availableProcessors()), null);
  }

  /**
   * @param limites the limits of every extraction
   * @param hilos extractions that may run at once (the worker threads)
   * @param fabricaDeHilos makes the worker threads, e.g. a container's {@code
   *     ManagedThreadFactory}; null for daemon threads named {@code tramite-extraccion-…}
   */
  public ExtractorDeTexto(LimitesDeExtraccion limites, int hilos, ThreadFactory fabricaDeHilos) {
    this(
        limites,
        hilos,
        fabricaDeHilos,
        limites != null && limites.ocr() ? InstalacionTesseract.buscar() : Optional.empty());
  }

  /** With this Tesseract (package-private: tests choose the executable). */
  ExtractorDeTexto(
      LimitesDeExtraccion limites,
      int hilos,
      ThreadFactory fabricaDeHilos,
      Optional<Path> ejecutableTesseract) {
    this.limites = Objects.requireNonNull(limites, "limites");
    if (hilos < 1) {
      throw new IllegalArgumentException("hilos debe ser positivo");
    }
    this.hilos = hilos;

    InstalacionTesseract instalado = null;
    String estado;
    if (!limites.ocr()) {
      estado = "OCR desactivado en la configuración";
    } else if (ejecutableTesseract.isEmpty()) {
      estado =
          "OCR no disponible: no se encontró tesseract en el PATH ni en /usr/bin"
              + " (instale tesseract-ocr y tesseract-ocr-spa)";
    } else {
      var inspeccion = InstalacionTesseract.inspeccionar(ejecutableTesseract.get());
      if (inspeccion.isEmpty()) {
        estado = "OCR no disponible: " + ejecutableTesseract.get() + " no responde";
      } else if (!inspeccion.get().tieneIdiomas(limites.idiomaOcr())) {
        var faltan = inspeccion.get().idiomasFaltantes(limites.idiomaOcr());
        estado =
            "OCR no disponible: Tesseract no tiene el idioma "
                + String.join(", ", faltan)
                + " (instale "
                + String.join(
                    ", ",
                    faltan.stream()
                        .map(i -> "tesseract-ocr-" + i.replace('_', '-').toLowerCase(Locale.ROOT))
                        .toList())
                + ")";
      } else {
        instalado = inspeccion.get();
        estado = "OCR activo: " + instalado.version() + ", idioma " + limites.idiomaOcr();
      }
    }
    this.tesseract = instalado;
    this.estadoOcr = estado;
    if (limites.ocr() && instalado == null) {
      LOG.warn("{}; las imágenes y los PDF escaneados quedarán sin texto", estado);
    }

    this.parser = new AutoDetectParser(configuracionTika(instalado, limites));
    this.parser.setAutoDetectParserConfig(configuracionSegura(limites));
    this.configuracionPdf = configuracionPdf(instalado != null);
    this.pdfSinOcr = configuracionPdf(false);
    this.configuracionOcr = configuracionOcr(instalado != null, limites);
    this.configuracionOffice = new OfficeParserConfig();
    this.configuracionOffice.setUseSAXDocxExtractor(true);
    this.configuracionOffice.setUseSAXPptxExtractor(true);

    this.cupos = new Semaphore(hilos);
    this.trabajadores =
        new ThreadPoolExecutor(
            hilos,
            hilos,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            fabricaDeHilos != null ? fabricaDeHilos : fabricaPorOmision());
    this.trabajadores.allowCoreThreadTimeOut(true);
    LOG.info("Extractor de texto listo: {}", descripcion());
  }

  /** PDFs read a second time, with OCR, since this extractor was built (for tests and metrics). */
  long relecturasConOcr() {
    return relecturasConOcr.get();
  }

  /** The limits this extractor applies. */
  public LimitesDeExtraccion limites() {
    return limites;
  }

  /** Whether images and pages without a text layer are read by OCR. */
  public boolean ocrDisponible() {
    return tesseract != null;
  }

  /**
   * One line for the health page, in Spanish: Tika's version, whether OCR is on (Tesseract's
   * version and language) or why not, and the limits. E.g. {@code Apache Tika 3.3.1; OCR activo:
   * tesseract 5.3.0, idioma spa; límites: 50 MB, 60 s, 5,000,000 caracteres, 5 niveles de
   * documentos incrustados, compresión 100:1; 2 hilos}.
   */
  public String descripcion() {
    return Tika.getString()
        + "; "
        + estadoOcr
        + "; límites: "
        + limites.maxBytesLegible()
        + ", "
        + limites.tiempoMaximoLegible()
        + ", "
        + Formatos.entero(limites.maxCaracteres())
        + " caracteres, "
        + limites.profundidadMaxima()
        + " niveles de documentos incrustados, compresión "
        + limites.razonCompresionMaxima()
        + ":1; "
        + hilos
        + (hilos == 1 ? " hilo" : " hilos");
  }

  /**
   * The text of a file.
   *
   * @param archivo the file; it is read, never changed
   * @throws ExtraccionFallidaException with a Spanish message when the file is too large, takes too
   *     long, is hostile, encrypted, damaged or of an unknown format, or cannot be read
   */
  public TextoExtraido extraer(Path archivo) throws ExtraccionFallidaException {
    Objects.requireNonNull(archivo, "archivo");
    long tamano;
    try {
      tamano = Files.size(archivo);
    } catch (NoSuchFileException e) {
      throw new ExtraccionFallidaException(
          Motivo.LECTURA, "No se encontró el archivo " + archivo.getFileName() + ".", e);
    } catch (IOException e) {
      throw new ExtraccionFallidaException(
          Motivo.LECTURA, "No se pudo leer el archivo " + archivo.getFileName() + ".", e);
    }
    if (tamano > limites.maxBytes()) {
      throw excesoDeTamano();
    }
    String nombre = archivo.getFileName() == null ? null : archivo.getFileName().toString();
    return enTrabajador(() -> analizar(archivo, nombre));
  }

  /**
   * The text of a file given as a stream. The stream is read (not closed) on a worker thread: it is
   * copied to a private temporary file, counted as it goes (refused past {@code maxBytes}), and the
   * copy is parsed and deleted. After a timeout the worker may still be reading it until it notices
   * the interrupt; close it as usual when this method returns.
   *
   * @param contenido the file's bytes
   * @param nombreArchivo its name, a hint for the format (the content decides); may be null
   * @throws ExtraccionFallidaException see {@link #extraer(Path)}
   */
  public TextoExtraido extraer(InputStream contenido, String nombreArchivo)
      throws ExtraccionFallidaException {
    Objects.requireNonNull(contenido, "contenido");
    return enTrabajador(
        () -> {
          Path copia = copiar(contenido);
          try {
            return analizar(copia, nombreArchivo);
          } finally {
            borrar(copia);
          }
        });
  }

  /**
   * Stops the workers (interrupting running extractions) and refuses further calls. Threads of
   * runaway parsers end when their parser returns.
   */
  @Override
  public void close() {
    cerrado = true;
    trabajadores.shutdownNow();
  }

  // --- the worker ---------------------------------------------------------------------------

  @FunctionalInterface
  private interface Trabajo {
    TextoExtraido hacer() throws ExtraccionFallidaException;
  }

  /**
   * Runs {@code trabajo} on a worker and waits at most {@code tiempoMaximo} for it. A slot ({@link
   * #cupos}) is taken before and given back only when the work really ends, so abandoned work still
   * counts against {@link #hilos}.
   */
  private TextoExtraido enTrabajador(Trabajo trabajo) throws ExtraccionFallidaException {
    if (cerrado) {
      throw new IllegalStateException("El extractor de texto está cerrado");
    }
    long espera = limites.tiempoMaximo().toNanos();
    try {
      if (!cupos.tryAcquire(espera, TimeUnit.NANOSECONDS)) {
        throw new ExtraccionFallidaException(
            Motivo.OCUPADO,
            "El servicio de extracción de texto está ocupado; se reintentará más tarde.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrumpida(e);
    }
    Tarea tarea = new Tarea(trabajo);
    try {
      trabajadores.execute(tarea);
    } catch (RejectedExecutionException e) {
      cupos.release();
      throw new IllegalStateException("El extractor de texto está cerrado", e);
    }
    try {
      return tarea.resultado.get(espera, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      tarea.abandonar();
      throw new ExtraccionFallidaException(
          Motivo.TIEMPO,
          "La extracción superó el tiempo máximo de " + limites.tiempoMaximoLegible() + ".");
    } catch (InterruptedException e) {
      tarea.abandonar();
      Thread.currentThread().interrupt();
      throw interrumpida(e);
    } catch (ExecutionException e) {
      Throwable causa = e.getCause();
      if (causa instanceof ExtraccionFallidaException fallo) {
        throw fallo;
      }
      if (causa instanceof OutOfMemoryError) {
        throw new ExtraccionFallidaException(
            Motivo.MEMORIA,
            "El archivo requiere más memoria de la disponible para extraer su texto.",
            causa);
      }
      if (causa instanceof StackOverflowError) {
        throw new ExtraccionFallidaException(
            Motivo.DANADO, "Archivo dañado o ilegible (estructura demasiado anidada).", causa);
      }
      if (causa instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Falla inesperada al extraer texto", causa);
    }
  }

  private static ExtraccionFallidaException interrumpida(InterruptedException e) {
    return new ExtraccionFallidaException(
        Motivo.INTERRUMPIDA, "La extracción de texto se interrumpió.", e);
  }

  /** One extraction on a worker; interrupted when the caller stops waiting. */
  private final class Tarea implements Runnable {
    final CompletableFuture<TextoExtraido> resultado = new CompletableFuture<>();
    private final Trabajo trabajo;
    private Thread hilo;
    private boolean abandonada;

    Tarea(Trabajo trabajo) {
      this.trabajo = trabajo;
    }

    @Override
    public void run() {
      try {
        synchronized (this) {
          if (abandonada) {
            return;
          }
          hilo = Thread.currentThread();
        }
        try {
          resultado.complete(trabajo.hacer());
        } catch (Throwable t) {
          resultado.completeExceptionally(t);
        } finally {
          synchronized (this) {
            hilo = null;
          }
          // an interrupt that arrived as the work ended must not reach the next one
          Thread.interrupted();
        }
      } finally {
        cupos.release();
      }
    }

    /** The caller gave up: interrupt the work if it runs, skip it if it has not started. */
    synchronized void abandonar() {
      abandonada = true;
      if (hilo != null) {
        hilo.interrupt();
      }
    }
  }

  private static ThreadFactory fabricaPorOmision() {
    int extractor = EXTRACTORES.incrementAndGet();
    AtomicInteger numero = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "tramite-extraccion-" + extractor + "-" + numero.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  // --- one extraction -----------------------------------------------------------------------

  /** Copies the stream to a private temporary file, refusing it past {@code maxBytes}. */
  private Path copiar(InputStream contenido) throws ExtraccionFallidaException {
    Path copia;
    try {
      copia = Files.createTempFile(PREFIJO_TEMPORAL, "");
    } catch (IOException e) {
      throw new ExtraccionFallidaException(
          Motivo.LECTURA, "No se pudo crear un archivo temporal para la extracción.", e);
    }
    try (OutputStream salida = Files.newOutputStream(copia)) {
      byte[] bloque = new byte[64 * 1024];
      long leidos = 0;
      for (int n = contenido.read(bloque); n >= 0; n = contenido.read(bloque)) {
        leidos += n;
        if (leidos > limites.maxBytes()) {
          throw excesoDeTamano();
        }
        salida.write(bloque, 0, n);
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("extracción abandonada");
        }
      }
      return copia;
    } catch (ExtraccionFallidaException e) {
      borrar(copia);
      throw e;
    } catch (IOException e) {
      borrar(copia);
      if (Clasificador.esTiempo(e)) {
        throw excesoDeTiempo(e);
      }
      throw new ExtraccionFallidaException(
          Motivo.LECTURA, "No se pudo leer el archivo: " + e.getMessage(), e);
    }
  }

  /**
   * Parses the file. With OCR, a PDF is first read without it; only when some of its pages have
   * (almost) no text layer and draw an image, or have text without Unicode mapping, is it read
   * again with OCR (Tika's {@code AUTO} strategy). So a born-digital PDF with a blank page is not
   * rendered and sent to Tesseract, and one without such pages is read once.
   */
  private TextoExtraido analizar(Path archivo, String nombre) throws ExtraccionFallidaException {
    buscarBomba(archivo);
    Pasada pasada = pasar(archivo, nombre, tesseract != null ? pdfSinOcr : configuracionPdf);
    if (tesseract != null && pasada.fallo == null && !pasada.texto.truncado()) {
      List<Integer> paraOcr = paginasParaOcr(pasada.metadatos);
      if (!paraOcr.isEmpty() && requiereOcr(archivo, pasada.metadatos, paraOcr)) {
        relecturasConOcr.incrementAndGet();
        pasada = pasar(archivo, nombre, configuracionPdf);
      }
    }
    return resultado(pasada, nombre);
  }

  /** One parse of the file: the text handler, the metadata, and what went wrong (or null). */
  private record Pasada(
      TextoPorPaginas texto, Metadata metadatos, EmbebidosLimitados embebidos, Exception fallo) {}

  private Pasada pasar(Path archivo, String nombre, PDFParserConfig pdf) {
    Metadata metadatos = new Metadata();
    if (nombre != null && !nombre.isBlank()) {
      metadatos.set(TikaCoreProperties.RESOURCE_NAME_KEY, nombre);
    }
    ParseContext contexto = new ParseContext();
    EmbebidosLimitados embebidos =
        new EmbebidosLimitados(contexto, limites.profundidadMaxima(), configuracionPdf);
    TextoPorPaginas texto =
        new TextoPorPaginas(
            limites.maxCaracteres(),
            embebidos::profundidad,
            () -> metadatos.get(Metadata.CONTENT_TYPE));
    contexto.set(Parser.class, parser);
    contexto.set(EmbeddedDocumentExtractor.class, embebidos);
    contexto.set(ParseRecord.class, new ParseRecord());
    contexto.set(PDFParserConfig.class, pdf);
    contexto.set(TesseractOCRConfig.class, configuracionOcr);
    contexto.set(OfficeParserConfig.class, configuracionOffice);

    Exception fallo = null;
    try (TikaInputStream entrada = TikaInputStream.get(archivo, metadatos)) {
      parser.parse(entrada, texto, metadatos, contexto);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      fallo = e;
    }
    return new Pasada(texto, metadatos, embebidos, fallo);
  }

  /**
   * The pages (0-based) of a PDF that Tika's {@code AUTO} strategy would read by OCR: at most
   * {@value #CARACTERES_PARA_OCR} characters of text layer, or more than that many characters
   * without Unicode mapping. Empty for other formats.
   */
  private static List<Integer> paginasParaOcr(Metadata metadatos) {
    if (!"application/pdf".equals(tipoMime(metadatos))) {
      return List.of();
    }
    int[] caracteres = metadatos.getIntValues(PDF.CHARACTERS_PER_PAGE);
    int[] sinUnicode = metadatos.getIntValues(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE);
    List<Integer> paginas = new ArrayList<>();
    for (int i = 0; i < caracteres.length; i++) {
      boolean sinMapeo = i < sinUnicode.length && sinUnicode[i] > CARACTERES_PARA_OCR;
      if (caracteres[i] <= CARACTERES_PARA_OCR || sinMapeo) {
        paginas.add(i);
      }
    }
    return paginas;
  }

  /**
   * Whether OCR has something to read on those pages: text without Unicode mapping, or an image (a
   * page without either is blank).
   */
  private boolean requiereOcr(Path archivo, Metadata metadatos, List<Integer> paginas) {
    int[] caracteres = metadatos.getIntValues(PDF.CHARACTERS_PER_PAGE);
    List<Integer> sinTexto = new ArrayList<>();
    for (int i : paginas) {
      if (caracteres[i] > CARACTERES_PARA_OCR) {
        return true; // text without Unicode mapping
      }
      sinTexto.add(i);
    }
    try {
      return PaginasConImagen.alguna(archivo, sinTexto);
    } catch (IOException | RuntimeException e) {
      // PDFBox could not tell: do as Tika would, read them by OCR
      LOG.debug("No se pudo buscar imágenes en {}: {}", archivo, e.toString());
      return true;
    }
  }

  private TextoExtraido resultado(Pasada pasada, String nombre) throws ExtraccionFallidaException {
    TextoPorPaginas texto = pasada.texto;
    Metadata metadatos = pasada.metadatos;
    Exception fallo = pasada.fallo;
    String tipo = tipoMime(metadatos);
    if (fallo != null && !texto.truncado()) {
      ExtraccionFallidaException clasificado = clasificar(fallo, tipo, nombre);
      if (clasificado.motivo() != Motivo.DANADO || !paginasDanadas(fallo, texto)) {
        throw clasificado;
      }
      LOG.warn("Texto de {} extraído sin algunas páginas dañadas: {}", nombre, causas(fallo));
    }
    if (pasada.embebidos.omitidos() > 0) {
      LOG.info(
          "{}: {} documentos incrustados omitidos por estar a más de {} niveles",
          nombre,
          pasada.embebidos.omitidos(),
          limites.profundidadMaxima());
    }
    String contenido = texto.texto();
    if (SIN_TIPO.equals(tipo) && contenido.isBlank()) {
      throw new ExtraccionFallidaException(Motivo.FORMATO, formatoNoReconocido(nombre, tipo));
    }
    int paginas = texto.paginas();
    if (texto.truncado() && paginas > 0) {
      Integer declaradas = metadatos.getInt(PagedText.N_PAGES);
      if (declaradas != null) {
        paginas = Math.max(paginas, declaradas);
      }
    }
    return new TextoExtraido(
        contenido, Math.max(1, paginas), tipo, texto.conOcr(), texto.truncado(), idioma(metadatos));
  }

  /**
   * Whether the PDF parser read every page but some of them failed (a damaged content stream, an
   * image it could not render for OCR): Tika then collects those errors and throws at the end. The
   * text of the other pages is worth keeping.
   */
  private static boolean paginasDanadas(Exception fallo, TextoPorPaginas texto) {
    return fallo instanceof TikaException
        && PDF_CON_ERRORES.equals(fallo.getMessage())
        && texto.finDelDocumento();
  }

  private static String causas(Throwable t) {
    StringBuilder s = new StringBuilder(t.toString());
    for (Throwable c = t.getCause(); c != null && c != t; c = c.getCause()) {
      s.append(" <- ").append(c);
    }
    return s.toString();
  }

  /** Refuses a ZIP or GZIP with an entry that inflates too much, before parsing it. */
  private void buscarBomba(Path archivo) throws ExtraccionFallidaException {
    String entrada;
    try {
      entrada = InspectorDeCompresion.buscarBomba(archivo, limites.razonCompresionMaxima());
    } catch (IOException e) {
      if (Clasificador.esTiempo(e) || Thread.currentThread().isInterrupted()) {
        throw excesoDeTiempo(e);
      }
      throw new ExtraccionFallidaException(
          Motivo.LECTURA, "No se pudo leer el archivo: " + e.getMessage(), e);
    }
    if (entrada != null) {
      throw new ExtraccionFallidaException(
          Motivo.BOMBA,
          "El archivo excede la razón de compresión permitida (posible bomba zip).",
          new IOException(
              "Entry "
                  + entrada
                  + " inflates more than "
                  + limites.razonCompresionMaxima()
                  + " bytes per compressed byte"));
    }
  }

  private ExtraccionFallidaException clasificar(Exception e, String tipo, String nombre) {
    if (Thread.currentThread().isInterrupted() || Clasificador.esTiempo(e)) {
      return excesoDeTiempo(e);
    }
    if (Clasificador.esAnidamiento(e)) {
      return new ExtraccionFallidaException(
          Motivo.BOMBA, "El archivo excede el anidamiento permitido (posible bomba zip).", e);
    }
    if (Clasificador.esBomba(e)) {
      return new ExtraccionFallidaException(
          Motivo.BOMBA,
          "El archivo excede la razón de compresión permitida (posible bomba zip).",
          e);
    }
    if (Clasificador.esCifrado(e)) {
      return new ExtraccionFallidaException(
          Motivo.CIFRADO, "Archivo cifrado o protegido con contraseña.", e);
    }
    if (Clasificador.esVacio(e)) {
      return new ExtraccionFallidaException(Motivo.VACIO, "El archivo está vacío.", e);
    }
    if (Clasificador.esFormatoNoSoportado(e)) {
      return new ExtraccionFallidaException(Motivo.FORMATO, formatoNoReconocido(nombre, tipo), e);
    }
    if (e instanceof IOException) {
      // not wrapped by Tika: the file itself could not be read (Tika wraps a parser's I/O
      // errors on the document's content in TikaException)
      return new ExtraccionFallidaException(
          Motivo.LECTURA, "No se pudo leer el archivo: " + e.getMessage(), e);
    }
    return new ExtraccionFallidaException(
        Motivo.DANADO, "Archivo dañado o ilegible (" + tipo + ").", e);
  }

  private ExtraccionFallidaException excesoDeTamano() {
    return new ExtraccionFallidaException(
        Motivo.TAMANO,
        "El archivo excede el tamaño máximo permitido de " + limites.maxBytesLegible() + ".");
  }

  private ExtraccionFallidaException excesoDeTiempo(Throwable causa) {
    return new ExtraccionFallidaException(
        Motivo.TIEMPO,
        "La extracción superó el tiempo máximo de " + limites.tiempoMaximoLegible() + ".",
        causa);
  }

  private static String formatoNoReconocido(String nombre, String tipo) {
    return "Formato no reconocido: "
        + (nombre == null || nombre.isBlank() ? "" : nombre + " ")
        + "("
        + tipo
        + ").";
  }

  private static String tipoMime(Metadata metadatos) {
    String tipo = metadatos.get(Metadata.CONTENT_TYPE);
    MediaType mt = tipo == null ? null : MediaType.parse(tipo);
    return mt == null ? SIN_TIPO : mt.getBaseType().toString();
  }

  /** The language the document declares, as an ISO 639 code; null when none. */
  private static String idioma(Metadata metadatos) {
    for (String declarado :
        new String[] {
          metadatos.get(TikaCoreProperties.LANGUAGE), metadatos.get(HttpHeaders.CONTENT_LANGUAGE)
        }) {
      if (declarado == null) {
        continue;
      }
      String codigo = declarado.split("[,;]")[0].strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
      if (CODIGO_DE_IDIOMA.matcher(codigo).matches()) {
        return codigo;
      }
    }
    return null;
  }

  private static void borrar(Path archivo) {
    try {
      Files.deleteIfExists(archivo);
    } catch (IOException e) {
      LOG.warn("No se pudo borrar el archivo temporal {}: {}", archivo, e.toString());
    }
  }

  // --- Tika's configuration -----------------------------------------------------------------

  /**
   * Tika's parsers: the standard ones, and Tesseract (when installed) with its executable, its
   * language data, the language and the per-call timeout. Tesseract's folder is given explicitly
   * together with its tessdata folder (Tika would otherwise look for the languages next to the
   * executable, which is wrong for Debian's package).
   */
  private static TikaConfig configuracionTika(
      InstalacionTesseract tesseract, LimitesDeExtraccion l) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><properties><parsers>")
        .append("<parser class=\"org.apache.tika.parser.DefaultParser\">")
        .append("<parser-exclude class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"/>")
        .append("</parser>");
    if (tesseract != null) {
      xml.append("<parser class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"><params>");
      if (tesseract.tessdata() != null && tesseract.ejecutable().getParent() != null) {
        parametro(xml, "tesseractPath", "string", tesseract.ejecutable().getParent().toString());
        parametro(xml, "tessdataPath", "string", tesseract.tessdata().toString());
      }
      parametro(xml, "language", "string", l.idiomaOcr());
      parametro(xml, "timeout", "int", Integer.toString(segundosPorLlamadaOcr(l)));
      xml.append("</params></parser>");
    }
    xml.append("</parsers></properties>");
    try {
      return new TikaConfig(
          new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (TikaException | IOException | SAXException e) {
      throw new IllegalStateException("No se pudo configurar Apache Tika", e);
    }
  }

  private static void parametro(StringBuilder xml, String nombre, String tipo, String valor) {
    xml.append("<param name=\"")
        .append(nombre)
        .append("\" type=\"")
        .append(tipo)
        .append("\">")
        .append(escaparXml(valor))
        .append("</param>");
  }

  private static String escaparXml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The settings of the {@code SecureContentHandler} that Tika puts around every document. */
  private static AutoDetectParserConfig configuracionSegura(LimitesDeExtraccion l) {
    AutoDetectParserConfig c = new AutoDetectParserConfig();
    c.setOutputThreshold(UMBRAL_DE_RAZON);
    c.setMaximumCompressionRatio(l.razonCompresionMaxima());
    c.setMaximumDepth(MAX_ANIDAMIENTO_XML);
    // EmbebidosLimitados stops at profundidadMaxima; this is the second line of defence
    c.setMaximumPackageEntryDepth(l.profundidadMaxima() + 1);
    c.setThrowOnZeroBytes(true);
    return c;
  }

  private static PDFParserConfig configuracionPdf(boolean ocr) {
    PDFParserConfig c = new PDFParserConfig();
    c.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    c.setOcrDPI(300);
    c.setExtractInlineImages(false);
    c.setMaxMainMemoryBytes(MEMORIA_PDF);
    c.setCatchIntermediateIOExceptions(true);
    return c;
  }

  private static TesseractOCRConfig configuracionOcr(boolean ocr, LimitesDeExtraccion l) {
    TesseractOCRConfig c = new TesseractOCRConfig();
    c.setLanguage(l.idiomaOcr());
    c.setTimeoutSeconds(segundosPorLlamadaOcr(l));
    c.setSkipOcr(!ocr);
    return c;
  }

  /** Each Tesseract call (an image, a PDF page) may take the whole {@code tiempoMaximo}. */
  private static int segundosPorLlamadaOcr(LimitesDeExtraccion l) {
    long segundos = (l.tiempoMaximo().toMillis() + 999) / 1000;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, segundos));
  }
}
