package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A program some tests run (LibreOffice, pdftoppm, zbarimg). Missing, the test fails and says which
 * Debian package to install; with {@code TRAMITE_SKIP_EXTERNAL_TOOLS=1} it is skipped.
 */
final class HerramientaExterna {

  private HerramientaExterna() {}

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
