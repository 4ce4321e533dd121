package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one reader: the ordinals of the sorted-set doc-values field where {@link
 * DocumentoIndice} writes every facet ({@code dim␟value}, sorted, so each facet is a range), their
 * labels, and the map from each segment's ordinals to the reader's. Built once per refresh (a few
 * hundred values: cheap), read by every search on that reader.
 */
final class EstadoFacetas {

  static final String CAMPO = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  static final EstadoFacetas VACIO = new EstadoFacetas(null, new String[0], new int[0], new int[0]);

  private final OrdinalMap mapa; // null: one segment (its ordinals are the reader's) or none
  private final String[] valores; // label by global ordinal
  private final int[] desde; // per facet of Facetas.TODAS: first ordinal
  private final int[] hasta; // exclusive; desde == hasta: no value

  private EstadoFacetas(OrdinalMap mapa, String[] valores, int[] desde, int[] hasta) {
    this.mapa = mapa;
    this.valores = valores;
    this.desde = desde;
    this.hasta = hasta;
  }

  static EstadoFacetas de(IndexReader lector) throws IOException {
    SortedSetDocValues dv = MultiDocValues.getSortedSetValues(lector, CAMPO);
    if (dv == null) {
      return VACIO;
    }
    OrdinalMap mapa =
        dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    int n = Math.toIntExact(dv.getValueCount());
    String[] valores = new String[n];
    int[] desde = new int[Facetas.TODAS.size()];
    int[] hasta = new int[Facetas.TODAS.size()];
    Arrays.fill(desde, -1);
    for (int ord = 0; ord < n; ord++) {
      String[] camino = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      int faceta = Facetas.TODAS.indexOf(camino[0]);
      valores[ord] = camino.length > 1 ? camino[1] : "";
      if (faceta >= 0) {
        if (desde[faceta] < 0) {
          desde[faceta] = ord;
        }
        hasta[faceta] = ord + 1;
      }
    }
    for (int f = 0; f < desde.length; f++) {
      if (desde[f] < 0) {
        desde[f] = 0;
        hasta[f] = 0;
      }
    }
    return new EstadoFacetas(mapa, valores, desde, hasta);
  }

  /** Number of values of all facets (the size of a counts array). */
  int tamano() {
    return valores.length;
  }

  /** From the ordinals of the leaf {@code ordHoja} of the reader to the reader's. */
  LongValues aGlobal(int ordHoja) {
    return mapa == null ? LongValues.IDENTITY : mapa.getGlobalOrds(ordHoja);
  }

  /**
   * Each facet's most frequent values (count descending, then by value), at most {@code maximo};
   * {@code cuentasPorFaceta} gives, for a facet, the counts to read (by global ordinal).
   */
  Map<String, List<Resultado.Faceta>> mejores(
      java.util.function.IntFunction<int[]> cuentasPorFaceta, int maximo) {
    Map<String, List<Resultado.Faceta>> facetas = new LinkedHashMap<>();
    for (int f = 0; f < Facetas.TODAS.size(); f++) {
      int[] cuentas = cuentasPorFaceta.apply(f);
      List<Integer> ords = new ArrayList<>();
      for (int ord = desde[f]; ord < hasta[f]; ord++) {
        if (cuentas[ord] > 0) {
          ords.add(ord);
        }
      }
      // Stable sort: equal counts stay in value order.
      ords.sort((a, b) -> Integer.compare(cuentas[b], cuentas[a]));
      List<Resultado.Faceta> lista = new ArrayList<>(Math.min(maximo, ords.size()));
      for (int i = 0; i < ords.size() && i < maximo; i++) {
        int ord = ords.get(i);
        lista.add(new Resultado.Faceta(valores[ord], cuentas[ord]));
      }
      facetas.put(Facetas.TODAS.get(f), List.copyOf(lista));
    }
    return facetas;
  }
}
