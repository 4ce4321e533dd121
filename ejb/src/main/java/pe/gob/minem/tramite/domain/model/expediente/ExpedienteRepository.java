package pe.gob.minem.tramite.domain.model.expediente;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The expedientes, with their files and hoja de ruta (ADR 0015). What it returns is managed by the
 * caller's transaction: changes to it are written when that transaction commits.
 */
public interface ExpedienteRepository {

  Optional<Expediente> porNumero(NumeroExpediente numero);

  /** Those of these numbers that exist, in no particular order. */
  List<Expediente> porNumeros(Collection<NumeroExpediente> numeros);

  Optional<Expediente> porId(long id);

  /** The code of the unit that holds it, without loading the expediente. */
  Optional<String> codigoDeUnidadActual(NumeroExpediente numero);

  /** Every expediente's id, ascending. */
  List<Long> ids();

  long contar();

  /** A file received with an expediente. */
  Optional<ArchivoExpediente> archivo(long archivoId);

  long contarArchivos();

  /** Every received file's content, with the file that refers to it (reconciliation). */
  List<ContenidoReferido> contenidosDeArchivos();

  /** Every expediente's number with its state (reconciliation with the workflow). */
  java.util.Map<String, EstadoExpediente> estados();

  /**
   * The numbers among these that exist, with or without a process of their own (the expediente the
   * portal opens to hold a month of backups is named by that month's instance but has none).
   */
  java.util.Set<String> existentes(java.util.Collection<String> numeros);

  /** A new expediente; its files and hoja de ruta go with it. */
  void guardar(Expediente expediente);

  /**
   * Writes what the transaction changed so far, of every aggregate, to the database now (before the
   * commit): constraint violations show here, and what follows reads the rows.
   */
  void sincronizar();
}
