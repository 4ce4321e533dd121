package pe.gob.minem.tramite.application.documento;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * The validation reports kept with signed versions (ADR 0024): the readable PDF and DSS's simple
 * and detailed XML reports of one validation, written to the document store in the caller's
 * transaction (a rollback removes them again), and read back by the document page, the API and the
 * public verification. Who may read them is the caller's to check.
 */
@ApplicationScoped
public class InformesGuardados {

  /** The three reports of a validation, as the API names them ({@code ?formato=}). */
  public enum Formato {
    PDF("application/pdf", "informe-de-validacion", ".pdf"),
    SIMPLE("application/xml", "informe-simple", ".xml"),
    DETALLADO("application/xml", "informe-detallado", ".xml");

    private final String tipo;
    private final String prefijo;
    private final String extension;

    Formato(String tipo, String prefijo, String extension) {
      this.tipo = tipo;
      this.prefijo = prefijo;
      this.extension = extension;
    }

    /**
     * {@code pdf}, {@code simple} or {@code detallado} (any case; absent is the PDF).
     *
     * @throws DatosInvalidosException any other word
     */
    public static Formato de(String texto) {
      if (texto == null || texto.isBlank()) {
        return PDF;
      }
      try {
        return valueOf(texto.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new DatosInvalidosException(
            "formato",
            "El informe de validación se entrega en formato «pdf», «simple» (XML) o «detallado»"
                + " (XML).");
      }
    }

    public String tipo() {
      return tipo;
    }
  }

  /** A report to hand over: its file name, media type and bytes. */
  public record Informe(String nombre, String tipo, byte[] contenido) {}

  @Inject DocumentStore documentos;
  @Inject FirmaDigital firmaDigital;

  /**
   * Stores the reports of this validation of a version's PDF: the PDF rendering, naming the
   * document, its version and the SHA-256 of the bytes validated, and DSS's XML reports.
   *
   * @param reporte a validation with its XML reports ({@link FirmaDigital#validar})
   * @param alFirmar whether it ran when the signature that made the version was added
   */
  public ValidacionGuardada guardar(
      ValidationReport reporte, Documento d, int numeroVersion, String sha256, boolean alFirmar) {
    if (reporte.simpleReportXml() == null || reporte.detailedReportXml() == null) {
      throw new IllegalArgumentException("una validación sin sus informes XML no se guarda");
    }
    String documento =
        d.getTipo().etiqueta()
            + " "
            + d.getCodigoVerificacion()
            + ", versión "
            + numeroVersion
            + " (SHA-256 "
            + sha256
            + ")";
    String pdf = guardar(firmaDigital.informePdf(reporte, documento));
    String simple = guardar(reporte.simpleReportXml().getBytes(StandardCharsets.UTF_8));
    String detallado = guardar(reporte.detailedReportXml().getBytes(StandardCharsets.UTF_8));
    return new ValidacionGuardada(
        indicacion(reporte),
        reporte.signatures().size(),
        reporte.validationTime(),
        alFirmar,
        pdf,
        simple,
        detallado);
  }

  /**
   * The verdict over every signature: TOTAL_PASSED when all passed, else TOTAL_FAILED if one
   * failed, else INDETERMINATE (a PDF without signatures is INDETERMINATE: nothing was proven).
   */
  static String indicacion(ValidationReport reporte) {
    if (reporte.allPassed()) {
      return Indication.TOTAL_PASSED.name();
    }
    boolean fallida =
        reporte.signatures().stream()
            .map(SignatureReport::indication)
            .anyMatch(i -> i == Indication.TOTAL_FAILED);
    return (fallida ? Indication.TOTAL_FAILED : Indication.INDETERMINATE).name();
  }

  /**
   * One report of a version, named after the document's code and the version.
   *
   * @throws NoEncontradoException the version is not signed, or its validation is not kept yet
   */
  public Informe leer(Documento d, VersionDocumento v, Formato formato) {
    ValidacionGuardada guardada =
        v.validacion()
            .orElseThrow(
                () ->
                    new NoEncontradoException(
                        v.esperaValidacion()
                            ? "El informe de validación de la versión "
                                + v.getNumero()
                                + " aún se está preparando: la versión se firmó antes de que el"
                                + " portal guardara los informes, y el portal los genera en segundo"
                                + " plano. Inténtelo en unos minutos."
                            : "La versión "
                                + v.getNumero()
                                + " no está firmada: no tiene informe de validación."));
    String sha =
        switch (formato) {
          case PDF -> guardada.informePdf();
          case SIMPLE -> guardada.informeSimple();
          case DETALLADO -> guardada.informeDetallado();
        };
    try (InputStream in = documentos.abrir(sha)) {
      return new Informe(
          formato.prefijo
              + "-"
              + d.getCodigoVerificacion()
              + "-v"
              + v.getNumero()
              + formato.extension,
          formato.tipo,
          in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String guardar(byte[] contenido) {
    try {
      return documentos.guardar(new ByteArrayInputStream(contenido), Long.MAX_VALUE).sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
