package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
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
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SigningService;

/**
 * Time to validate a PDF carrying 1, 3 and 5 visible signatures (B-T, 3 pages), with the module's
 * comparison of revisions ("fingerprint") and with DSS's own, which renders every page ("dss").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MultiSignatureBenchmark {

  @Param({"1", "3", "5"})
  public int signatures;

  @Param({"fingerprint", "dss"})
  public String comparison;

  private byte[] pdf;
  private DssContext context;

  @Setup
  public void setUp() {
    byte[] doc = Fixtures.informePages(3);
    try (Signer signer =
        SigningService.create(Fixtures.config()).open(Fixtures.director().signerKey())) {
      for (int i = 0; i < signatures; i++) {
        doc = signer.sign(doc, SignatureOptions.vistoBueno(PadesLevel.B_T));
      }
    }
    pdf = doc;
    context = new DssContext(Fixtures.config());
  }

  @Benchmark
  public Object validate() {
    PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
    validator.setCertificateVerifier(context.verifier);
    validator.setPdfObjFactory(
        comparison.equals("dss")
            ? new PdfBoxDefaultObjectFactory()
            : context.validationObjFactory());
    return validator.validateDocument(context.policy);
  }
}
