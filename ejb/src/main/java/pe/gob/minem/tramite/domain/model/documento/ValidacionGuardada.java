package pe.gob.minem.tramite.domain.model.documento;

import java.time.Instant;
import java.util.Objects;

/**
 * The validation of a signed version, kept with it (ADR 0024): the verdict over every signature the
 * version's PDF holds, when it ran, whether it ran when the signature was added or later (a version
 * signed before the reports were kept), and its three reports in the document store by SHA-256 —
 * the readable PDF and DSS's simple and detailed XML reports (ETSI EN 319 102-1).
 *
 * @param indicacion TOTAL_PASSED when every signature passed; else TOTAL_FAILED if one failed, else
 *     INDETERMINATE
 * @param firmas how many signatures the version's PDF holds
 */
public record ValidacionGuardada(
    String indicacion,
    int firmas,
    Instant validadaEl,
    boolean alFirmar,
    String informePdf,
    String informeSimple,
    String informeDetallado) {

  public ValidacionGuardada {
    Objects.requireNonNull(indicacion, "indicacion");
    Objects.requireNonNull(validadaEl, "validadaEl");
    Objects.requireNonNull(informePdf, "informePdf");
    Objects.requireNonNull(informeSimple, "informeSimple");
    Objects.requireNonNull(informeDetallado, "informeDetallado");
  }

  public boolean todasValidas() {
    return "TOTAL_PASSED".equals(indicacion);
  }
}
