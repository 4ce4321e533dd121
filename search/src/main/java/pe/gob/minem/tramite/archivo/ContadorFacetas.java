package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the matching entries and their facet values in one pass, without scores: each hit's
 * ordinals are counted per segment as it is collected (no bitset of hits kept for a second pass),
 * and the segments' counts are added up by the reader's ordinals at the end. Works per slice when
 * the searcher searches in parallel.
 */
final class ContadorFacetas
    implements CollectorManager<ContadorFacetas.Recolector, ContadorFacetas.Cuentas> {

  /**
   * What was counted.
   *
   * @param total matching entries
   * @param porValor count per global ordinal of {@link EstadoFacetas}
   */
  record Cuentas(long total, int[] porValor) {}

  private final EstadoFacetas estado;

  ContadorFacetas(EstadoFacetas estado) {
    this.estado = estado;
  }

  @Override
  public Recolector newCollector() {
    return new Recolector();
  }

  @Override
  public Cuentas reduce(Collection<Recolector> recolectores) {
    int[] porValor = new int[estado.tamano()];
    long total = 0;
    for (Recolector r : recolectores) {
      total += r.total;
      for (Hoja hoja : r.hojas) {
        LongValues aGlobal = estado.aGlobal(hoja.ordHoja);
        int[] locales = hoja.locales;
        for (int ord = 0; ord < locales.length; ord++) {
          if (locales[ord] != 0) {
            porValor[(int) aGlobal.get(ord)] += locales[ord];
          }
        }
      }
    }
    return new Cuentas(total, porValor);
  }

  private record Hoja(int ordHoja, int[] locales) {}

  /** One slice's counts, per segment. */
  static final class Recolector implements Collector {
    private final List<Hoja> hojas = new ArrayList<>();
    private long total;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext contexto) throws IOException {
      SortedSetDocValues dv = DocValues.getSortedSet(contexto.reader(), EstadoFacetas.CAMPO);
      int[] locales = new int[Math.toIntExact(dv.getValueCount())];
      hojas.add(new Hoja(contexto.ord, locales));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (dv.advanceExact(doc)) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
              locales[(int) dv.nextOrd()]++;
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
