package pe.gob.minem.tramite.domain.model.documento;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;

/**
 * The documents drafted inside expedientes, with their versions and signatures (ADR 0015). What it
 * returns is managed by the caller's transaction.
 */
public interface DocumentoRepository {

  Optional<Documento> porId(long id);

  Optional<Documento> porCodigo(String codigoVerificacion);

  /** The same, with its versions read in the same query. */
  Optional<Documento> porCodigoConVersiones(String codigoVerificacion);

  /** An expediente's documents, in the order they were drafted. */
  List<Documento> deExpediente(Expediente expediente);

  /** How many documents of this type the unit drafted from that moment on (their numbering). */
  long contarDelTipo(TipoDocumentoInterno tipo, String codigoUnidad, Instant desde);

  /** Documents with at least one version. */
  long contarConVersiones();

  Optional<VersionDocumento> version(long versionId);

  /**
   * Every version's content and the validation reports kept with it, each with the version that
   * refers to it (reconciliation).
   */
  List<ContenidoReferido> contenidosDeVersiones();

  /** The ids of the signed versions whose validation is not kept yet, oldest first (ADR 0024). */
  List<Long> versionesQueEsperanValidacion();

  /** A version, locked until the transaction ends (no other transaction writes it meanwhile). */
  Optional<VersionDocumento> versionBloqueada(long versionId);

  /** The verification codes of every document (the business keys of their workflows). */
  java.util.Set<String> codigos();

  /** A new document; its versions and signatures go with it. */
  void guardar(Documento documento);

  /** Writes what the transaction changed so far, of every aggregate, to the database now. */
  void sincronizar();
}
