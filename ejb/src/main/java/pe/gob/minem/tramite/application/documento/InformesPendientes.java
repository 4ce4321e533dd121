package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * The validation reports of versions signed before the portal kept them (ADR 0024), made once by a
 * background pass ({@link InformesEnSegundoPlano}): the pass lists the versions, reads and
 * validates each PDF outside any transaction (seconds each), and keeps each validation in a short
 * transaction of its own, so one version that cannot be validated leaves the others done.
 */
@Stateless
public class InformesPendientes {

  private static final Logger LOG = Logger.getLogger(InformesPendientes.class.getName());

  @Inject DocumentoRepository documentosElaborados;
  @Inject DocumentStore documentos;
  @Inject InformesGuardados informes;

  /** A signed version to validate: its id, its content and the document it belongs to. */
  public record VersionPendiente(long id, String codigo, int numero, String sha256, byte[] pdf) {}

  /** The signed versions without their validation, oldest first. */
  public List<Long> pendientes() {
    return documentosElaborados.versionesQueEsperanValidacion();
  }

  /** The version's PDF, unless its validation was kept meanwhile. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<VersionPendiente> leer(long versionId) {
    var v = documentosElaborados.version(versionId).filter(x -> x.esperaValidacion()).orElse(null);
    if (v == null) {
      return Optional.empty();
    }
    try (InputStream in = documentos.abrir(v.getSha256())) {
      return Optional.of(
          new VersionPendiente(
              v.getId(),
              v.getDocumento().getCodigoVerificacion(),
              v.getNumero(),
              v.getSha256(),
              in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Keeps the validation of the version's PDF made after it was signed, with its reports. The
   * version is locked first: if another server's pass kept one meanwhile, nothing is written.
   *
   * @return whether this call kept it
   */
  public boolean guardar(VersionPendiente p, ValidationReport reporte) {
    var v = documentosElaborados.versionBloqueada(p.id()).orElse(null);
    if (v == null || !v.esperaValidacion()) {
      return false;
    }
    ValidacionGuardada guardada =
        informes.guardar(reporte, v.getDocumento(), v.getNumero(), v.getSha256(), false);
    v.guardarValidacionPosterior(guardada);
    LOG.info(
        () ->
            "Informe de validación guardado para la versión "
                + p.numero()
                + " del documento "
                + p.codigo()
                + " (firmada antes de que se guardaran los informes): "
                + guardada.indicacion()
                + ", "
                + guardada.firmas()
                + " firma(s)");
    return true;
  }
}
