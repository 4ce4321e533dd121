package pe.gob.minem.tramite.signing.dss;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import pe.gob.minem.tramite.signing.Fixtures;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.ValidationReport;
import pe.gob.minem.tramite.signing.ValidationService;

/** Validations per second of a PDF with one signature, change detection on. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidateBenchmark {

  @Param({"B-B", "B-T", "B-LT", "B-LTA"})
  public String level;

  @Param({"100KB", "5MB"})
  public String size;

  private ValidationService validation;
  private byte[] signed;

  @Setup
  public void setUp() {
    byte[] pdf = Fixtures.informeOfSize(size.equals("5MB") ? 5 * 1024 * 1024 : 100 * 1024);
    signed =
        SigningService.create(Fixtures.config())
            .sign(
                pdf,
                Fixtures.director().signerKey(),
                SignatureOptions.conformidad(PadesLevel.parse(level)));
    validation = ValidationService.create(Fixtures.config());
    if (!validation.validate(signed).allPassed()) {
      throw new IllegalStateException("benchmark PDF does not validate");
    }
  }

  @Benchmark
  public ValidationReport validate() {
    return validation.validate(signed);
  }
}
