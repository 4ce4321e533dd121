package pe.gob.minem.tramite.archivo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.search.Query;
import org.opensearch.client.Request;
import org.opensearch.client.RequestOptions;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

/**
 * The archive's index on an OpenSearch 2.x cluster, behind the same interface and with the same
 * behaviour as {@link LuceneSearchIndex} (ADR 0040), over HTTP with OpenSearch's low-level REST
 * client.
 *
 * <ul>
 *   <li>The index is created when missing with {@link #ajustes}: an analyser equivalent to {@link
 *       AnalizadorEspanol} (standard tokenizer; {@link SeparadorNombres} as a character filter that
 *       turns {@code .}, {@code :} and {@code _} inside a word with a letter into spaces;
 *       lowercase; the same stop words; ASCII folding; the light Spanish stemmer), the exact fields
 *       of {@link Campos} as keywords normalised here as Lucene's are, one keyword per facet, the
 *       date as an epoch day; what a hit shows kept in {@code _source} only ({@code mostrar}, not
 *       indexed). Its refresh interval is {@code -1}: changes are seen after {@link #confirmar()}
 *       (a refresh), as in Lucene.
 *   <li>The text query is {@link InterpreteConsulta}'s, written as query DSL ({@link
 *       ConsultaOpenSearch}); permissions are a {@code terms} filter on {@code lectores}; facets
 *       are {@code terms} aggregations (most frequent first, ties by value, 20 each); with filters,
 *       the hits and {@code total} take every filter ({@code post_filter}) and each filtered facet
 *       is counted with the other filters only (drill sideways, as in Lucene).
 *   <li>Snippets are made here from the hit's text by the same highlighter as Lucene's ({@link
 *       Resaltador} analysing the text instead of reading offsets), so that they and their page are
 *       the same.
 * </ul>
 */
public final class OpenSearchSearchIndex implements SearchIndex {

  private static final Logger LOG = Logger.getLogger(OpenSearchSearchIndex.class.getName());

  /** Deepest result a page may reach, as {@link LuceneSearchIndex#VENTANA_MAXIMA}. */
  static final int VENTANA_MAXIMA = LuceneSearchIndex.VENTANA_MAXIMA;

  static final int VALORES_POR_FACETA = LuceneSearchIndex.VALORES_POR_FACETA;

  /** A bulk request is sent when it reaches this size (OpenSearch accepts 100 MB by default). */
  static final int BYTES_POR_LOTE = 8 * 1024 * 1024;

  /** Bulk requests of one large batch sent at once. */
  static final int ENVIOS_EN_PARALELO = 2;

  /** Longest a search, a bulk request or a refresh may take. */
  static final Duration ESPERA = Duration.ofMinutes(2);

  /** Longest a delete-by-query may take ({@link #vaciar} of a large archive). */
  static final Duration ESPERA_BORRADO = Duration.ofMinutes(30);

  /** Field with what a hit shows, kept in {@code _source} only. */
  static final String MOSTRAR = "mostrar";

  /** Object with one keyword per facet ({@link Facetas}). */
  static final String FACETAS = "facetas";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContentType NDJSON = ContentType.create("application/x-ndjson", "UTF-8");

  private final RestClient cliente;
  private final String nombre;
  private final AnalizadorEspanol analizador = new AnalizadorEspanol();
  private final InterpreteConsulta interprete = new InterpreteConsulta(analizador);
  private final AtomicBoolean cerrado = new AtomicBoolean();
  private final ReentrantReadWriteLock usos = new ReentrantReadWriteLock();

  /** Threads that send the other parts of a large batch ({@link #indexar}). */
  private final ExecutorService envios =
      Executors.newFixedThreadPool(
          ENVIOS_EN_PARALELO - 1,
          tarea -> {
            Thread t = new Thread(tarea, "indice-opensearch-envio");
            t.setDaemon(true);
            return t;
          });

