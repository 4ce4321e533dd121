package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program or library the tests use (softhsm2-util, pkcs11-tool, libsofthsm2.so). Missing, the
 * test fails and says which Debian package to install; with {@code TRAMITE_SKIP_EXTERNAL_TOOLS=1}
 * it is skipped (the project's convention, as in ejb's HerramientaExterna).
 */
final class HerramientaExterna {

  private HerramientaExterna() {}

  static void requerida(String programa, String paquete) {
    for (String carpeta : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(carpeta, programa))) {
        return;
      }
    }
    faltante(programa, paquete);
  }

  static Path biblioteca(String paquete, String... rutas) {
    for (String r : rutas) {
      if (Files.isRegularFile(Path.of(r))) {
        return Path.of(r);
      }
    }
    faltante(rutas[0], paquete);
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

  static void ejecutar(Map<String, String> entorno, String... comando) {
    try {
      ProcessBuilder pb = new ProcessBuilder(comando).redirectErrorStream(true);
      pb.environment().putAll(entorno);
      Process p = pb.start();
      String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("no terminó: " + List.of(comando));
      }
      assertEquals(0, p.exitValue(), () -> String.join(" ", comando) + "\n" + salida);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
