package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The faults the ITs inflict on the machine under the portal: the server's JVM killed with SIGKILL
 * and started again (the deployment stays in the domain and loads at start), and the tests'
 * PostgreSQL stopped as a crash ({@code pg_ctl stop -m immediate}) and started again.
 */
final class ServidorDePrueba {

  private ServidorDePrueba() {}

  static Path payara() {
    return Path.of(System.getProperty("it.payara.home", "target/payara6"));
  }

  /** kill -9 of the domain's JVM; returns once the process is gone. */
  static void matar() throws Exception {
    Path pid = payara().resolve("glassfish/domains/domain1/config/pid");
    long p = Long.parseLong(Files.readString(pid).strip());
    var proceso = ProcessHandle.of(p).orElseThrow(() -> new AssertionError("sin proceso " + p));
    assertTrue(proceso.destroyForcibly(), "kill -9 " + p);
    proceso.onExit().get(60, TimeUnit.SECONDS);
    Files.deleteIfExists(pid);
  }

  /** start-domain, then waits until the application itself answers (not only /health/ready). */
  static void iniciar() throws Exception {
    Path log = payara().resolve("reinicio.log");
    var p =
        new ProcessBuilder(payara().resolve("bin/asadmin").toString(), "start-domain", "domain1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), "start-domain no terminó");
    assertEquals(0, p.exitValue(), () -> leer(log));
    Portal.olvidarListo();
    Portal.esperarListo();
    long hasta = System.currentTimeMillis() + 240_000;
    while (!aplicacionCargada()) {
      assertTrue(System.currentTimeMillis() < hasta, "la aplicación no cargó tras el reinicio");
      Thread.sleep(500);
    }
  }

  private static boolean aplicacionCargada() {
    try {
      return Portal.get(Portal.ADMIN, "/archivo/estado").status() == 200;
    } catch (java.io.UncheckedIOException e) {
      return false; // not listening yet
    }
  }

  // ------------------------------------------------------------------ PostgreSQL de prueba

  /** Skips the test when the suite runs on an external database it must not stop. */
  static void exigirPostgresPropio() {
    Assumptions.assumeTrue(
        System.getenv("TRAMITE_IT_DB_URL") == null,
        "la base de datos de prueba es externa (TRAMITE_IT_DB_URL): no se la detiene");
  }

  static void detenerPostgresComoCaida() throws Exception {
    postgres("detener-inmediato");
  }

  static void reanudarPostgres() throws Exception {
    postgres("reanudar");
  }

  private static void postgres(String orden) throws Exception {
    Path log = Path.of("target", "postgres-" + orden + ".log");
    var pb =
        new ProcessBuilder("bash", "src/test/sh/postgres-de-prueba.sh", orden)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("IT_TARGET", Path.of("target").toAbsolutePath().toString());
    var p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "postgres-de-prueba.sh " + orden + " no terminó");
    assertEquals(0, p.exitValue(), () -> orden + ": " + leer(log));
  }

  static String leer(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return e.toString();
    }
  }
}
