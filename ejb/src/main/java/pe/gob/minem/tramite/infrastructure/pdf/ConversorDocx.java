package pe.gob.minem.tramite.infrastructure.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/**
 * Converts a Word document (DOCX) to PDF with LibreOffice in headless mode. Every conversion runs
 * in its own temporary folder, with its own LibreOffice profile (so that conversions running at the
 * same time do not clash), within a time limit; the folder is always deleted and, when the limit is
 * reached, the whole LibreOffice process tree is killed.
 */
public final class ConversorDocx {

  public static final Duration LIMITE_POR_DEFECTO = Duration.ofSeconds(60);

  static final String NO_DISPONIBLE =
      "La conversión de DOCX a PDF no está disponible en este servidor: instale LibreOffice"
          + " (paquete libreoffice-writer-nogui) o suba el documento en PDF.";

  private static final Logger LOG = Logger.getLogger(ConversorDocx.class.getName());
  private static final String PREFIJO_TEMPORAL = "tramite-docx-";
  private static final List<Path> UBICACIONES_CONOCIDAS =
      List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/lib/libreoffice/program/soffice"));

  private final Path soffice;
  private final Duration limite;

  /** LibreOffice found on this server, {@link #LIMITE_POR_DEFECTO} per conversion. */
  public ConversorDocx() {
    this(LIMITE_POR_DEFECTO);
  }

  public ConversorDocx(Duration limite) {
    this(buscarSoffice(), limite);
  }

  /**
   * @param soffice the LibreOffice executable ({@code null} when there is none)
   * @param limite how long one conversion may take before it is cancelled
   */
  public ConversorDocx(Path soffice, Duration limite) {
    if (limite == null || limite.isNegative() || limite.isZero()) {
      throw new IllegalArgumentException("El límite de tiempo de la conversión debe ser positivo");
    }
    this.soffice = soffice;
    this.limite = limite;
  }

  public boolean disponible() {
    return soffice != null && Files.isRegularFile(soffice) && Files.isExecutable(soffice);
  }

  /**
   * The PDF of {@code docx}.
   *
   * @param nombre the file name the user uploaded, only for messages
   * @throws ReglaIncumplidaException when LibreOffice is not installed, the conversion takes longer
   *     than the limit, or LibreOffice produces no PDF (a damaged or not-really-Word file)
   */
  public byte[] convertir(byte[] docx, String nombre) {
    if (!disponible()) {
      throw new ReglaIncumplidaException(NO_DISPONIBLE);
    }
    Path carpeta;
    try {
      carpeta = Files.createTempDirectory(PREFIJO_TEMPORAL);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo preparar la conversión de " + nombre, e);
    }
    try {
      return convertirEn(carpeta, docx, nombre);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo convertir " + nombre, e);
    } finally {
      borrar(carpeta);
    }
  }

  private byte[] convertirEn(Path carpeta, byte[] docx, String nombre) throws IOException {
    Path entrada = Files.write(carpeta.resolve("documento.docx"), docx);
    Path salida = Files.createDirectory(carpeta.resolve("salida"));
    long inicio = System.nanoTime();
    int codigo = ejecutar(carpeta, entrada, salida, nombre);
    Path pdf = salida.resolve("documento.pdf");
    byte[] resultado = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
    if (codigo != 0 || !esPdf(resultado)) {
      LOG.warning(
          () ->
              "LibreOffice no produjo un PDF para "
                  + nombre
                  + " (código de salida "
                  + codigo
                  + "): "
                  + bitacora(carpeta));
      throw new ReglaIncumplidaException(
          "No se pudo convertir «"
              + nombre
              + "» a PDF: verifique que sea un documento de Word (.docx) que se abre sin errores,"
              + " o súbalo en PDF.");
    }
    LOG.fine(
        () ->
            "DOCX convertido a PDF en "
                + Duration.ofNanos(System.nanoTime() - inicio).toMillis()
                + " ms: "
                + nombre);
    return resultado;
  }

  private int ejecutar(Path carpeta, Path entrada, Path salida, String nombre) throws IOException {
    var orden =
        List.of(
            soffice.toString(),
            "-env:UserInstallation=" + carpeta.resolve("perfil").toUri(),
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            salida.toString(),
            entrada.toString());
    var constructor =
        new ProcessBuilder(orden)
            .directory(carpeta.toFile())
            .redirectErrorStream(true)
            .redirectOutput(carpeta.resolve("bitacora.txt").toFile());
    constructor.environment().put("HOME", carpeta.toString());
    Process proceso;
    try {
      proceso = constructor.start();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "No se pudo iniciar LibreOffice: " + soffice, e);
      throw new ReglaIncumplidaException(NO_DISPONIBLE);
    }
    try {
      if (!proceso.waitFor(limite.toMillis(), TimeUnit.MILLISECONDS)) {
        terminar(proceso, carpeta);
        LOG.warning(
            () -> "Conversión de " + nombre + " cancelada tras " + limite.toMillis() + " ms");
        throw new ReglaIncumplidaException(
            "La conversión de «"
                + nombre
                + "» a PDF tardó más de "
                + segundos(limite)
                + " y se canceló. Inténtelo de nuevo en unos minutos o suba el documento en PDF.");
      }
      return proceso.exitValue();
    } catch (InterruptedException e) {
      terminar(proceso, carpeta);
      Thread.currentThread().interrupt();
      throw new ReglaIncumplidaException(
          "La conversión de «" + nombre + "» a PDF se interrumpió. Inténtelo de nuevo.");
    }
  }

  /**
   * Kills LibreOffice and everything it started, and waits until they are gone. The launcher script
   * starts oosplash, which starts soffice.bin: the descendants are killed before the parent
   * (orphans are no longer its descendants), and whatever still names this conversion's folder on
   * its command line (the private profile) is killed last.
   */
  private static void terminar(Process proceso, Path carpeta) {
    List<ProcessHandle> arbol = new ArrayList<>();
    for (int vuelta = 0; vuelta < 3; vuelta++) {
      proceso.descendants().filter(p -> !arbol.contains(p)).forEach(arbol::add);
      arbol.forEach(ProcessHandle::destroyForcibly);
    }
    proceso.destroyForcibly();
    try {
      proceso.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String marca = carpeta.toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marca)).orElse(false))
        .forEach(arbol::add);
    for (ProcessHandle p : arbol) {
      p.destroyForcibly();
      p.onExit().completeOnTimeout(p, 5, TimeUnit.SECONDS).join();
    }
  }

  private static boolean esPdf(byte[] contenido) {
    return contenido.length > 5
        && new String(contenido, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  private static String segundos(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  private static String bitacora(Path carpeta) {
    try {
      String texto = Files.readString(carpeta.resolve("bitacora.txt"), StandardCharsets.UTF_8);
      return texto.length() > 2000 ? texto.substring(0, 2000) : texto;
    } catch (IOException | UncheckedIOException e) {
      return "(sin bitácora)";
    }
  }

  private static void borrar(Path carpeta) {
    if (carpeta == null) {
      return;
    }
    try (Stream<Path> todo = Files.walk(carpeta)) {
      for (Path p : todo.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "No se pudo borrar la carpeta temporal " + carpeta, e);
    }
  }

  static Path buscarSoffice() {
    List<Path> candidatos = new ArrayList<>();
    for (String carpeta : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!carpeta.isBlank()) {
        candidatos.add(Path.of(carpeta, "soffice"));
        candidatos.add(Path.of(carpeta, "libreoffice"));
      }
    }
    candidatos.addAll(UBICACIONES_CONOCIDAS);
    return candidatos.stream()
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst()
        .orElse(null);
  }
}
