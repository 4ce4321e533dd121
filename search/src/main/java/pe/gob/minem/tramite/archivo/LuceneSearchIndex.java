package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * The archive's index on local disk with Apache Lucene 9: one {@link IndexWriter} shared by all
 * threads, searches on a {@link SearcherManager} over the writer (near-real-time) refreshed by
 * {@link #confirmar()}.
 *
 * <ul>
 *   <li>Analysis: {@link AnalizadorEspanol}; fields: {@link Campos} and {@link DocumentoIndice};
 *       text query: {@link InterpreteConsulta}; snippets: {@link Resaltador}.
 *   <li>Permissions are a filter inside the query ({@code lectores} ∈ the lector's credenciales),
 *       so {@code total}, the page and every facet count only what the lector may see.
 *   <li>Facets: sorted-set doc values counted over every matching entry (Lucene's {@link
 *       SortedSetDocValuesFacetCounts}, no taxonomy). With filters the counts are drill-sideways
 *       ({@link DrillSideways}): a filtered facet is counted with the other filters but not its
 *       own, so the page can offer its other values; unfiltered facets, {@code total} and the hits
 *       use every filter.
 *   <li>{@code total} is exact: every match is visited anyway to count the facets.
 * </ul>
 */
public final class LuceneSearchIndex implements SearchIndex {

  private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

  /** The writer's buffer: fewer, larger flushed segments in bulk loads. */
  static final double BUFFER_MB = 128;

  /** Values shown per facet. */
  static final int VALORES_POR_FACETA = 20;

  private static final String[] CAMPOS_FRAGMENTO = {Campos.TEXTO, Campos.TITULO};
  private static final Set<String> CAMPOS_HALLAZGO =
      Set.of(
          Campos.ID,
          Campos.CLASE,
          Campos.EXPEDIENTE,
          Campos.NUMERO,
          Campos.TITULO,
          Campos.FECHA,
          Campos.UNIDAD,
          Campos.TIPO,
          Campos.ESTADO,
          Campos.FIRMADO,
          Campos.NIVEL,
          Campos.REFERENCIA,
          Campos.NOMBRE_ARCHIVO);

  private final Directory directorio;
  private final AnalizadorEspanol analizador = new AnalizadorEspanol();
  private final FacetsConfig configuracionFacetas = DocumentoIndice.configuracionFacetas();
  private final InterpreteConsulta interprete = new InterpreteConsulta(analizador);
  private final IndexWriter escritor;
  private final SearcherManager buscadores;
  private final AtomicBoolean cerrado = new AtomicBoolean();

  /** Opens the index in this directory (created if missing), or creates an empty one there. */
  public LuceneSearchIndex(Path carpeta) {
    Directory dir = null;
    IndexWriter w = null;
    try {
      Files.createDirectories(carpeta);
      dir = FSDirectory.open(carpeta); // MMapDirectory on a 64-bit JVM
      IndexWriterConfig config =
          new IndexWriterConfig(analizador)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(BUFFER_MB)
              .setUseCompoundFile(false)
              .setCommitOnClose(true);
      w = new IndexWriter(dir, config);
      this.buscadores = new SearcherManager(w, true, false, new FabricaBuscadores());
      this.directorio = dir;
      this.escritor = w;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(w, dir, analizador);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("No se pudo abrir el índice en " + carpeta, io);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public void indexar(Collection<EntradaIndice> entradas) {
    abierto();
    try {
      for (EntradaIndice entrada : entradas) {
        escritor.updateDocument(
            new Term(Campos.ID, entrada.id()),
            DocumentoIndice.construir(entrada, configuracionFacetas));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void eliminar(Collection<String> ids) {
    abierto();
    if (ids.isEmpty()) {
      return;
    }
    Term[] terminos = ids.stream().map(id -> new Term(Campos.ID, id)).toArray(Term[]::new);
    try {
      escritor.deleteDocuments(terminos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void eliminarExpediente(String expediente) {
    abierto();
    try {
      escritor.deleteDocuments(
          new Term(Campos.EXPEDIENTE, Campos.normalizarExpediente(expediente)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void vaciar() {
    abierto();
    try {
      escritor.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void confirmar() {
    abierto();
    try {
      escritor.commit();
      // Blocking: when two threads confirm at once, each returns with its own changes visible.
      buscadores.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long contar() {
    abierto();
    IndexSearcher s = adquirir();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      liberar(s);
    }
  }

  @Override
  public Map<String, Long> contarPorClase() {
    abierto();
    IndexSearcher s = adquirir();
    try {
      Map<String, Long> porClase = new TreeMap<>();
      Terms terminos =
          MultiTerms.getTerms(s.getIndexReader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (terminos == null) {
        return porClase;
      }
      String prefijo = Facetas.CLASE + FacetsConfig.DELIM_CHAR;
      BytesRef bytesPrefijo = new BytesRef(prefijo);
      TermsEnum te = terminos.iterator();
      if (te.seekCeil(bytesPrefijo) == TermsEnum.SeekStatus.END) {
        return porClase;
      }
      for (BytesRef t = te.term(); t != null; t = te.next()) {
        String camino = t.utf8ToString();
        if (!camino.startsWith(prefijo)) {
          break;
        }
        // Exact with deletions: a count, not the term's docFreq.
        int cuenta =
            s.count(
                new TermQuery(
                    new Term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, BytesRef.deepCopyOf(t))));
        if (cuenta > 0) {
          porClase.put(camino.substring(prefijo.length()), (long) cuenta);
        }
      }
      return porClase;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      liberar(s);
    }
  }

  @Override
  public Resultado buscar(Consulta consulta) {
    abierto();
    long inicio = System.nanoTime();
    Buscador s = (Buscador) adquirir();
    try {
      Query texto = interprete.interpretar(consulta.texto());
      Query base = base(texto, consulta);
      if (base == null || s.getIndexReader().numDocs() == 0) {
        return new Resultado(0, List.of(), facetasVacias(), milisDesde(inicio));
      }
      Map<String, Set<String>> filtros = filtros(consulta.filtros());

      boolean porRelevancia = texto != null && consulta.orden() == Consulta.Orden.RELEVANCIA;
      int cuantos =
          (int)
              Math.min(
                  (long) consulta.inicio() + consulta.tamano(),
                  Math.max(1, s.getIndexReader().maxDoc()));
      CollectorManager<?, ? extends TopDocs> pagina =
          porRelevancia
              ? new TopScoreDocCollectorManager(cuantos, null, Integer.MAX_VALUE)
              : new TopFieldCollectorManager(
                  ordenPorFecha(consulta.orden()), cuantos, null, Integer.MAX_VALUE);
      MultiCollectorManager principal =
          new MultiCollectorManager(pagina, new FacetsCollectorManager());

      Object[] resultados;
      Map<String, FacetsCollector> laterales = Map.of();
      if (filtros.isEmpty()) {
        resultados = s.search(base, principal);
      } else {
        DrillDownQuery filtrada = new DrillDownQuery(configuracionFacetas, base);
        filtros.forEach((faceta, valores) -> valores.forEach(v -> filtrada.add(faceta, v)));
        List<FacetsCollectorManager> gestoresLaterales = new ArrayList<>();
        for (int i = 0; i < filtros.size(); i++) {
          gestoresLaterales.add(new FacetsCollectorManager());
        }
        DrillSideways.Result<Object[], FacetsCollector> r =
            new DrillSideways(s, configuracionFacetas, s.estadoFacetas)
                .search(filtrada, principal, gestoresLaterales);
        resultados = r.drillDownResult();
        // DrillDownQuery numbers its dimensions in the order they were first added.
        laterales = new LinkedHashMap<>();
        int i = 0;
        for (String faceta : filtros.keySet()) {
          laterales.put(faceta, r.drillSidewaysResults().get(i++));
        }
      }
      TopDocs mejores = (TopDocs) resultados[0];
      FacetsCollector coincidencias = (FacetsCollector) resultados[1];
      long total = 0;
      for (FacetsCollector.MatchingDocs m : coincidencias.getMatchingDocs()) {
        total += m.totalHits;
      }
      List<Resultado.Hallazgo> hallazgos =
          hallazgos(s, texto, mejores.scoreDocs, consulta.inicio(), porRelevancia);
      Map<String, List<Resultado.Faceta>> facetas =
          facetas(s.estadoFacetas, coincidencias, laterales);
      return new Resultado(total, hallazgos, facetas, milisDesde(inicio));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      liberar(s);
    }
  }

  /**
   * The text (or everything) restricted to what the lector may see and to the date range; null when
   * the lector may see nothing.
   */
  private static Query base(Query texto, Consulta consulta) {
    Lector lector = consulta.lector();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(texto != null ? texto : new MatchAllDocsQuery(), Occur.MUST);
    boolean soloTexto = true;
    if (!lector.sinRestriccion()) {
      if (lector.credenciales().isEmpty()) {
        return null;
      }
      List<BytesRef> credenciales = lector.credenciales().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(Campos.LECTORES, credenciales), Occur.FILTER);
      soloTexto = false;
    }
    LocalDate desde = consulta.desde();
    LocalDate hasta = consulta.hasta();
    if (desde != null || hasta != null) {
      long min = desde == null ? Long.MIN_VALUE : desde.toEpochDay();
      long max = hasta == null ? Long.MAX_VALUE : hasta.toEpochDay();
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(Campos.FECHA, min, max),
              NumericDocValuesField.newSlowRangeQuery(Campos.FECHA, min, max)),
          Occur.FILTER);
      soloTexto = false;
    }
    if (soloTexto) {
      return texto != null ? texto : new MatchAllDocsQuery();
    }
    return b.build();
  }

  private static Sort ordenPorFecha(Consulta.Orden orden) {
    // Blank text in relevance order is listed most recent first too.
    boolean reciente = orden != Consulta.Orden.FECHA_ANTIGUA;
    return new Sort(new SortField(Campos.FECHA, SortField.Type.LONG, reciente));
  }

  /** Known facets with at least one value; unknown names are ignored. */
  private static Map<String, Set<String>> filtros(Map<String, Set<String>> pedidos) {
    Map<String, Set<String>> filtros = new LinkedHashMap<>();
    for (String faceta : Facetas.TODAS) {
      Set<String> valores = pedidos.get(faceta);
      if (valores == null) {
        continue;
      }
      Set<String> limpios = new java.util.LinkedHashSet<>();
      for (String v : valores) {
        if (!Campos.vacio(v)) {
          limpios.add(v.strip());
        }
      }
      if (!limpios.isEmpty()) {
        filtros.put(faceta, limpios);
      }
    }
    for (String pedido : pedidos.keySet()) {
      if (!Facetas.TODAS.contains(pedido)) {
        LOG.fine(() -> "Filtro de faceta desconocida ignorado: " + pedido);
      }
    }
    return filtros;
  }

  private List<Resultado.Hallazgo> hallazgos(
      IndexSearcher s, Query texto, ScoreDoc[] mejores, int desde, boolean conPuntaje)
      throws IOException {
    if (desde >= mejores.length) {
      return List.of();
    }
    int n = mejores.length - desde;
    int[] docs = new int[n];
    for (int i = 0; i < n; i++) {
      docs[i] = mejores[desde + i].doc;
    }
    Map<String, Object[]> fragmentos =
        new Resaltador(s, analizador)
            .fragmentos(CAMPOS_FRAGMENTO, texto != null ? texto : new MatchAllDocsQuery(), docs);
    Object[] deTexto = fragmentos.get(Campos.TEXTO);
    Object[] deTitulo = fragmentos.get(Campos.TITULO);

    StoredFields guardados = s.storedFields();
    List<Resultado.Hallazgo> hallazgos = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document d = guardados.document(docs[i], CAMPOS_HALLAZGO);
      FormateadorFragmento.Fragmento fragmento = elegir(deTexto[i], deTitulo[i]);
      Number referencia =
          d.getField(Campos.REFERENCIA) == null
              ? null
              : d.getField(Campos.REFERENCIA).numericValue();
      hallazgos.add(
          new Resultado.Hallazgo(
              d.get(Campos.ID),
              d.get(Campos.CLASE),
              d.get(Campos.EXPEDIENTE),
              d.get(Campos.NUMERO),
              d.get(Campos.TITULO),
              fragmento == null ? "" : fragmento.html(),
              fragmento == null ? null : fragmento.pagina(),
              conPuntaje ? mejores[desde + i].score : 0f,
              LocalDate.ofEpochDay(d.getField(Campos.FECHA).numericValue().longValue()),
              d.get(Campos.UNIDAD),
              d.get(Campos.TIPO),
              d.get(Campos.ESTADO),
              d.getField(Campos.FIRMADO).numericValue().intValue() == 1,
              Nivel.valueOf(d.get(Campos.NIVEL)),
              referencia == null ? null : referencia.longValue(),
              d.get(Campos.NOMBRE_ARCHIVO)));
    }
    return hallazgos;
  }

  /**
   * The text's snippet (its page where it matched); when the text is empty, the title's (without a
   * page).
   */
  private static FormateadorFragmento.Fragmento elegir(Object deTexto, Object deTitulo) {
    if (deTexto != null) {
      return (FormateadorFragmento.Fragmento) deTexto;
    }
    if (deTitulo != null) {
      FormateadorFragmento.Fragmento titulo = (FormateadorFragmento.Fragmento) deTitulo;
      return new FormateadorFragmento.Fragmento(titulo.html(), null);
    }
    return null;
  }

  private static Map<String, List<Resultado.Faceta>> facetas(
      SortedSetDocValuesReaderState estado,
      FacetsCollector coincidencias,
      Map<String, FacetsCollector> laterales)
      throws IOException {
    if (estado == null) {
      return facetasVacias();
    }
    Map<FacetsCollector, SortedSetDocValuesFacetCounts> cuentas = new IdentityHashMap<>();
    Map<String, List<Resultado.Faceta>> facetas = new LinkedHashMap<>();
    for (String faceta : Facetas.TODAS) {
      FacetsCollector origen = laterales.getOrDefault(faceta, coincidencias);
      List<Resultado.Faceta> valores = new ArrayList<>();
      if (estado.getOrdRange(faceta) != null) {
        SortedSetDocValuesFacetCounts c = cuentas.get(origen);
        if (c == null) {
          c = new SortedSetDocValuesFacetCounts(estado, origen);
          cuentas.put(origen, c);
        }
        FacetResult r = c.getTopChildren(VALORES_POR_FACETA, faceta);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            valores.add(new Resultado.Faceta(lv.label, lv.value.longValue()));
          }
        }
      }
      facetas.put(faceta, List.copyOf(valores));
    }
    return facetas;
  }

  private static Map<String, List<Resultado.Faceta>> facetasVacias() {
    Map<String, List<Resultado.Faceta>> facetas = new LinkedHashMap<>();
    for (String faceta : Facetas.TODAS) {
      facetas.put(faceta, List.of());
    }
    return facetas;
  }

  private static long milisDesde(long inicioNanos) {
    return (System.nanoTime() - inicioNanos) / 1_000_000;
  }

  private IndexSearcher adquirir() {
    try {
      return buscadores.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void liberar(IndexSearcher s) {
    try {
      buscadores.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void abierto() {
    if (cerrado.get()) {
      throw new IllegalStateException("El índice está cerrado");
    }
  }

  /** Commits what was indexed and releases the index (idempotent). */
  @Override
  public void close() throws IOException {
    if (!cerrado.compareAndSet(false, true)) {
      return;
    }
    IOUtils.close(buscadores, escritor, directorio, analizador); // the writer commits on close
  }

  /** A searcher with its reader's facet state, built once per refresh. */
  static final class Buscador extends IndexSearcher {
    /** Null while no entry has facets (empty index). */
    final SortedSetDocValuesReaderState estadoFacetas;

    Buscador(IndexReader lector, SortedSetDocValuesReaderState estadoFacetas) {
      super(lector);
      this.estadoFacetas = estadoFacetas;
    }
  }

  private final class FabricaBuscadores extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader lector, IndexReader anterior) throws IOException {
      return new Buscador(lector, estadoFacetas(lector));
    }

    private SortedSetDocValuesReaderState estadoFacetas(IndexReader lector) throws IOException {
      for (LeafReaderContext hoja : lector.leaves()) {
        FieldInfo campo =
            hoja.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (campo != null && campo.getDocValuesType() == DocValuesType.SORTED_SET) {
          return new DefaultSortedSetDocValuesReaderState(lector, configuracionFacetas);
        }
      }
      return null;
    }
  }
}
