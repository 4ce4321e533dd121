package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a lector may see, applied inside the search as the index's own deletions: the reader a
 * restricted lector searches is the index's reader in which every entry none of whose {@code
 * lectores} is among the lector's credenciales counts as deleted (the way Elasticsearch applies
 * document-level security). Every query, count, facet, page and snippet then sees only the visible
 * entries, and Lucene skips the others while it scores, instead of intersecting each text query
 * with a permission filter (which turned a disjunction over a million postings into a much slower
 * conjunction: 71 → 41 ms of CPU for a word in two thirds of a million entries).
 *
 * <p>The entries a set of credenciales may see are computed once per segment (a bitset, {@code
 * TermInSetQuery} on {@link Campos#LECTORES}) and kept while the segment lives, for the {@link
 * #CREDENCIALES_EN_MEMORIA} sets used last; a new refresh only computes its new segments.
 */
final class Permisos {

  /** Sets of credenciales whose bitsets are kept (about 16 KB per 100,000 entries each). */
  static final int CREDENCIALES_EN_MEMORIA = 64;

  private final Map<Set<String>, Map<Object, FixedBitSet>> porCredenciales =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(
                Map.Entry<Set<String>, Map<Object, FixedBitSet>> e) {
              return size() > CREDENCIALES_EN_MEMORIA;
            }
          });

  private final Set<Object> segmentosVigilados = ConcurrentHashMap.newKeySet();

  /** The reader with only what these credenciales may see (not to be closed). */
  DirectoryReader visible(DirectoryReader lector, Set<String> credenciales) throws IOException {
    Map<Object, FixedBitSet> bitsets =
        porCredenciales.computeIfAbsent(credenciales, c -> new ConcurrentHashMap<>());
    Weight permiso = null;
    Map<Object, LeafReader> hojas = new HashMap<>();
    for (LeafReaderContext hoja : lector.leaves()) {
      LeafReader segmento = hoja.reader();
      Object nucleo = segmento.getCoreCacheHelper().getKey();
      FixedBitSet permitidos = bitsets.get(nucleo);
      if (permitidos == null) {
        if (permiso == null) {
          permiso = permiso(lector, credenciales);
        }
        permitidos = new FixedBitSet(segmento.maxDoc());
        Scorer s = permiso.scorer(hoja);
        if (s != null) {
          permitidos.or(s.iterator());
        }
        bitsets.put(nucleo, permitidos);
        vigilar(segmento);
      }
      hojas.put(nucleo, new HojaVisible(segmento, permitidos));
    }
    return new LectorVisible(lector, hojas);
  }

  private static Weight permiso(IndexReader lector, Set<String> credenciales) throws IOException {
    IndexSearcher s = new IndexSearcher(lector);
    s.setQueryCache(null);
    TermInSetQuery q =
        new TermInSetQuery(
            Campos.LECTORES,
            credenciales.stream().map(c -> new BytesRef(Campos.acotar(c))).toList());
    return s.createWeight(s.rewrite(new ConstantScoreQuery(q)), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** Forgets a segment's bitsets when Lucene closes it (merged away). */
  private void vigilar(LeafReader segmento) {
    IndexReader.CacheHelper ayuda = segmento.getCoreCacheHelper();
    if (segmentosVigilados.add(ayuda.getKey())) {
      ayuda.addClosedListener(
          nucleo -> {
            segmentosVigilados.remove(nucleo);
            synchronized (porCredenciales) {
              for (Map<Object, FixedBitSet> bitsets : porCredenciales.values()) {
                bitsets.remove(nucleo);
              }
            }
          });
    }
  }

  /** A segment whose entries the lector may not see count as deleted. */
  private static final class HojaVisible extends FilterLeafReader {
    private final Bits vivos;
    private final int visibles;

    HojaVisible(LeafReader segmento, FixedBitSet permitidos) {
      super(segmento);
      Bits borrados = segmento.getLiveDocs();
      if (borrados == null) {
        vivos = permitidos;
        visibles = permitidos.cardinality();
      } else {
        FixedBitSet ambos = permitidos.clone();
        for (int doc = ambos.nextSetBit(0);
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc =
                doc + 1 < ambos.length()
                    ? ambos.nextSetBit(doc + 1)
                    : DocIdSetIterator.NO_MORE_DOCS) {
          if (!borrados.get(doc)) {
            ambos.clear(doc);
          }
        }
        vivos = ambos;
        visibles = ambos.cardinality();
      }
    }

    @Override
    public Bits getLiveDocs() {
      return vivos;
    }

    @Override
    public int numDocs() {
      return visibles;
    }

    /** Same core: caches of postings, doc values and filters are shared with the whole index. */
    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    /** Other deletions: nothing may cache per reader on this one. */
    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class LectorVisible extends FilterDirectoryReader {
    LectorVisible(DirectoryReader lector, Map<Object, LeafReader> hojas) throws IOException {
      super(
          lector,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader segmento) {
              return hojas.get(segmento.getCoreCacheHelper().getKey());
            }
          });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader lector) {
      throw new UnsupportedOperationException("una vista de permisos no se reabre");
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
