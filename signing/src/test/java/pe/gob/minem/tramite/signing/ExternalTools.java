package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's tools (pdfsig, pdftoppm, softhsm2-util, certutil...). A missing tool fails the
 * test, unless TRAMITE_SKIP_EXTERNAL_TOOLS=1 says to skip it.
 */
final class ExternalTools {

  private ExternalTools() {}

  record Result(int exitCode, String output) {}

  static void require(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return;
      }
    }
    if ("1".equals(System.getenv("TRAMITE_SKIP_EXTERNAL_TOOLS"))) {
      Assumptions.abort(tool + " is not installed (TRAMITE_SKIP_EXTERNAL_TOOLS=1)");
    }
    fail(
        tool
            + " is not installed: bin/tramite test installs every package the tests use"
            + " (or set TRAMITE_SKIP_EXTERNAL_TOOLS=1)");
  }

  static Result run(List<String> command) {
    return run(command, null);
  }

  static Result run(List<String> command, java.util.Map<String, String> env) {
    if (!command.get(0).startsWith("/")) {
      require(command.get(0));
    }
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (env != null) {
        builder.environment().putAll(env);
      }
      Process process = builder.start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("timeout: " + command);
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result runOk(List<String> command) {
    Result result = run(command);
    assertEquals(0, result.exitCode(), () -> command + " failed:\n" + result.output());
    return result;
  }

  static List<String> list(String... parts) {
    return new ArrayList<>(List.of(parts));
  }
}
