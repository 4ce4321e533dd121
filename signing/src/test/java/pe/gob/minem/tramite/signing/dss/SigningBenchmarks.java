package pe.gob.minem.tramite.signing.dss;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the module's JMH benchmarks (one thread, then two) and prints the machine's bound from
 * {@code openssl speed rsa2048 sha256} beside them. Not part of mvn verify:
 *
 * <pre>mvn -pl signing -Pbenchmark test-compile exec:exec</pre>
 *
 * Extra JMH options go in {@code -Dbenchmark.args="..."}.
 */
public final class SigningBenchmarks {

  private SigningBenchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    List<String> lines = new ArrayList<>();
    lines.add(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version"));
    lines.addAll(opensslSpeed());
    for (int threads : new int[] {1, 2}) {
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .parent(cli)
              .include(SignBenchmark.class.getName())
              .include(ValidateBenchmark.class.getName())
              .threads(threads);
      lines.addAll(table("threads=" + threads, new Runner(options.build()).run()));
    }
    ChainedOptionsBuilder multi =
        new OptionsBuilder()
            .parent(cli)
            .include(MultiSignatureBenchmark.class.getName())
            .threads(1);
    lines.addAll(table("multi-signature validation, threads=1", new Runner(multi.build()).run()));
    System.out.println();
    System.out.println("==== Trámite signing benchmark ====");
    lines.forEach(System.out::println);
  }

  private static List<String> table(String title, Collection<RunResult> results) {
    List<String> lines = new ArrayList<>();
    lines.add("-- " + title);
    for (RunResult r : results) {
      var primary = r.getPrimaryResult();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-20s %-40s %10.2f ± %.2f %s",
              r.getParams().getBenchmark().replaceAll(".*\\.", ""),
              r.getParams().getParamsKeys().stream()
                  .map(k -> k + "=" + r.getParams().getParam(k))
                  .reduce((a, b) -> a + " " + b)
                  .orElse(""),
              primary.getScore(),
              Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError(),
              primary.getScoreUnit()));
    }
    return lines;
  }

  /** The rsa2048 and sha256 lines of openssl speed: what this CPU can do at best. */
  static List<String> opensslSpeed() {
    List<String> lines = new ArrayList<>();
    try {
      Process p =
          new ProcessBuilder("openssl", "speed", "-seconds", "2", "rsa2048", "sha256")
              .redirectErrorStream(true)
              .start();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        boolean header = false;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("type")
              || line.startsWith("sha256")
              || line.contains("sign    verify")
              || line.startsWith("rsa 2048")
              || line.startsWith("rsa  2048")) {
            lines.add("openssl: " + line.trim());
            header = true;
          }
        }
        if (!header) {
          lines.add("openssl speed printed nothing useful");
        }
      }
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      lines.add("openssl speed unavailable: " + e.getMessage());
    }
    return lines;
  }
}
