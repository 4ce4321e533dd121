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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
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
 * <p>The entries a set of credenciales may see are a bitset per segment, kept while the segment
 * lives for the {@link #CREDENCIALES_EN_MEMORIA} sets used last; a new refresh only computes its
 * new segments. A set's bitset is the union of its credenciales' own: those shared by many people
 * ({@code *}, {@code U:…}, {@code D:…}: as many as the units, and the public one covers most of the
 * archive) are computed once per segment and kept for everyone; a person's own ({@code P:…}, few
 * entries each) is read from its postings when needed. So a person whose set is not among the last
 * ones used costs a few bitset unions, not a pass over every public entry (a {@code TermInSetQuery}
 * over the million-entry benchmark: 5–10 ms), however many people search.
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

  /**
   * Shared credenciales ({@code *}, {@code U:…}, {@code D:…}) at most, beyond which none is kept.
   */
  static final int COMPARTIDAS_EN_MEMORIA = 1024;

  /** Shared credencial → segment core → its entries. */
  private final Map<String, Map<Object, FixedBitSet>> porCredencial = new ConcurrentHashMap<>();

  private final Set<Object> segmentosVigilados = ConcurrentHashMap.newKeySet();

  /** The reader with only what these credenciales may see (not to be closed). */
  DirectoryReader visible(DirectoryReader lector, Set<String> credenciales) throws IOException {
    Map<Object, FixedBitSet> bitsets =
        porCredenciales.computeIfAbsent(credenciales, c -> new ConcurrentHashMap<>());
    Map<Object, LeafReader> hojas = new HashMap<>();
    for (LeafReaderContext hoja : lector.leaves()) {
      LeafReader segmento = hoja.reader();
      Object nucleo = segmento.getCoreCacheHelper().getKey();
      FixedBitSet permitidos = bitsets.get(nucleo);
      if (permitidos == null) {
        vigilar(segmento);
        permitidos = new FixedBitSet(segmento.maxDoc());
        for (String credencial : credenciales) {
          if (esPersonal(credencial)) {
            agregarEntradas(permitidos, segmento, credencial);
          } else {
            permitidos.or(deCredencial(segmento, nucleo, credencial));
          }
        }
        bitsets.put(nucleo, permitidos);
      }
      hojas.put(nucleo, new HojaVisible(segmento, permitidos));
    }
    return new LectorVisible(lector, hojas);
  }

  private static boolean esPersonal(String credencial) {
    return credencial.startsWith("P:");
  }

  /** The entries of a shared credencial in a segment, computed once. */
  private FixedBitSet deCredencial(LeafReader segmento, Object nucleo, String credencial)
      throws IOException {
    Map<Object, FixedBitSet> porSegmento = porCredencial.get(credencial);
    if (porSegmento == null) {
      if (porCredencial.size() >= COMPARTIDAS_EN_MEMORIA) {
        FixedBitSet suelta = new FixedBitSet(segmento.maxDoc()); // not kept: too many
        agregarEntradas(suelta, segmento, credencial);
        return suelta;
      }
      porSegmento = porCredencial.computeIfAbsent(credencial, c -> new ConcurrentHashMap<>());
    }
    FixedBitSet entradas = porSegmento.get(nucleo);
    if (entradas == null) {
      entradas = new FixedBitSet(segmento.maxDoc());
      agregarEntradas(entradas, segmento, credencial);
      porSegmento.put(nucleo, entradas);
    }
    return entradas;
  }

  /** Sets the bits of the segment's entries that this credencial may read (deleted ones too). */
  private static void agregarEntradas(FixedBitSet bits, LeafReader segmento, String credencial)
      throws IOException {
    Terms terminos = segmento.terms(Campos.LECTORES);
    if (terminos == null) {
      return;
    }
    TermsEnum te = terminos.iterator();
    if (te.seekExact(new BytesRef(Campos.acotar(credencial)))) {
      bits.or(te.postings(null, PostingsEnum.NONE));
    }
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
            for (Map<Object, FixedBitSet> bitsets : porCredencial.values()) {
              bitsets.remove(nucleo);
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
