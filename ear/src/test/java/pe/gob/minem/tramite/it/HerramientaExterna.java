package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A program or library of a Debian package some ITs use (pdfsig, pdftotext, softhsm2-util, …).
 * Missing, the test fails and says which package to install; with {@code
 * TRAMITE_SKIP_EXTERNAL_TOOLS=1} it is skipped. The same policy as the unit tests' (see
 * ejb/src/test/…/pdf/HerramientaExterna.java and bin/paquetes-de-prueba).
 */
final class HerramientaExterna {

  private HerramientaExterna() {}

  /** The program on the PATH. */
  static Path requerida(String programa, String paquete) {
    for (String carpeta : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidato = Path.of(carpeta, programa);
      if (Files.isExecutable(candidato)) {
        return candidato;
      }
    }
    faltante(programa, paquete);
    return null;
  }

  /** A program or library at a fixed path (Chromium, the PKCS#11 module). */
  static Path requerida(Path archivo, String paquete) {
    if (Files.exists(archivo)) {
      return archivo;
    }
    faltante(archivo.toString(), paquete);
    return null;
  }

  static void faltante(String programa, String paquete) {
    String mensaje =
        programa
            + " no está instalado: apt-get install -y --no-install-recommends "
            + paquete
            + " (bin/tramite test instala todos los paquetes de las pruebas)";
    if ("1".equals(System.getenv("TRAMITE_SKIP_EXTERNAL_TOOLS"))) {
      Assumptions.abort(mensaje + " (omitido por TRAMITE_SKIP_EXTERNAL_TOOLS=1)");
    }
    fail(mensaje + " (o exporte TRAMITE_SKIP_EXTERNAL_TOOLS=1 para omitir esta prueba)");
  }
}
