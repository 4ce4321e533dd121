package pe.gob.minem.tramite.archivo.extraccion;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tesseract OCR engine installed on this machine, as found on the {@code PATH} or at {@code
 * /usr/bin/tesseract}: its version, its languages and where its language data lives.
 *
 * @param ejecutable the {@code tesseract} program
 * @param version first line of {@code tesseract --version} (e.g. {@code tesseract 5.3.0})
 * @param idiomas languages listed by {@code tesseract --list-langs} (e.g. {@code spa}, {@code eng})
 * @param tessdata the folder of the language data, as {@code --list-langs} reports it; null when it
 *     does not say
 */
record InstalacionTesseract(Path ejecutable, String version, Set<String> idiomas, Path tessdata) {

  private static final Path UBICACION_CONOCIDA = Path.of("/usr/bin/tesseract");
  private static final long ESPERA_MAXIMA_SEGUNDOS = 20;
  private static final Pattern CARPETA_TESSDATA = Pattern.compile("\"([^\"]+)\"");

  InstalacionTesseract {
    idiomas = Set.copyOf(idiomas);
  }

  /**
   * Where {@code tesseract} is: the first executable of that name on the {@code PATH}, else {@code
   * /usr/bin/tesseract} when it exists. Only looks at the file system (cheap, no process).
   */
  static Optional<Path> buscar() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String carpeta : path.split(Pattern.quote(File.pathSeparator))) {
        if (carpeta.isBlank()) {
          continue;
        }
        try {
          Path candidato = Path.of(carpeta, "tesseract");
          if (esEjecutable(candidato)) {
            return Optional.of(candidato);
          }
        } catch (RuntimeException e) {
          // an unusable PATH entry (invalid characters): skip it
        }
      }
    }
    return esEjecutable(UBICACION_CONOCIDA) ? Optional.of(UBICACION_CONOCIDA) : Optional.empty();
  }

  /**
   * Runs {@code tesseract --version} and {@code --list-langs}.
   *
   * @return empty when the program does not run
   */
  static Optional<InstalacionTesseract> inspeccionar(Path ejecutable) {
    try {
      List<String> version = ejecutar(ejecutable.toString(), "--version");
      List<String> listado = ejecutar(ejecutable.toString(), "--list-langs");
      if (version.isEmpty() || listado.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new InstalacionTesseract(
              ejecutable, version.get(0).strip(), idiomasDe(listado), tessdataDe(listado)));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The languages in the output of {@code --list-langs}: every line after the heading ({@code List
   * of available languages in "…/tessdata/" (3):}).
   */
  static Set<String> idiomasDe(List<String> listado) {
    Set<String> idiomas = new LinkedHashSet<>();
    boolean trasEncabezado = false;
    for (String linea : listado) {
      String l = linea.strip();
      if (l.startsWith("List of available languages")) {
        trasEncabezado = true;
      } else if (trasEncabezado && !l.isEmpty()) {
        idiomas.add(l);
      }
    }
    return idiomas;
  }

  /** The tessdata folder named in the heading of {@code --list-langs}; null when absent. */
  static Path tessdataDe(List<String> listado) {
    for (String linea : listado) {
      if (linea.startsWith("List of available languages")) {
        Matcher m = CARPETA_TESSDATA.matcher(linea);
        if (m.find()) {
          return Path.of(m.group(1));
        }
      }
    }
    return null;
  }

  /** Whether every language of a Tesseract language string ({@code spa+eng}) is installed. */
  boolean tieneIdiomas(String idiomaOcr) {
    return idiomasFaltantes(idiomaOcr).isEmpty();
  }

  /** The languages of {@code idiomaOcr} ({@code spa+eng}) that are not installed. */
  List<String> idiomasFaltantes(String idiomaOcr) {
    List<String> faltan = new ArrayList<>();
    for (String idioma : idiomaOcr.split("\\+")) {
      if (!idiomas.contains(idioma)) {
        faltan.add(idioma);
      }
    }
    return faltan;
  }

  private static boolean esEjecutable(Path p) {
    return Files.isRegularFile(p) && Files.isExecutable(p);
  }

  /**
   * Runs the command and returns what it printed (stdout and stderr together), by lines; empty when
   * it fails or does not end in time. The output goes through a temporary file, so that a program
   * that hangs cannot block the reading.
   */
  private static List<String> ejecutar(String... orden) throws IOException, InterruptedException {
    Path salida = Files.createTempFile("tramite-tesseract-", ".txt");
    Process proceso = null;
    try {
      proceso =
          new ProcessBuilder(orden)
              .redirectErrorStream(true)
              .redirectOutput(salida.toFile())
              .start();
      proceso.getOutputStream().close();
      if (!proceso.waitFor(ESPERA_MAXIMA_SEGUNDOS, TimeUnit.SECONDS) || proceso.exitValue() != 0) {
        return List.of();
      }
      return Files.readString(salida, StandardCharsets.UTF_8).lines().toList();
    } finally {
      if (proceso != null) {
        proceso.destroyForcibly();
      }
      Files.deleteIfExists(salida);
    }
  }
}
