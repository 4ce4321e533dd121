package pe.gob.minem.tramite.archivo.extraccion;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How far {@link ExtractorDeTexto} goes with one file: the limits that protect the server from
 * large, slow or hostile files, and whether and in which language it runs OCR.
 *
 * @param maxBytes largest file accepted, in bytes; larger ones are refused before parsing (a stream
 *     is counted while it is read, so one that says it is smaller is stopped too). Default {@link
 *     #MAX_BYTES} (50 MiB).
 * @param tiempoMaximo longest one extraction may take, OCR included; past it the extraction fails
 *     (retryable) and its thread is interrupted. Default {@link #TIEMPO_MAXIMO} (60 s). It also
 *     bounds each OCR call (one image or one PDF page) and the wait for a free worker.
 * @param maxCaracteres most characters of text kept ({@code '\f'} and line breaks included); the
 *     parse stops there and the result is marked {@link TextoExtraido#truncado() truncado}, not
 *     failed. Default {@link #MAX_CARACTERES} (5,000,000).
 * @param profundidadMaxima how deep embedded documents are followed (1 = files inside the file, 2 =
 *     files inside those…); deeper ones are skipped, not failed. Default {@link
 *     #PROFUNDIDAD_MAXIMA} (5).
 * @param razonCompresionMaxima most characters of text per byte of file, checked once the text
 *     passes a million characters; past it the file is refused as a probable zip bomb. Default
 *     {@link #RAZON_COMPRESION_MAXIMA} (100).
 * @param ocr whether images and pages without a text layer are read by OCR (Tesseract). Default: on
 *     when {@code tesseract} is on the {@code PATH} or at {@code /usr/bin/tesseract}.
 * @param idiomaOcr Tesseract language(s), e.g. {@code spa} or {@code spa+eng}. Default {@link
 *     #IDIOMA_OCR}.
 */
public record LimitesDeExtraccion(
    long maxBytes,
    Duration tiempoMaximo,
    int maxCaracteres,
    int profundidadMaxima,
    long razonCompresionMaxima,
    boolean ocr,
    String idiomaOcr) {

  public static final long MAX_BYTES = 50L * 1024 * 1024;
  public static final Duration TIEMPO_MAXIMO = Duration.ofSeconds(60);
  public static final int MAX_CARACTERES = 5_000_000;
  public static final int PROFUNDIDAD_MAXIMA = 5;
  public static final long RAZON_COMPRESION_MAXIMA = 100;
  public static final String IDIOMA_OCR = "spa";

  /** Tesseract language codes (spa, eng, chi_sim…), joined with {@code +}. */
  private static final Pattern IDIOMAS =
      Pattern.compile("[a-z]{3}(_[a-z]+)?(\\+[a-z]{3}(_[a-z]+)?)*");

  public LimitesDeExtraccion {
    Objects.requireNonNull(tiempoMaximo, "tiempoMaximo");
    Objects.requireNonNull(idiomaOcr, "idiomaOcr");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes debe ser positivo");
    }
    if (tiempoMaximo.isNegative() || tiempoMaximo.isZero()) {
      throw new IllegalArgumentException("tiempoMaximo debe ser positivo");
    }
    if (maxCaracteres < 1) {
      throw new IllegalArgumentException("maxCaracteres debe ser positivo");
    }
    if (profundidadMaxima < 0) {
      throw new IllegalArgumentException("profundidadMaxima no puede ser negativa");
    }
    if (razonCompresionMaxima < 1) {
      throw new IllegalArgumentException("razonCompresionMaxima debe ser positiva");
    }
    if (!IDIOMAS.matcher(idiomaOcr).matches()) {
      throw new IllegalArgumentException(
          "idiomaOcr no es un código de idioma de Tesseract (spa, spa+eng…): " + idiomaOcr);
    }
  }

  /** The defaults listed above; OCR on when Tesseract is installed here. */
  public static LimitesDeExtraccion porOmision() {
    return new LimitesDeExtraccion(
        MAX_BYTES,
        TIEMPO_MAXIMO,
        MAX_CARACTERES,
        PROFUNDIDAD_MAXIMA,
        RAZON_COMPRESION_MAXIMA,
        InstalacionTesseract.buscar().isPresent(),
        IDIOMA_OCR);
  }

  public LimitesDeExtraccion conMaxBytes(long maxBytes) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conTiempoMaximo(Duration tiempoMaximo) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conMaxCaracteres(int maxCaracteres) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conProfundidadMaxima(int profundidadMaxima) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conRazonCompresionMaxima(long razonCompresionMaxima) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conOcr(boolean ocr) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  public LimitesDeExtraccion conIdiomaOcr(String idiomaOcr) {
    return new LimitesDeExtraccion(
        maxBytes,
        tiempoMaximo,
        maxCaracteres,
        profundidadMaxima,
        razonCompresionMaxima,
        ocr,
        idiomaOcr);
  }

  /** {@link #tiempoMaximo} for people: {@code 60 s}, {@code 1.5 s}, {@code 300 ms}. */
  String tiempoMaximoLegible() {
    return Formatos.duracion(tiempoMaximo);
  }

  /** {@link #maxBytes} for people: {@code 50 MB}, {@code 512 KB}, {@code 1,000 bytes}. */
  String maxBytesLegible() {
    return Formatos.bytes(maxBytes);
  }
}
