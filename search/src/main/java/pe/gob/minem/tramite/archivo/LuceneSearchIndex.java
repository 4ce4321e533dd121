package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
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
 *   <li>Permissions are applied inside the search ({@link Permisos}: a restricted lector searches a
 *       view of the index where the entries none of whose {@code lectores} is among their
 *       credenciales count as deleted), so {@code total}, the page and every facet count only what
 *       the lector may see.
 *   <li>A search visits every match once, collecting the page's best hits (by score, or by date for
 *       blank text and the date orders, when {@code puntaje} is 0), the exact {@code total} and the
 *       facet counts ({@link ContadorFacetas}: sorted-set doc values, no taxonomy, top 20 per facet
 *       by count). Facets need every match anyway: a second, pruned pass for the page was measured
 *       and was not cheaper. With filters the counts are drill-sideways ({@link DrillSideways}): a
 *       filtered facet is counted with the other filters but not its own, so the page can offer its
 *       other values; unfiltered facets, {@code total} and the hits use every filter. Pages end at
 *       {@link #VENTANA_MAXIMA}.
 *   <li>The lector's credenciales are matched as given: {@code "*"} (public entries) only if the
 *       portal includes it.
 *   <li>On several cores a large batch is indexed by several threads, and a search over a large
 *       index is split in slices searched in parallel (the calling thread takes part in both).
 * </ul>
 */
public final class LuceneSearchIndex implements SearchIndex {

  private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

  /** The writer's buffer: fewer, larger flushed segments in bulk loads. */
  static final double BUFFER_MB = 128;

  /** Smallest part of a batch given to another thread. */
  static final int PARTE_MINIMA = 64;

  /** Slices a large search is split into (see {@link Buscador#slices}). */
  static final int TROZOS = 4;

  /** Below this, a slice is not worth a thread. */
  static final int DOCUMENTOS_MINIMOS_POR_TROZO = 20_000;

  /**
   * Deepest result a page may reach ({@code inicio + tamano}): a page beyond it comes back empty
   * (with the exact total), so that no request makes the index rank a million hits in memory.
   */
  static final int VENTANA_MAXIMA = 10_000;

  /** Values shown per facet. */
  static final int VALORES_POR_FACETA = 20;

  /** How long {@link #close} waits for the uses in progress. */
  static final Duration ESPERA_AL_CERRAR = Duration.ofSeconds(30);

  /**
   * How long opening waits for the index's write lock while another instance in this JVM holds it
   * (a redeployment starts while the previous deployment is still closing its index).
   */
  static final Duration ESPERA_DEL_CANDADO = Duration.ofSeconds(30);

  private final Directory directorio;
  private final AnalizadorEspanol analizador = new AnalizadorEspanol();
  private final FacetsConfig configuracionFacetas = DocumentoIndice.configuracionFacetas();
  private final InterpreteConsulta interprete = new InterpreteConsulta(analizador);
  private final IndexWriter escritor;
  private final SearcherManager buscadores;
  private final AtomicBoolean cerrado = new AtomicBoolean();

  /** Read side: a use in progress; write side: {@link #close}. */
  private final ReentrantReadWriteLock usos = new ReentrantReadWriteLock();

  private final Permisos permisos = new Permisos();
  private final int hilosIndexacion = Runtime.getRuntime().availableProcessors();

  /** Helper threads for large batches (one less than the cores); null on one core. */
  private final ExecutorService ayudantes;

  /**
   * Helper threads for the slices of a search (one less than the cores; the searching thread works
   * too and takes back slices no helper has started); null on one core.
   */
  private final ExecutorService hilosBusqueda;

  /** Opens the index in this directory (created if missing), or creates an empty one there. */
  public LuceneSearchIndex(Path carpeta) {
    this.hilosBusqueda =
        hilosIndexacion > 1 ? hilos("busqueda-archivo-", hilosIndexacion - 1) : null;
    this.ayudantes = hilosIndexacion > 1 ? hilos("indice-archivo-", hilosIndexacion - 1) : null;
    Directory dir = null;
    IndexWriter w = null;
    try {
      Files.createDirectories(carpeta);
      dir = FSDirectory.open(carpeta); // MMapDirectory on a 64-bit JVM
      w = abrirEscritor(dir, this::configuracion);
      this.buscadores = new SearcherManager(w, true, false, new FabricaBuscadores());
      this.directorio = dir;
      this.escritor = w;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(w, dir, analizador);
      apagar();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("No se pudo abrir el índice en " + carpeta, io);
      }
      throw (RuntimeException) e;
    }
  }

  private IndexWriterConfig configuracion() {
    return new IndexWriterConfig(analizador)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(BUFFER_MB)
        .setUseCompoundFile(false)
        .setCommitOnClose(true);
  }

  /**
   * The writer, once the write lock is free: within {@link #ESPERA_DEL_CANDADO} the instance that
   * holds it in this JVM is expected to close; another process holding it is an error at once.
   */
  private static IndexWriter abrirEscritor(Directory dir, Supplier<IndexWriterConfig> configuracion)
      throws IOException {
    long limite = System.nanoTime() + ESPERA_DEL_CANDADO.toNanos();
    while (true) {
      try {
        return new IndexWriter(dir, configuracion.get()); // a configuration serves one writer
      } catch (OverlappingFileLockException | LockObtainFailedException e) {
        boolean enEstaJvm =
            e instanceof OverlappingFileLockException
                || String.valueOf(e.getMessage()).contains("this virtual machine");
        if (!enEstaJvm || System.nanoTime() > limite) {
          throw new IOException(
              "El índice está en uso por "
                  + (enEstaJvm ? "otra instancia en este servidor" : "otro proceso")
                  + " y no se liberó",
              e);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrumpido mientras esperaba el índice", ie);
        }
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>A batch of at least {@code 2 × }{@link #PARTE_MINIMA} entries is split across the machine's
   * cores (the calling thread works on one part and takes back any part no helper has started), so
   * one thread loading the archive uses every core. An id repeated in the batch keeps its last
   * entry.
   */
  @Override
  public void indexar(Collection<EntradaIndice> entradas) {
    try (Uso enUso = usar()) {
      List<EntradaIndice> unicas = sinRepetidos(entradas);
      int partes = ayudantes == null ? 1 : Math.min(hilosIndexacion, unicas.size() / PARTE_MINIMA);
      if (partes <= 1) {
        indexarParte(unicas);
        return;
      }
      int tamano = (unicas.size() + partes - 1) / partes;
      List<FutureTask<Void>> otras = new ArrayList<>(partes - 1);
      for (int desde = tamano; desde < unicas.size(); desde += tamano) {
        List<EntradaIndice> parte = unicas.subList(desde, Math.min(unicas.size(), desde + tamano));
        FutureTask<Void> tarea = new FutureTask<>(() -> indexarParte(parte), null);
        otras.add(tarea);
        ayudantes.execute(tarea);
      }
      RuntimeException error = null;
      try {
        indexarParte(unicas.subList(0, tamano));
      } catch (RuntimeException e) {
        error = e;
      }
      for (FutureTask<Void> tarea : otras) {
        tarea.run(); // does nothing if a helper already took it
        try {
          tarea.get();
        } catch (ExecutionException e) {
          Throwable causa = e.getCause();
          if (causa instanceof Error grave) {
            throw grave;
          }
          RuntimeException r =
              causa instanceof RuntimeException re ? re : new IllegalStateException(causa);
          if (error == null) {
            error = r;
          } else {
            error.addSuppressed(r);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Indexación interrumpida", e);
        }
      }
      if (error != null) {
        throw error;
      }
    }
  }

  private void indexarParte(List<EntradaIndice> entradas) {
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

  /** The batch with each id once (its last entry), in order; the same list when ids are unique. */
  static List<EntradaIndice> sinRepetidos(Collection<EntradaIndice> entradas) {
    List<EntradaIndice> lista = List.copyOf(entradas);
    Map<String, Integer> ultima = new HashMap<>(lista.size() * 2);
    for (int i = 0; i < lista.size(); i++) {
      ultima.put(lista.get(i).id(), i);
    }
    if (ultima.size() == lista.size()) {
      return lista;
    }
    List<EntradaIndice> unicas = new ArrayList<>(ultima.size());
    for (int i = 0; i < lista.size(); i++) {
      if (ultima.get(lista.get(i).id()) == i) {
        unicas.add(lista.get(i));
      }
    }
    return unicas;
  }

  @Override
  public void eliminar(Collection<String> ids) {
    try (Uso enUso = usar()) {
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
  }

  @Override
  public void eliminarExpediente(String expediente) {
    try (Uso enUso = usar()) {
      try {
        escritor.deleteDocuments(
            new Term(Campos.EXPEDIENTE, Campos.acotar(Campos.normalizarExpediente(expediente))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void vaciar() {
    try (Uso enUso = usar()) {
      try {
        escritor.deleteAll();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void confirmar() {
    try (Uso enUso = usar()) {
      try {
        escritor.commit();
        // Blocking: when two threads confirm at once, each returns with its own changes visible.
        buscadores.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public long contar() {
    try (Uso enUso = usar()) {
      IndexSearcher s = adquirir();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        liberar(s);
      }
    }
  }

  @Override
  public Map<String, Long> contarPorClase() {
    try (Uso enUso = usar()) {
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
  }

  @Override
  public Resultado buscar(Consulta consulta) {
    try (Uso enUso = usar()) {
      long inicio = System.nanoTime();
      Buscador indice = (Buscador) adquirir();
      try {
        Lector lector = consulta.lector();
        if (indice.getIndexReader().numDocs() == 0
            || (!lector.sinRestriccion() && lector.credenciales().isEmpty())) {
          return new Resultado(0, List.of(), facetasVacias(), milisDesde(inicio));
        }
        // A restricted lector searches a view of the index where what they may not see is deleted.
        Buscador s = lector.sinRestriccion() ? indice : visible(indice, lector.credenciales());
        InterpreteConsulta.Interpretacion texto = interprete.interpretar(consulta.texto());
        Query base = base(texto.consulta(), consulta);
        Map<String, Set<String>> filtros = filtros(consulta.filtros());

        // One pass over every match: the page's best hits (by score or date), the exact total and
        // the facet counts; with filters, drill-sideways counts for the filtered facets.
        boolean porRelevancia =
            texto.consulta() != null && consulta.orden() == Consulta.Orden.RELEVANCIA;
        int cuantos =
            (int)
                Math.min(
                    Math.min((long) consulta.inicio() + consulta.tamano(), VENTANA_MAXIMA),
                    Math.max(1, s.getIndexReader().maxDoc()));
        CollectorManager<?, ? extends TopDocs> pagina =
            porRelevancia
                ? new TopScoreDocCollectorManager(cuantos, null, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(
                    ordenPorFecha(consulta.orden()), cuantos, null, Integer.MAX_VALUE);
        ContadorFacetas contador = new ContadorFacetas(s.estadoFacetas);
        MultiCollectorManager principal = new MultiCollectorManager(pagina, contador);

        Object[] resultados;
        Map<String, ContadorFacetas.Cuentas> laterales = Map.of();
        if (filtros.isEmpty()) {
          resultados = s.search(base, principal);
        } else {
          DrillDownQuery conFiltros = new DrillDownQuery(configuracionFacetas, base);
          filtros.forEach((faceta, valores) -> valores.forEach(v -> conFiltros.add(faceta, v)));
          List<ContadorFacetas> contadoresLaterales = new ArrayList<>();
          for (int i = 0; i < filtros.size(); i++) {
            contadoresLaterales.add(contador);
          }
          DrillSideways.Result<Object[], ContadorFacetas.Cuentas> r =
              new DrillSideways(s, configuracionFacetas, (SortedSetDocValuesReaderState) null)
                  .search(conFiltros, principal, contadoresLaterales);
          resultados = r.drillDownResult();
          // DrillDownQuery numbers its facets in the order they were first added.
          laterales = new LinkedHashMap<>();
          int i = 0;
          for (String faceta : filtros.keySet()) {
            laterales.put(faceta, r.drillSidewaysResults().get(i++));
          }
        }
        TopDocs mejores = (TopDocs) resultados[0];
        ContadorFacetas.Cuentas cuentas = (ContadorFacetas.Cuentas) resultados[1];
        List<Resultado.Hallazgo> hallazgos =
            hallazgos(s, texto, mejores.scoreDocs, consulta.inicio(), porRelevancia);

        Map<String, ContadorFacetas.Cuentas> porFaceta = laterales;
        List<String> nombres = Facetas.TODAS;
        Map<String, List<Resultado.Faceta>> facetas =
            s.estadoFacetas.mejores(
                f -> porFaceta.getOrDefault(nombres.get(f), cuentas).porValor(),
                VALORES_POR_FACETA);
        return new Resultado(cuentas.total(), hallazgos, facetas, milisDesde(inicio));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        liberar(indice);
      }
    }
  }

  /** The searcher over what these credenciales may see, kept per refresh for the last ones used. */
  private Buscador visible(Buscador indice, Set<String> credenciales) throws IOException {
    Buscador visible = indice.visibles.get(credenciales);
    if (visible == null) {
      visible =
          new Buscador(
              permisos.visible((DirectoryReader) indice.getIndexReader(), credenciales),
              hilosBusqueda,
              indice.estadoFacetas);
      indice.visibles.put(credenciales, visible);
    }
    return visible;
  }

  /** The text (or everything) within the date range. */
  private static Query base(Query texto, Consulta consulta) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(texto != null ? texto : new MatchAllDocsQuery(), Occur.MUST);
    boolean soloTexto = true;
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
          limpios.add(Campos.acotar(v.strip()));
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
      IndexSearcher s,
      InterpreteConsulta.Interpretacion texto,
      ScoreDoc[] mejores,
      int desde,
      boolean conPuntaje)
      throws IOException {
    if (desde >= mejores.length) {
      return List.of();
    }
    int n = mejores.length - desde;
    int[] docs = new int[n];
    for (int i = 0; i < n; i++) {
      docs[i] = mejores[desde + i].doc;
    }
    // The text's snippet (with its page) where the text matched, else the text's start; the
    // title's when there is no text.
    Resaltador resaltador = new Resaltador(s, analizador);
    Object[] fragmentos = resaltador.fragmentos(Campos.TEXTO, texto.resaltado(Campos.TEXTO), docs);
    List<Integer> sinTexto = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (fragmentos[i] == null) {
        sinTexto.add(i);
      }
    }
    if (!sinTexto.isEmpty()) {
      int[] docsTitulo = sinTexto.stream().mapToInt(i -> docs[i]).toArray();
      Object[] deTitulo =
          resaltador.fragmentos(Campos.TITULO, texto.resaltado(Campos.TITULO), docsTitulo);
      for (int j = 0; j < docsTitulo.length; j++) {
        FormateadorFragmento.Fragmento f = (FormateadorFragmento.Fragmento) deTitulo[j];
        fragmentos[sinTexto.get(j)] =
            f == null ? null : new FormateadorFragmento.Fragmento(f.html(), null);
      }
    }

    List<Resultado.Hallazgo> hallazgos = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document d = resaltador.guardado(docs[i]);
      if (d == null) {
        d = s.storedFields().document(docs[i]);
      }
      FormateadorFragmento.Fragmento fragmento = (FormateadorFragmento.Fragmento) fragmentos[i];
      IndexableField referencia = d.getField(Campos.REFERENCIA);
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
              referencia == null ? null : referencia.numericValue().longValue(),
              d.get(Campos.NOMBRE_ARCHIVO)));
    }
    return hallazgos;
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

  /** One use of the open index, from start to end; {@link #close} waits for those in progress. */
  interface Uso extends AutoCloseable {
    @Override
    void close();
  }

  /** Starts a use of the index (every public method is one); refused once it is closed. */
  Uso usar() {
    Lock lectura = usos.readLock();
    lectura.lock();
    if (cerrado.get()) {
      lectura.unlock();
      throw new IllegalStateException("El índice está cerrado");
    }
    return lectura::unlock;
  }

  /**
   * Commits what was indexed and releases the index (idempotent). Uses already in progress (a
   * thread adding documents, a search) finish first, for {@link #ESPERA_AL_CERRAR} at most: a
   * writer closed while another thread adds documents may fail to commit. Whatever happens, the
   * index's write lock is released, so that the next instance (a redeployment in the same server)
   * can open it.
   */
  @Override
  public void close() throws IOException {
    if (!cerrado.compareAndSet(false, true)) {
      return;
    }
    Lock escritura = usos.writeLock();
    boolean esperado;
    try {
      esperado = escritura.tryLock(ESPERA_AL_CERRAR.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      esperado = false;
    }
    if (!esperado) {
      LOG.warning(
          "Se cierra el índice sin esperar más a los usos en curso (" + ESPERA_AL_CERRAR + ")");
    }
    try {
      apagar();
      try {
        IOUtils.close(buscadores, escritor); // the writer commits on close
      } catch (IOException | RuntimeException e) {
        // rollback releases the write lock even when the commit failed
        IOUtils.closeWhileHandlingException(escritor::rollback);
        throw e;
      } finally {
        IOUtils.close(directorio, analizador);
      }
    } finally {
      if (esperado) {
        escritura.unlock();
      }
    }
  }

  private void apagar() {
    if (ayudantes != null) {
      ayudantes.shutdown();
    }
    if (hilosBusqueda != null) {
      hilosBusqueda.shutdown();
    }
  }

  private static ExecutorService hilos(String prefijo, int hilos) {
    AtomicInteger numero = new AtomicInteger();
    return Executors.newFixedThreadPool(
        hilos,
        tarea -> {
          Thread t = new Thread(tarea, prefijo + numero.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** A searcher with its reader's facet values, built once per refresh. */
  static final class Buscador extends IndexSearcher {
    final EstadoFacetas estadoFacetas;

    /** Views of this reader per set of credenciales ({@link Permisos}), the last ones used. */
    final Map<Set<String>, Buscador> visibles =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<Set<String>, Buscador> e) {
                return size() > Permisos.CREDENCIALES_EN_MEMORIA;
              }
            });

    Buscador(IndexReader lector, Executor hilos, EstadoFacetas estadoFacetas) {
      super(lector, hilos);
      this.estadoFacetas = estadoFacetas;
    }

    /**
     * About four slices (two per helper and the caller on two cores) instead of Lucene's default of
     * 250,000 documents each, so that a large search is split even in a middle-sized index.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> hojas) {
      int documentos = 0;
      for (LeafReaderContext hoja : hojas) {
        documentos += hoja.reader().maxDoc();
      }
      int porTrozo = Math.max(DOCUMENTOS_MINIMOS_POR_TROZO, documentos / TROZOS + 1);
      return slices(hojas, porTrozo, 16);
    }
  }

  private final class FabricaBuscadores extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader lector, IndexReader anterior) throws IOException {
      return new Buscador(lector, hilosBusqueda, EstadoFacetas.de(lector));
    }
  }
}