  /**
   * Connects to the cluster and creates the index if it does not exist.
   *
   * @param urls one or more node addresses separated by commas ({@code http://127.0.0.1:9200})
   * @param usuario for HTTP basic authentication; null or blank for none
   * @param clave its password
   * @param nombre the index's name (lower case), e.g. {@code tramite-archivo}
   */
  public OpenSearchSearchIndex(String urls, String usuario, String clave, String nombre) {
    if (nombre == null || !nombre.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
      throw new IllegalArgumentException(
          "Nombre de índice OpenSearch no válido (minúsculas, dígitos, - _ .): " + nombre);
    }
    this.nombre = nombre;
    this.cliente = cliente(urls, usuario, clave);
    try {
      crearSiFalta();
    } catch (RuntimeException e) {
      envios.shutdown();
      try {
        cliente.close();
      } catch (IOException ex) {
        e.addSuppressed(ex);
      }
      throw e;
    }
  }

  private static RestClient cliente(String urls, String usuario, String clave) {
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("Falta la dirección de OpenSearch");
    }
    List<HttpHost> nodos = new ArrayList<>();
    for (String url : urls.split(",")) {
      if (!url.isBlank()) {
        URI u = URI.create(url.strip());
        nodos.add(new HttpHost(u.getHost(), u.getPort(), u.getScheme()));
      }
    }
    var constructor =
        RestClient.builder(nodos.toArray(HttpHost[]::new))
            .setRequestConfigCallback(
                c -> c.setConnectTimeout(5_000).setSocketTimeout((int) ESPERA.toMillis()));
    if (usuario != null && !usuario.isBlank()) {
      BasicCredentialsProvider credenciales = new BasicCredentialsProvider();
      credenciales.setCredentials(
          AuthScope.ANY, new UsernamePasswordCredentials(usuario, clave == null ? "" : clave));
      constructor.setHttpClientConfigCallback(h -> h.setDefaultCredentialsProvider(credenciales));
    }
    return constructor.build();
  }

  // --- index definition
  // ---------------------------------------------------------------------------

  /** Settings and mappings of the index (see the class comment). */
  static ObjectNode ajustes() {
    ObjectNode raiz = JSON.createObjectNode();
    ObjectNode ajustes = raiz.putObject("settings");
    ObjectNode indice = ajustes.putObject("index");
    indice.put("number_of_shards", 1);
    indice.put("number_of_replicas", 0);
    indice.put("refresh_interval", "-1");
    indice.put("max_result_window", VENTANA_MAXIMA);

    ObjectNode analisis = ajustes.putObject("analysis");
    ObjectNode separador = analisis.putObject("char_filter").putObject("separador_nombres");
    separador.put("type", "pattern_replace");
    // SeparadorNombres: . : _ touching a word (letters and digits joined by them) that has a
    // letter; numbers such as 1.500 or 1_000 stay whole. AnalisisOpenSearchTest compares both.
    separador.put(
        "pattern",
        "(?:(?<=[\\p{L}\\p{N}])[._:]+|[._:]+(?=[\\p{L}\\p{N}]))"
            + "(?:(?<=\\p{L}[\\p{L}\\p{N}._:]{0,100})|(?=[\\p{L}\\p{N}._:]{0,100}\\p{L}))");
    separador.put("replacement", " ");
    ObjectNode filtros = analisis.putObject("filter");
    ObjectNode vacias = filtros.putObject("vacias_es");
    vacias.put("type", "stop");
    ArrayNode palabras = vacias.putArray("stopwords");
    for (Object palabra : palabrasVacias()) {
      palabras.add(new String((char[]) palabra));
    }
    ObjectNode raices = filtros.putObject("raiz_es");
    raices.put("type", "stemmer");
    raices.put("language", "light_spanish");
    ObjectNode analizadorEs = analisis.putObject("analyzer").putObject("espanol_tramite");
    analizadorEs.put("type", "custom");
    analizadorEs.putArray("char_filter").add("separador_nombres");
    analizadorEs.put("tokenizer", "standard");
    analizadorEs
        .putArray("filter")
        .add("lowercase")
        .add("vacias_es")
        .add("asciifolding")
        .add("raiz_es");

    ObjectNode mapeo = raiz.putObject("mappings");
    mapeo.put("dynamic", "strict");
    ObjectNode campos = mapeo.putObject("properties");
    for (String exacto :
        List.of(
            Campos.ID,
            Campos.CLASE,
            Campos.EXPEDIENTE,
            Campos.NUMERO_EXACTO,
            Campos.DOCUMENTO_IDENTIDAD,
            Campos.LECTORES)) {
      campos.putObject(exacto).put("type", "keyword");
    }
    for (String analizado : List.of(Campos.TITULO, Campos.TEXTO, Campos.REMITENTE, Campos.NUMERO)) {
      campos.putObject(analizado).put("type", "text").put("analyzer", "espanol_tramite");
    }
    campos.putObject(Campos.FECHA).put("type", "long");
    ObjectNode facetas = campos.putObject(FACETAS).putObject("properties");
    for (String faceta : Facetas.TODAS) {
      facetas.putObject(faceta).put("type", "keyword");
    }
    campos.putObject(MOSTRAR).put("type", "object").put("enabled", false);
    return raiz;
  }

  /** The stop words of {@link AnalizadorEspanol}, each with and without accents. */
  private static CharArraySet palabrasVacias() {
    return AnalizadorEspanol.PALABRAS_VACIAS;
  }

  private void crearSiFalta() {
    Response existe = enviar(new Request("HEAD", "/" + nombre), 404);
    if (existe.getStatusLine().getStatusCode() == 200) {
      return;
    }
    Request crear = new Request("PUT", "/" + nombre);
    crear.setJsonEntity(ajustes().toString());
    Response r = enviar(crear, 400);
    if (r.getStatusLine().getStatusCode() == 400) {
      JsonNode error = leer(r);
      // another node of the portal created it at the same moment
      if (!"resource_already_exists_exception".equals(error.path("error").path("type").asText())) {
        throw new IllegalStateException(
            "OpenSearch no creó el índice " + nombre + ": " + error.path("error"));
      }
    } else {
      LOG.info("Índice del archivo creado en OpenSearch: " + nombre);
    }
  }

  // --- writes
  // ---------------------------------------------------------------------------------------

  /**
   * {@inheritDoc}
   *
   * <p>Bulk requests of at most {@link #BYTES_POR_LOTE}; a batch of at least {@code 2 × }{@link
   * LuceneSearchIndex#PARTE_MINIMA} entries is sent in {@link #ENVIOS_EN_PARALELO} parts at once
   * (the calling thread sends one), so that the node indexes on several of its write threads. An id
   * repeated in the batch keeps its last entry.
   */
  @Override
  public void indexar(Collection<EntradaIndice> entradas) {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      List<EntradaIndice> unicas = LuceneSearchIndex.sinRepetidos(entradas);
      int partes = Math.min(ENVIOS_EN_PARALELO, unicas.size() / LuceneSearchIndex.PARTE_MINIMA);
      if (partes <= 1) {
        indexarParte(unicas);
        return;
      }
      int tamano = (unicas.size() + partes - 1) / partes;
      List<CompletableFuture<Void>> otras = new ArrayList<>();
      for (int desde = tamano; desde < unicas.size(); desde += tamano) {
        List<EntradaIndice> parte = unicas.subList(desde, Math.min(unicas.size(), desde + tamano));
        otras.add(CompletableFuture.runAsync(() -> indexarParte(parte), envios));
      }
      RuntimeException error = null;
      try {
        indexarParte(unicas.subList(0, tamano));
      } catch (RuntimeException e) {
        error = e;
      }
      for (CompletableFuture<Void> otra : otras) {
        try {
          otra.join();
        } catch (CompletionException e) {
          RuntimeException r =
              e.getCause() instanceof RuntimeException re
                  ? re
                  : new IllegalStateException(e.getCause());
          if (error == null) {
            error = r;
          } else {
            error.addSuppressed(r);
          }
        }
      }
      if (error != null) {
        throw error;
      }
    }
  }

  private void indexarParte(List<EntradaIndice> entradas) {
    StringBuilder lote = new StringBuilder();
    int enLote = 0;
    for (EntradaIndice e : entradas) {
      ObjectNode accion = JSON.createObjectNode();
      accion.putObject("index").put("_id", e.id());
      lote.append(accion).append('\n').append(documento(e)).append('\n');
      enLote++;
      if (lote.length() >= BYTES_POR_LOTE / 2) { // chars: up to 2 bytes each, mostly 1
        enviarLote(lote, enLote);
        lote.setLength(0);
        enLote = 0;
      }
    }
    if (enLote > 0) {
      enviarLote(lote, enLote);
    }
  }

  /** The JSON document of an entry (fields as {@link DocumentoIndice} indexes them). */
  static ObjectNode documento(EntradaIndice e) {
    ObjectNode d = JSON.createObjectNode();
    d.put(Campos.ID, e.id());
    d.put(Campos.CLASE, e.clase());
    d.put(Campos.EXPEDIENTE, Campos.acotar(Campos.normalizarExpediente(e.expediente())));
    if (!Campos.vacio(e.numeroDocumento())) {
      d.put(Campos.NUMERO_EXACTO, Campos.acotar(Campos.normalizarNumero(e.numeroDocumento())));
      d.put(Campos.NUMERO, e.numeroDocumento());
    }
    if (!Campos.vacio(e.documentoIdentidad())) {
      d.put(
          Campos.DOCUMENTO_IDENTIDAD,
          Campos.acotar(Campos.normalizarIdentidad(e.documentoIdentidad())));
    }
    if (!Campos.vacio(e.remitente())) {
      d.put(Campos.REMITENTE, e.remitente());
    }
    d.put(Campos.FECHA, e.fecha().toEpochDay());
    ArrayNode lectores = d.putArray(Campos.LECTORES);
    e.lectores().forEach(l -> lectores.add(Campos.acotar(l)));

    ObjectNode facetas = d.putObject(FACETAS);
    faceta(facetas, Facetas.ANIO, Integer.toString(e.fecha().getYear()));
    faceta(facetas, Facetas.UNIDAD, e.unidad());
    faceta(facetas, Facetas.PROCEDIMIENTO, e.procedimiento());
    faceta(facetas, Facetas.TIPO, e.tipoDocumento());
    faceta(facetas, Facetas.ESTADO, e.estado());
    faceta(facetas, Facetas.FIRMADO, e.firmado() ? "si" : "no");
    faceta(facetas, Facetas.ORIGEN, e.origen());
    faceta(facetas, Facetas.CLASE, e.clase());

    ObjectNode m = d.putObject(MOSTRAR);
    m.put(Campos.EXPEDIENTE, e.expediente());
    if (!Campos.vacio(e.numeroDocumento())) {
      m.put(Campos.NUMERO, e.numeroDocumento());
    }
    m.put(Campos.UNIDAD, e.unidad());
    m.put(Campos.TIPO, e.tipoDocumento());
    m.put(Campos.ESTADO, e.estado());
    m.put(Campos.FIRMADO, e.firmado());
    m.put(Campos.NIVEL, e.nivel().name());
    if (e.referencia() != null) {
      m.put(Campos.REFERENCIA, e.referencia());
    }
    m.put(Campos.NOMBRE_ARCHIVO, e.nombreArchivo());

    d.put(Campos.TITULO, e.titulo());
    d.put(Campos.TEXTO, e.texto());
    return d;
  }

  private static void faceta(ObjectNode facetas, String faceta, String valor) {
    if (!Campos.vacio(valor)) {
      facetas.put(faceta, Campos.acotar(valor.strip()));
    }
  }

  private void enviarLote(CharSequence lote, int acciones) {
    Request r = new Request("POST", "/" + nombre + "/_bulk");
    r.setEntity(new NStringEntity(lote.toString(), NDJSON));
    JsonNode respuesta = leer(enviar(r));
    if (respuesta.path("errors").asBoolean()) {
      for (JsonNode item : respuesta.path("items")) {
        JsonNode resultado = item.elements().next();
        JsonNode error = resultado.get("error");
        if (error != null) {
          throw new IllegalStateException(
              "OpenSearch rechazó la entrada "
                  + resultado.path("_id").asText()
                  + " (de un lote de "
                  + acciones
                  + "): "
                  + error);
        }
      }
    }
  }

  @Override
  public void eliminar(Collection<String> ids) {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      if (ids.isEmpty()) {
        return;
      }
      StringBuilder lote = new StringBuilder();
      for (String id : ids) {
        ObjectNode accion = JSON.createObjectNode();
        accion.putObject("delete").put("_id", id);
        lote.append(accion).append('\n');
      }
      enviarLote(lote, ids.size()); // an unknown id is "not_found", not an error
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>A delete-by-query: it removes the expediente's entries seen by searches (those of the last
   * {@link #confirmar()}), not entries added since and not yet confirmed (Lucene's removes those
   * too).
   */
  @Override
  public void eliminarExpediente(String expediente) {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      ObjectNode q = JSON.createObjectNode();
      q.putObject("query")
          .putObject("term")
          .put(Campos.EXPEDIENTE, Campos.acotar(Campos.normalizarExpediente(expediente)));
      borrarPorConsulta(q);
    }
  }

  /** {@inheritDoc} A delete-by-query of everything, seen by searches after {@link #confirmar()}. */
  @Override
  public void vaciar() {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      ObjectNode q = JSON.createObjectNode();
      q.putObject("query").putObject("match_all");
      borrarPorConsulta(q);
    }
  }

  private void borrarPorConsulta(ObjectNode consulta) {
    Request r =
        new Request(
            "POST", "/" + nombre + "/_delete_by_query?conflicts=proceed&slices=auto&refresh=false");
    r.setJsonEntity(consulta.toString());
    r.setOptions(conEspera(ESPERA_BORRADO));
    JsonNode respuesta = leer(enviar(r));
    JsonNode fallos = respuesta.path("failures");
    if (fallos.isArray() && !fallos.isEmpty()) {
      throw new IllegalStateException("OpenSearch no borró todo: " + fallos.get(0));
    }
  }

  /** A refresh: what was indexed or removed is seen by new searches (the translog keeps it). */
  @Override
  public void confirmar() {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      refrescar();
    }
  }

  private void refrescar() {
    enviar(new Request("POST", "/" + nombre + "/_refresh"));
  }

  // --- reads
  // ----------------------------------------------------------------------------------------

  @Override
  public long contar() {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      return leer(enviar(new Request("GET", "/" + nombre + "/_count"))).path("count").asLong();
    }
  }

  @Override
  public Map<String, Long> contarPorClase() {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      ObjectNode cuerpo = JSON.createObjectNode();
      cuerpo.put("size", 0);
      cuerpo.put("track_total_hits", false);
      cuerpo
          .putObject("aggs")
          .putObject("clases")
          .putObject("terms")
          .put("field", Campos.CLASE)
          .put("size", 1000);
      Map<String, Long> porClase = new TreeMap<>();
      for (JsonNode b : buscarJson(cuerpo).path("aggregations").path("clases").path("buckets")) {
        porClase.put(b.path("key").asText(), b.path("doc_count").asLong());
      }
      return porClase;
    }
  }

  @Override
  public Resultado buscar(Consulta consulta) {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      long inicio = System.nanoTime();
      Lector lector = consulta.lector();
      if (!lector.sinRestriccion() && lector.credenciales().isEmpty()) {
        return new Resultado(0, List.of(), facetasVacias(), milisDesde(inicio));
      }
      InterpreteConsulta.Interpretacion texto = interprete.interpretar(consulta.texto());
      Map<String, Set<String>> filtros = filtros(consulta.filtros());
      boolean porRelevancia =
          texto.consulta() != null && consulta.orden() == Consulta.Orden.RELEVANCIA;

      ObjectNode cuerpo = JSON.createObjectNode();
      int hasta = (int) Math.min((long) consulta.inicio() + consulta.tamano(), VENTANA_MAXIMA);
      int cuantos = Math.max(0, hasta - consulta.inicio());
      cuerpo.put("from", cuantos == 0 ? 0 : consulta.inicio());
      cuerpo.put("size", cuantos);
      cuerpo.put("track_total_hits", true);
      cuerpo.set("query", base(texto.consulta(), consulta));
      if (porRelevancia) {
        cuerpo.putArray("sort").add("_score").add("_doc");
      } else {
        ArrayNode orden = cuerpo.putArray("sort");
        orden
            .addObject()
            .putObject(Campos.FECHA)
            .put("order", consulta.orden() == Consulta.Orden.FECHA_ANTIGUA ? "asc" : "desc");
        orden.add("_doc");
      }
      if (!filtros.isEmpty()) {
        cuerpo.set("post_filter", filtrosDeFacetas(filtros, null));
      }
      ObjectNode aggs = cuerpo.putObject("aggs");
      for (String faceta : Facetas.TODAS) {
        ObjectNode terminos = JSON.createObjectNode();
        ObjectNode t = terminos.putObject("terms");
        t.put("field", FACETAS + "." + faceta);
        t.put("size", VALORES_POR_FACETA);
        ArrayNode orden = t.putArray("order");
        orden.addObject().put("_count", "desc");
        orden.addObject().put("_key", "asc");
        if (filtros.isEmpty()) {
          aggs.set(faceta, terminos);
        } else {
          // drill sideways: the other facets' filters, not its own
          ObjectNode conFiltro = aggs.putObject(faceta);
          conFiltro.set("filter", filtrosDeFacetas(filtros, faceta));
          conFiltro.putObject("aggs").set("valores", terminos);
        }
      }

      JsonNode respuesta = buscarJson(cuerpo);
      long total = respuesta.path("hits").path("total").path("value").asLong();
      List<Resultado.Hallazgo> hallazgos =
          hallazgos(respuesta.path("hits").path("hits"), texto, porRelevancia);
      Map<String, List<Resultado.Faceta>> facetas = new LinkedHashMap<>();
      JsonNode agregados = respuesta.path("aggregations");
      for (String faceta : Facetas.TODAS) {
        JsonNode a = agregados.path(faceta);
        JsonNode cubos = filtros.isEmpty() ? a.path("buckets") : a.path("valores").path("buckets");
        List<Resultado.Faceta> valores = new ArrayList<>();
        for (JsonNode b : cubos) {
          valores.add(new Resultado.Faceta(b.path("key").asText(), b.path("doc_count").asLong()));
        }
        facetas.put(faceta, List.copyOf(valores));
      }
      return new Resultado(total, hallazgos, facetas, milisDesde(inicio));
    }
  }

  /** The text (or everything) within the date range, among what the lector may see. */
  private static ObjectNode base(Query texto, Consulta consulta) {
    ObjectNode q = JSON.createObjectNode();
    ObjectNode bool = q.putObject("bool");
    if (texto != null) {
      bool.putArray("must").add(ConsultaOpenSearch.traducir(texto));
    } else {
      bool.putArray("must").addObject().putObject("match_all");
    }
    ArrayNode filtro = bool.putArray("filter");
    if (!consulta.lector().sinRestriccion()) {
      filtro.add(
          ConsultaOpenSearch.terminos(
              Campos.LECTORES,
              consulta.lector().credenciales().stream().map(Campos::acotar).toList()));
    }
    if (consulta.desde() != null || consulta.hasta() != null) {
      ObjectNode rango = filtro.addObject().putObject("range").putObject(Campos.FECHA);
      if (consulta.desde() != null) {
        rango.put("gte", consulta.desde().toEpochDay());
      }
      if (consulta.hasta() != null) {
        rango.put("lte", consulta.hasta().toEpochDay());
      }
    }
    return q;
  }

  /** Every facet's filter (OR inside a facet) but {@code salvo}'s, ANDed. */
  private static ObjectNode filtrosDeFacetas(Map<String, Set<String>> filtros, String salvo) {
    ObjectNode q = JSON.createObjectNode();
    ArrayNode todos = q.putObject("bool").putArray("filter");
    filtros.forEach(
        (faceta, valores) -> {
          if (!faceta.equals(salvo)) {
            todos.add(ConsultaOpenSearch.terminos(FACETAS + "." + faceta, List.copyOf(valores)));
          }
        });
    return q;
  }

  /** Known facets with at least one value; unknown names are ignored (as in Lucene). */
  private static Map<String, Set<String>> filtros(Map<String, Set<String>> pedidos) {
    Map<String, Set<String>> filtros = new LinkedHashMap<>();
    for (String faceta : Facetas.TODAS) {
      Set<String> valores = pedidos.get(faceta);
      if (valores == null) {
        continue;
      }
      Set<String> limpios = new LinkedHashSet<>();
      for (String v : valores) {
        if (!Campos.vacio(v)) {
          limpios.add(Campos.acotar(v.strip()));
        }
      }
      if (!limpios.isEmpty()) {
        filtros.put(faceta, limpios);
      }
    }
    return filtros;
  }

  private List<Resultado.Hallazgo> hallazgos(
      JsonNode aciertos, InterpreteConsulta.Interpretacion texto, boolean conPuntaje) {
    List<Resultado.Hallazgo> hallazgos = new ArrayList<>(aciertos.size());
    Resaltador resaltador = new Resaltador(analizador);
    Query enTexto = texto.resaltado(Campos.TEXTO);
    Query enTitulo = texto.resaltado(Campos.TITULO);
    try {
      for (JsonNode a : aciertos) {
        JsonNode d = a.path("_source");
        JsonNode m = d.path(MOSTRAR);
        String titulo = d.path(Campos.TITULO).asText("");
        // The text's snippet (with its page) where the text matched, else the text's start; the
        // title's when there is no text.
        FormateadorFragmento.Fragmento fragmento =
            resaltador.fragmento(Campos.TEXTO, enTexto, guardado(d.path(Campos.TEXTO).asText("")));
        if (fragmento == null) {
          FormateadorFragmento.Fragmento deTitulo =
              resaltador.fragmento(Campos.TITULO, enTitulo, titulo);
          fragmento =
              deTitulo == null ? null : new FormateadorFragmento.Fragmento(deTitulo.html(), null);
        }
        JsonNode referencia = m.get(Campos.REFERENCIA);
        hallazgos.add(
            new Resultado.Hallazgo(
                d.path(Campos.ID).asText(),
                d.path(Campos.CLASE).asText(),
                m.path(Campos.EXPEDIENTE).asText(),
                texto(m, Campos.NUMERO),
                titulo,
                fragmento == null ? "" : fragmento.html(),
                fragmento == null ? null : fragmento.pagina(),
                conPuntaje ? (float) a.path("_score").asDouble() : 0f,
                LocalDate.ofEpochDay(d.path(Campos.FECHA).asLong()),
                texto(m, Campos.UNIDAD),
                texto(m, Campos.TIPO),
                texto(m, Campos.ESTADO),
                m.path(Campos.FIRMADO).asBoolean(),
                Nivel.valueOf(m.path(Campos.NIVEL).asText()),
                referencia == null || referencia.isNull() ? null : referencia.asLong(),
                texto(m, Campos.NOMBRE_ARCHIVO)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string does not fail
    }
    return hallazgos;
  }

  private static String texto(JsonNode nodo, String campo) {
    JsonNode v = nodo.get(campo);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The text as Lucene stores it: cut at {@link Campos#TEXTO_GUARDADO_MAXIMO}. */
  private static String guardado(String texto) {
    if (texto.length() <= Campos.TEXTO_GUARDADO_MAXIMO) {
      return texto;
    }
    int corte = Campos.TEXTO_GUARDADO_MAXIMO;
    if (Character.isHighSurrogate(texto.charAt(corte - 1))) {
      corte--;
    }
    return texto.substring(0, corte);
  }

  private JsonNode buscarJson(ObjectNode cuerpo) {
    Request r = new Request("POST", "/" + nombre + "/_search");
    r.setJsonEntity(cuerpo.toString());
    return leer(enviar(r));
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

  // --- HTTP
  // -----------------------------------------------------------------------------------------

  private static RequestOptions conEspera(Duration espera) {
    return RequestOptions.DEFAULT.toBuilder()
        .setRequestConfig(
            RequestConfig.custom()
                .setConnectTimeout(5_000)
                .setSocketTimeout((int) espera.toMillis())
                .build())
        .build();
  }

  /** Sends the request; an HTTP error other than {@code aceptados} is an exception. */
  private Response enviar(Request r, int... aceptados) {
    try {
      return cliente.performRequest(r);
    } catch (ResponseException e) {
      Response respuesta = e.getResponse();
      int estado = respuesta.getStatusLine().getStatusCode();
      for (int aceptado : aceptados) {
        if (estado == aceptado) {
          return respuesta;
        }
      }
      String detalle;
      try {
        detalle = respuesta.getEntity() == null ? "" : EntityUtils.toString(respuesta.getEntity());
      } catch (IOException ex) {
        detalle = "";
      }
      throw new IllegalStateException(
          "OpenSearch respondió "
              + estado
              + " a "
              + r.getMethod()
              + " "
              + r.getEndpoint()
              + ": "
              + recortar(detalle),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo hablar con OpenSearch (" + nombre + ")", e);
    }
  }

  private static String recortar(String texto) {
    return texto.length() <= 2_000 ? texto : texto.substring(0, 2_000) + "…";
  }

  private static JsonNode leer(Response r) {
    try {
      if (r.getEntity() == null) {
        return JSON.createObjectNode();
      }
      return JSON.readTree(r.getEntity().getContent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- life cycle
  // -----------------------------------------------------------------------------------

  private LuceneSearchIndex.Uso usar() {
    Lock lectura = usos.readLock();
    lectura.lock();
    if (cerrado.get()) {
      lectura.unlock();
      throw new IllegalStateException("El índice está cerrado");
    }
    return lectura::unlock;
  }

  /**
   * Makes what was indexed visible (as Lucene's close commits it) and releases the connections
   * (idempotent), after the uses in progress, for {@link LuceneSearchIndex#ESPERA_AL_CERRAR} at
   * most.
   */
  @Override
  public void close() throws IOException {
    cerrar(true);
  }

  private void cerrar(boolean refrescarAntes) throws IOException {
    if (!cerrado.compareAndSet(false, true)) {
      return;
    }
    Lock escritura = usos.writeLock();
    boolean esperado;
    try {
      esperado =
          escritura.tryLock(LuceneSearchIndex.ESPERA_AL_CERRAR.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      esperado = false;
    }
    try {
      if (refrescarAntes) {
        try {
          refrescar();
        } catch (RuntimeException e) {
          LOG.warning("Al cerrar el índice OpenSearch " + nombre + ": " + e);
        }
      }
      cliente.close();
    } finally {
      envios.shutdown();
      analizador.close();
      if (esperado) {
        escritura.unlock();
      }
    }
  }

  /** Removes the whole index from the cluster (tests, benchmark); the instance is closed too. */
  public void borrarIndice() throws IOException {
    try (LuceneSearchIndex.Uso enUso = usar()) {
      enviar(new Request("DELETE", "/" + nombre), 404);
    }
    cerrar(false); // after the use above: closing waits for the uses in progress
  }

  @Override
  public String toString() {
    return "OpenSearchSearchIndex[" + nombre + "]";
  }
}
