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
import org.openjdk.jmh.annotations.TearDown;
import pe.gob.minem.tramite.signing.Fixtures;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SigningService;

/** Signatures per second: invisible, server-held PKCS#12 key, in-process demo TSA. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignBenchmark {

  @Param({"B-B", "B-T", "B-LT", "B-LTA"})
  public String level;

  @Param({"100KB", "5MB"})
  public String size;

  private Signer signer;
  private byte[] pdf;
  private SignatureOptions options;

  @Setup
  public void setUp() {
    pdf = Fixtures.informeOfSize(size.equals("5MB") ? 5 * 1024 * 1024 : 100 * 1024);
    signer = SigningService.create(Fixtures.config()).open(Fixtures.director().signerKey());
    options =
        SignatureOptions.invisible(PadesLevel.parse(level), SignatureOptions.MOTIVO_CONFORMIDAD);
  }

  @TearDown
  public void tearDown() {
    signer.close();
  }

  @Benchmark
  public byte[] sign() {
    return signer.sign(pdf, options);
  }
}
