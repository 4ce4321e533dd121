package pe.gob.minem.tramite.archivo;

import java.io.Closeable;
import java.util.Collection;
import java.util.Map;

/**
 * The archive's search index: derived data, rebuilt from the database and the document store when
 * needed. The single-machine implementation is {@link LuceneSearchIndex} (Lucene on local disk);
 * {@link OpenSearchSearchIndex} keeps it on an OpenSearch cluster shared by several servers, with
 * the same behaviour (ContratoSearchIndexTest runs the same cases on both). Thread-safe.
 */
public interface SearchIndex extends Closeable {

  /** Adds or replaces (same id) the entries; visible to searches after {@link #confirmar()}. */
  void indexar(Collection<EntradaIndice> entradas);

  /** Removes the entries with these ids (unknown ids are ignored). */
  void eliminar(Collection<String> ids);

  /** Removes every entry whose {@link EntradaIndice#expediente} is this one. */
  void eliminarExpediente(String expediente);

  /** Removes everything (before a rebuild). */
  void vaciar();

  /** Makes the changes durable (commit) and visible to new searches. */
  void confirmar();

  /** Searches on behalf of {@link Consulta#lector()}. */
  Resultado buscar(Consulta consulta);

  /** Entries in the index (confirmed), in all. */
  long contar();

  /** Entries per {@link EntradaIndice#clase} (confirmed), for the health page. */
  Map<String, Long> contarPorClase();
}
