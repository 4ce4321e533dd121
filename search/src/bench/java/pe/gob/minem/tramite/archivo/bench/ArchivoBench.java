package pe.gob.minem.tramite.archivo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.archivo.Facetas;
import pe.gob.minem.tramite.archivo.OpenSearchSearchIndex;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.archivo.SearchIndex;

/**
 * The archive search benchmark: one synthetic corpus (deterministic, streamed), loaded into the
 * project's Lucene index and into PostgreSQL full-text search, then the same query classes on
 * both (and optionally through the portal's REST API). Settings come from the environment (see
 * bench/archivo/archivo-bench.sh); the report is Markdown on stdout and in $WORKDIR/informe.md.
 */
public final class ArchivoBench {

  /** CPU time of the searching thread and of the index's own search threads. */
  private static final ThreadMXBean HILOS = ManagementFactory.getThreadMXBean();

  /** The ids of the live threads whose name starts with this prefix (the index's search pool). */
  static long[] hilosAyudantes(String prefijo) {
    long[] ids = HILOS.getAllThreadIds();
    return Arrays.stream(HILOS.getThreadInfo(ids))
        .filter(i -> i != null && i.getThreadName().startsWith(prefijo))
        .mapToLong(java.lang.management.ThreadInfo::getThreadId)
        .toArray();
  }

  /** CPU nanoseconds of this thread plus those threads, so far. */
  static long cpu(long[] ayudantes) {
    long t = HILOS.getCurrentThreadCpuTime();
    for (long id : ayudantes) {
      long c = HILOS.getThreadCpuTime(id);
      if (c > 0) {
        t += c;
      }
    }
    return t;
  }

  private final StringBuilder informe = new StringBuilder();
  private final Path trabajo;
  private final List<Medida> medidas = new ArrayList<>();
  private final List<String> cargas = new ArrayList<>();
  private final List<String> notas = new ArrayList<>();

  /** 1-minute load average sampled every 5 s, per phase: the other work on the machine. */
  private final Map<String, List<Double>> cargaPorFase = new LinkedHashMap<>();

  private volatile String fase = "corpus";

  private void muestrearCarga() {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  double c = Double.parseDouble(carga().split(" ")[0]);
                  synchronized (cargaPorFase) {
                    cargaPorFase.computeIfAbsent(fase, k -> new ArrayList<>()).add(c);
                  }
                  Thread.sleep(5000);
                } catch (InterruptedException | RuntimeException e) {
                  return;
                }
              }
            },
            "carga");
    t.setDaemon(true);
    t.start();
  }

  private ArchivoBench(Path trabajo) {
    this.trabajo = trabajo;
  }

  static String env(String k, String porOmision) {
    String v = System.getenv(k);
    return v == null || v.isBlank() ? porOmision : v.strip();
  }

  static long envLong(String k, long porOmision) {
    return Long.parseLong(env(k, Long.toString(porOmision)).replace("_", ""));
  }

  static boolean envSi(String k) {
    String v = env(k, "0");
    return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("si");
  }

  private void decir(String linea) {
    System.out.println(linea);
    System.out.flush();
    informe.append(linea).append('\n');
    try {
      Files.writeString(trabajo.resolve("informe.md"), informe, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void log(String s) {
    System.err.printf(Locale.ROOT, "[archivo-bench %tT] %s%n", System.currentTimeMillis(), s);
  }

  private static String carga() {
    try {
      String[] p = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return p[0] + " " + p[1] + " " + p[2];
    } catch (IOException e) {
      return "?";
    }
  }

  /** The corpus, generated in a producer thread, in batches (the consumer only indexes). */
  static Iterable<List<EntradaIndice>> lotes(Corpus corpus, long n, int lote) {
    return () -> {
      BlockingQueue<List<EntradaIndice>> cola = new ArrayBlockingQueue<>(16);
      List<EntradaIndice> fin = List.of();
      Thread productor =
          new Thread(
              () -> {
                try {
                  List<EntradaIndice> l = new ArrayList<>(lote);
                  for (long i = 0; i < n; i++) {
                    l.add(corpus.documento(i));
                    if (l.size() == lote) {
                      cola.put(l);
                      l = new ArrayList<>(lote);
                    }
                  }
                  if (!l.isEmpty()) {
                    cola.put(l);
                  }
                  cola.put(fin);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "generador");
      productor.setDaemon(true);
      productor.start();
      return new Iterator<>() {
        List<EntradaIndice> siguiente;

        @Override
        public boolean hasNext() {
          if (siguiente == null) {
            try {
              siguiente = cola.take();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          }
          return !siguiente.isEmpty();
        }

        @Override
        public List<EntradaIndice> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          List<EntradaIndice> l = siguiente;
          siguiente = null;
          return l;
        }
      };
    };
  }

  static Iterable<EntradaIndice> entradas(Corpus corpus, long n, int lote) {
    return () -> planas(corpus, n, lote);
  }

  private static Iterator<EntradaIndice> planas(Corpus corpus, long n, int lote) {
    Iterator<List<EntradaIndice>> ls = lotes(corpus, n, lote).iterator();
    return new Iterator<>() {
      Iterator<EntradaIndice> actual = List.<EntradaIndice>of().iterator();

      @Override
      public boolean hasNext() {
        while (!actual.hasNext() && ls.hasNext()) {
          actual = ls.next().iterator();
        }
        return actual.hasNext();
      }

      @Override
      public EntradaIndice next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return actual.next();
      }
    };
  }

  static long tamanoDirectorio(Path d) throws IOException {
    if (!Files.exists(d)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  static String gib(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
  }

  static Consulta consulta(Consultas.Caso c) {
    Map<String, Set<String>> filtros =
        c.unidad() == null ? Map.of() : Map.of(Facetas.UNIDAD, Set.of(c.unidad()));
    return new Consulta(
        c.texto(), filtros, c.desde(), c.hasta(), Consulta.Orden.RELEVANCIA, 0, 20, c.lector());
  }

  static SearchIndex abrirLucene(String clase, Path dir) throws ReflectiveOperationException {
    return (SearchIndex) Class.forName(clase).getConstructor(Path.class).newInstance(dir);
  }

  public static void main(String[] args) throws Exception {
    long n = envLong("N", 20_000);
    long seed = envLong("SEED", 20260);
    Path trabajo = Path.of(env("WORKDIR", "target/archivo-bench")).toAbsolutePath();
    Files.createDirectories(trabajo);
    Path mapro = Path.of(env("MAPRO_DIR", "../shared/mapro"));
    int runs = (int) envLong("RUNS", 200);
    int warmup = (int) envLong("WARMUP", 50);
    int lote = (int) envLong("LOTE", 1000);
    long confirmarCada = envLong("CONFIRMAR_CADA", 0);
    String claseLucene = env("LUCENE_CLASS", "pe.gob.minem.tramite.archivo.LuceneSearchIndex");
    Path dirLucene = Path.of(env("LUCENE_DIR", trabajo.resolve("lucene").toString()));
    String pgUrl = env("PG_URL", null);
    int pgRuns = (int) envLong("PG_RUNS", 200);
    int pgWarmup = (int) envLong("PG_WARMUP", 20);
    double pgMaxSegundos = Double.parseDouble(env("PG_MAX_SECONDS", "120"));
    boolean unaccent = !env("PG_UNACCENT", "1").equals("0");

    ArchivoBench b = new ArchivoBench(trabajo);
    b.correr(
        n, seed, mapro, runs, warmup, lote, confirmarCada, claseLucene, dirLucene, pgUrl, pgRuns,
        pgWarmup, pgMaxSegundos, unaccent);
  }

  private void correr(
      long n,
      long seed,
      Path mapro,
      int runs,
      int warmup,
      int lote,
      long confirmarCada,
      String claseLucene,
      Path dirLucene,
      String pgUrl,
      int pgRuns,
      int pgWarmup,
      double pgMaxSegundos,
      boolean unaccent)
      throws Exception {
    String cargaInicial = carga();
    muestrearCarga();
    long inicio = System.nanoTime();
    Corpus corpus =
        new Corpus(
            seed,
            n,
            List.of(mapro.resolve("000_4a1944e705fedcbd.txt"), mapro.resolve("procedures.md")));
    decir("## Corpus");
    decir("");
    decir(String.format(Locale.ROOT, "- N = %,d documentos, semilla %d", n, seed));

    // the generator alone, and the corpus' shape, on a sample spread over the ids
    int s = (int) Math.min(n, 20_000);
    long t0 = System.nanoTime();
    int[] largos = new int[s];
    long bytes = 0;
    long paginas = 0;
    Map<String, Integer> niveles = new LinkedHashMap<>();
    Map<String, Integer> clases = new LinkedHashMap<>();
    for (int k = 0; k < s; k++) {
      EntradaIndice e = corpus.documento(k * n / s);
      largos[k] = e.texto().getBytes(StandardCharsets.UTF_8).length;
      bytes += largos[k];
      paginas += 1 + e.texto().chars().filter(c -> c == '\f').count();
      niveles.merge(e.nivel().name(), 1, Integer::sum);
      clases.merge(e.clase(), 1, Integer::sum);
    }
    double segGen = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(largos);
    decir(
        String.format(
            Locale.ROOT,
            "- texto (muestra de %,d): mediana %,d B, p90 %,d B, p99 %,d B, máx. %,d B; media %,d B;"
                + " %.2f páginas por documento",
            s,
            largos[s / 2],
            largos[(int) (s * 0.9)],
            largos[(int) (s * 0.99)],
            largos[s - 1],
            bytes / s,
            (double) paginas / s));
    decir(String.format(Locale.ROOT, "- niveles: %s; clases: %s", pct(niveles, s), pct(clases, s)));
    decir(
        String.format(
            Locale.ROOT,
            "- generador solo (un hilo): %,.0f documentos/s (%.1f MB/s de texto)",
            s / segGen,
            bytes / segGen / 1e6));
    Files.writeString(
        trabajo.resolve("ejemplo.txt"),
        corpus.documento(1).toString().replace("\f", "\n<FF>\n"),
        StandardCharsets.UTF_8);

    t0 = System.nanoTime();
    Consultas consultas = Consultas.elegir(corpus, 20_000);
    log(String.format(Locale.ROOT, "pools elegidos en %.1f s", (System.nanoTime() - t0) / 1e9));
    decir(
        String.format(
            Locale.ROOT,
            "- nombres propios (Zipf %.1f sobre %,d) por documento: %.2f",
            Corpus.ZIPF_S,
            Corpus.NOMBRES,
            consultas.nombresPorDocumento));
    decir("");
    decir("Consultas (df medida en la muestra; para los nombres, la esperada por la ley de Zipf):");
    decir("");
    for (String clase : Consultas.CLASES) {
      decir("- " + clase + ": " + consultas.describir(clase));
    }
    decir("");
    StringBuilder pools = new StringBuilder();
    consultas.pools.forEach(
        (clase, l) ->
            l.forEach(
                t ->
                    pools.append(
                        String.format(Locale.ROOT, "%s\t%s\t%.6f%n", clase, t.texto(), t.df()))));
    Files.writeString(trabajo.resolve("pools.tsv"), pools, StandardCharsets.UTF_8);
    Map<String, List<Consultas.Caso>> casos = new LinkedHashMap<>();
    List<String> elegidas = List.of(env("CLASES", String.join(",", Consultas.CLASES)).split(","));
    for (String clase : Consultas.CLASES) {
      if (elegidas.contains(clase)) {
        casos.put(
            clase,
            consultas.casos(
                clase,
                warmup + runs,
                seed,
                (int) envLong("USUARIOS_POR_UNIDAD", Corpus.USUARIOS_POR_UNIDAD)));
      }
    }

    // --- Lucene --------------------------------------------------------------------------------
    if (!envSi("SKIP_LUCENE")) {
      fase = "carga Lucene";
      lucene(corpus, n, lote, confirmarCada, claseLucene, dirLucene, casos, warmup, runs);
    }

    // --- OpenSearch ----------------------------------------------------------------------------
    if (!envSi("SKIP_OPENSEARCH")) {
      fase = "carga OpenSearch";
      openSearch(corpus, n, lote, confirmarCada, trabajo, casos, warmup, runs);
    }

    // --- PostgreSQL ----------------------------------------------------------------------------
    if (pgUrl != null && !envSi("SKIP_PG")) {
      postgres(corpus, n, pgUrl, unaccent, casos, warmup, pgWarmup, pgRuns, pgMaxSegundos);
    }

    // --- REST API ------------------------------------------------------------------------------
    String url = env("TRAMITE_URL", null);
    if (url != null && !envSi("SKIP_HTTP")) {
      http(url, casos, warmup, (int) envLong("HTTP_RUNS", runs));
    }

    decir("## Carga");
    decir("");
    decir("| motor | documentos | carga s | índices s | total s | documentos/s | tamaño en disco |");
    decir("|---|---:|---:|---:|---:|---:|---:|");
    cargas.forEach(this::decir);
    decir("");
    decir("## Consultas (un cliente, un hilo; top 20 por relevancia)");
    decir("");
    decir(Medida.cabecera());
    for (String clase : Consultas.CLASES) {
      for (Medida m : medidas) {
        if (m.clase.equals(clase)) {
          decir(m.fila());
        }
      }
    }
    decir("");
    if (!notas.isEmpty()) {
      decir("Notas de la corrida:");
      decir("");
      notas.forEach(x -> decir("- " + x));
      decir("");
    }
    synchronized (cargaPorFase) {
      StringBuilder sb = new StringBuilder("Carga por fase (loadavg de 1 min cada 5 s, media / máx.): ");
      cargaPorFase.forEach(
          (f, l) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "%s %.1f / %.1f; ",
                      f,
                      l.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                      l.stream().mapToDouble(Double::doubleValue).max().orElse(0))));
      decir(sb.toString().replaceAll("; $", "."));
      decir("");
    }
    decir(
        String.format(
            Locale.ROOT,
            "Carga de la máquina (loadavg 1/5/15 min): %s al empezar, %s al terminar; %.1f min en"
                + " total.",
            cargaInicial,
            carga(),
            (System.nanoTime() - inicio) / 60e9));
  }

  private static String pct(Map<String, Integer> m, int total) {
    StringBuilder sb = new StringBuilder();
    m.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append(
                        String.format(
                            Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / total)));
    return sb.toString();
  }

  private void lucene(
      Corpus corpus,
      long n,
      int lote,
      long confirmarCada,
      String claseLucene,
      Path dir,
      Map<String, List<Consultas.Caso>> casos,
      int warmup,
      int runs)
      throws Exception {
    boolean reusar = envSi("REUSE_LUCENE") && Files.isDirectory(dir);
    if (!reusar && Files.exists(dir)) {
      try (Stream<Path> w = Files.walk(dir)) {
        for (Path p : w.sorted((a, c) -> c.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    try (SearchIndex indice = abrirLucene(claseLucene, dir)) {
      cargarYConsultar(
          "Lucene",
          indice,
          reusar,
          claseLucene.substring(claseLucene.lastIndexOf('.') + 1),
          () -> tamanoDirectorio(dir),
          new Cpu() {
            final long[] ayudantes = hilosAyudantes(env("CPU_HILOS", "busqueda-archivo-"));

            @Override
            public long ahora() {
              return cpu(ayudantes);
            }

            @Override
            public String nota() {
              return "Lucene: «CPU» = tiempo de CPU del hilo que llama a buscar() más el de los "
                  + ayudantes.length
                  + " hilos de búsqueda del índice ("
                  + env("CPU_HILOS", "busqueda-archivo-")
                  + "*), por consulta";
            }
          },
          corpus,
          n,
          lote,
          confirmarCada,
          casos,
          warmup,
          runs);
    }
  }

  /**
   * OpenSearch: a node started in its own JVM from the test classpath (the server from Maven
   * Central, as in the tests), data in {@code <WORKDIR>/opensearch}, heap {@code OPENSEARCH_HEAP};
   * or the cluster at {@code OPENSEARCH_URL} when it is set. The index is the portal's {@link
   * OpenSearchSearchIndex} over HTTP.
   */
  private void openSearch(
      Corpus corpus,
      long n,
      int lote,
      long confirmarCada,
      Path trabajo,
      Map<String, List<Consultas.Caso>> casos,
      int warmup,
      int runs)
      throws Exception {
    String externo = env("OPENSEARCH_URL", null);
    Path datos = trabajo.resolve("opensearch");
    Process nodo = null;
    String url = externo;
    if (externo == null) {
      if (!envSi("REUSE_OPENSEARCH") && Files.exists(datos)) {
        try (Stream<Path> w = Files.walk(datos)) {
          for (Path p : w.sorted((a, c) -> c.compareTo(a)).toList()) {
            Files.delete(p);
          }
        }
      }
      String heap = env("OPENSEARCH_HEAP", "3g");
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xms" + heap,
              "-Xmx" + heap,
              "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
              "-cp",
              System.getProperty("java.class.path"),
              "pe.gob.minem.tramite.archivo.NodoOpenSearch",
              datos.toString());
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
      log("OpenSearch: arrancando un nodo (heap " + heap + ") con datos en " + datos);
      nodo = pb.start();
      var lector =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(nodo.getInputStream(), StandardCharsets.UTF_8));
      long limite = System.nanoTime() + 180_000_000_000L;
      for (String linea; url == null && (linea = lector.readLine()) != null; ) {
        if (linea.startsWith("URL ")) {
          url = linea.substring(4).strip();
        } else if (System.nanoTime() > limite) {
          break;
        }
      }
      if (url == null) {
        nodo.destroy();
        throw new IllegalStateException("el nodo OpenSearch no arrancó");
      }
      // keep draining its output so that it never blocks on a full pipe
      Thread desagote =
          new Thread(
              () -> {
                try {
                  while (lector.readLine() != null) {
                    // warnings of the node: not part of the report
                  }
                } catch (IOException e) {
                  // the node ended
                }
              },
              "salida-opensearch");
      desagote.setDaemon(true);
      desagote.start();
      log("OpenSearch: nodo en " + url + " (pid " + nodo.pid() + ")");
    }
    ProcessHandle proceso = nodo == null ? null : nodo.toHandle();
    String nombre = env("OPENSEARCH_INDEX", "archivo-bench");
    try {
      OpenSearchSearchIndex indice = new OpenSearchSearchIndex(url, null, null, nombre);
      boolean reusar = envSi("REUSE_OPENSEARCH") && indice.contar() > 0;
      if (!reusar) {
        indice.borrarIndice();
        indice = new OpenSearchSearchIndex(url, null, null, nombre);
      }
      try (SearchIndex i = indice) {
        cargarYConsultar(
            "OpenSearch",
            i,
            reusar,
            "OpenSearchSearchIndex, un nodo, 1 shard",
            () -> externo == null ? tamanoDirectorio(datos) : -1,
            new Cpu() {
              @Override
              public long ahora() {
                long propio = HILOS.getCurrentThreadCpuTime();
                long delNodo =
                    proceso == null
                        ? 0
                        : proceso.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
                return propio + delNodo;
              }

              @Override
              public String nota() {
                return "OpenSearch: «CPU» = tiempo de CPU del hilo que llama a buscar() (cliente"
                    + " HTTP, JSON, fragmentos) más el de todo el proceso del nodo durante la"
                    + " consulta (resolución de 10 ms de /proc)";
              }
            },
            corpus,
            n,
            lote,
            confirmarCada,
            casos,
            warmup,
            runs);
      }
    } finally {
      if (nodo != null) {
        nodo.destroy();
        if (!nodo.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          nodo.destroyForcibly();
        }
        log("OpenSearch: nodo detenido");
      }
    }
  }

  /** How the CPU time of a query is measured for an engine. */
  interface Cpu {
    long ahora();

    String nota();
  }

  interface Tamano {
    long bytes() throws IOException;
  }

  /** Loads the corpus into an engine behind SearchIndex (unless reused) and runs the queries. */
  private void cargarYConsultar(
      String motor,
      SearchIndex indice,
      boolean reusar,
      String descripcion,
      Tamano tamano,
      Cpu medidorCpu,
      Corpus corpus,
      long n,
      int lote,
      long confirmarCada,
      Map<String, List<Consultas.Caso>> casos,
      int warmup,
      int runs)
      throws Exception {
    {
      if (!reusar) {
        log(motor + ": cargando " + n + " documentos en " + indice);
        long t0 = System.nanoTime();
        long hechos = 0;
        long proximo = confirmarCada > 0 ? confirmarCada : Long.MAX_VALUE;
        for (List<EntradaIndice> l : lotes(corpus, n, lote)) {
          indice.indexar(l);
          hechos += l.size();
          if (hechos >= proximo) {
            indice.confirmar();
            proximo += confirmarCada;
          }
          if (hechos % 100_000 < lote) {
            log(
                String.format(
                    Locale.ROOT,
                    "%s: %,d (%.0f docs/s)",
                    motor,
                    hechos,
                    hechos / ((System.nanoTime() - t0) / 1e9)));
          }
        }
        long t1 = System.nanoTime();
        indice.confirmar();
        long t2 = System.nanoTime();
        double total = (t2 - t0) / 1e9;
        cargas.add(
            String.format(
                Locale.ROOT,
                "| %s (%s, lotes de %,d, %s) | %,d | %.0f | %.1f (confirmar) | %.0f | **%,.0f** | %s |",
                motor,
                descripcion,
                lote,
                confirmarCada > 0 ? "confirmar cada " + confirmarCada : "un confirmar al final",
                indice.contar(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                total,
                n / total,
                gib(tamano.bytes())));
        log(motor + ": cargado; " + cargas.get(cargas.size() - 1));
      } else {
        notas.add(motor + ": índice reutilizado " + indice + " (" + indice.contar() + " entradas)");
      }
      if (indice.contar() != n) {
        notas.add(motor + ": contar() = " + indice.contar() + " ≠ N = " + n);
      }

      fase = "consultas " + motor;
      for (var e : casos.entrySet()) {
        String clase = e.getKey();
        List<Consultas.Caso> l = e.getValue();
        for (int k = 0; k < warmup; k++) {
          indice.buscar(consulta(l.get(k)));
        }
        String notaCpu = medidorCpu.nota();
        if (!notas.contains(notaCpu)) {
          notas.add(notaCpu);
        }
        Medida m = new Medida(motor, clase);
        Resultado ejemplo = null;
        for (int k = warmup; k < l.size(); k++) {
          Consulta q = consulta(l.get(k));
          long c0 = medidorCpu.ahora();
          long t0 = System.nanoTime();
          Resultado r = indice.buscar(q);
          long t1 = System.nanoTime();
          m.agregar(t1 - t0, medidorCpu.ahora() - c0, r.total());
          if (ejemplo == null && !r.hallazgos().isEmpty()) {
            ejemplo = r;
            log(
                motor
                    + " "
                    + clase
                    + " «"
                    + q.texto()
                    + "»: "
                    + r.total()
                    + " aciertos, facetas "
                    + r.facetas().keySet()
                    + "; 1.º "
                    + r.hallazgos().get(0).id()
                    + " «"
                    + abreviar(r.hallazgos().get(0).fragmento(), 160)
                    + "»");
          }
        }
        if (ejemplo != null && !ejemplo.facetas().isEmpty()) {
          String nota =
              motor
                  + ": cada respuesta trae los conteos de las facetas "
                  + ejemplo.facetas().keySet()
                  + " sobre todos los aciertos y fragmentos resaltados de los 20 primeros";
          if (!notas.contains(nota)) {
            notas.add(nota);
          }
        }
        medidas.add(m);
        log(m.fila());
      }
    }
  }

  private static String abreviar(String s, int max) {
    if (s == null) {
      return "";
    }
    s = s.replace('\n', ' ');
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  private void postgres(
      Corpus corpus,
      long n,
      String url,
      boolean unaccent,
      Map<String, List<Consultas.Caso>> casos,
      int warmup,
      int pgWarmup,
      int pgRuns,
      double pgMaxSegundos)
      throws Exception {
    try (Postgres pg = new Postgres(url)) {
      String version = pg.texto("SHOW server_version");
      boolean conUnaccent = unaccent && pg.hayUnaccent();
      boolean reusar =
          envSi("REUSE_PG")
              && pg.valor("SELECT count(*) FROM pg_class WHERE relname = 'archivo'") > 0
              && pg.valor("SELECT count(*) FROM archivo") == n;
      fase = "carga PostgreSQL";
      if (!reusar) {
        pg.crearEsquema(conUnaccent);
        log("PostgreSQL " + version + ": COPY de " + n + " documentos");
        long t0 = System.nanoTime();
        long filas = pg.copiar(entradas(corpus, n, 1000));
        long t1 = System.nanoTime();
        log(String.format(Locale.ROOT, "PostgreSQL: COPY %,d filas en %.0f s", filas, (t1 - t0) / 1e9));
        Map<String, Double> indices = pg.indexar();
        long t2 = System.nanoTime();
        log("PostgreSQL: índices " + indices);
        long tabla = pg.valor("SELECT pg_table_size('archivo')");
        long idx = pg.valor("SELECT pg_indexes_size('archivo')");
        long gin = pg.valor("SELECT pg_relation_size('archivo_tsv')");
        double total = (t2 - t0) / 1e9;
        cargas.add(
            String.format(
                Locale.ROOT,
                "| PostgreSQL %s (COPY texto, tsvector generado%s; índices tras la carga) | %,d |"
                    + " %.0f (COPY) | %.0f | %.0f | **%,.0f** (solo COPY: %,.0f) | %s (tabla+TOAST %s,"
                    + " índices %s, de ellos GIN tsv %s) |",
                version,
                conUnaccent ? " con unaccent" : " sin unaccent",
                filas,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                total,
                n / total,
                n / ((t1 - t0) / 1e9),
                gib(tabla + idx),
                gib(tabla),
                gib(idx),
                gib(gin)));
        StringBuilder det = new StringBuilder("PostgreSQL, índices: ");
        indices.forEach(
            (k, v) -> det.append(String.format(Locale.ROOT, "%s %.0f s; ", k, v)));
        notas.add(det.toString().replaceAll("; $", ""));
      } else {
        notas.add("PostgreSQL: tabla reutilizada (" + n + " filas)");
      }
      for (String ajuste :
          List.of("shared_buffers", "work_mem", "effective_cache_size", "jit", "max_parallel_workers_per_gather", "plan_cache_mode", "random_page_cost")) {
        notas.add("PostgreSQL " + ajuste + " = " + pg.texto("SHOW " + ajuste));
      }

      fase = "consultas PostgreSQL";
      StringBuilder explain = new StringBuilder();
      for (var e : casos.entrySet()) {
        String clase = e.getKey();
        List<Consultas.Caso> l = e.getValue();
        // warm-up: at most PG_WARMUP queries or a quarter of the class's time budget
        long finCalentamiento = System.nanoTime() + (long) (pgMaxSegundos * 0.25e9);
        for (int k = 0; k < Math.min(pgWarmup, warmup); k++) {
          pg.buscar(l.get(k));
          if (k >= 2 && System.nanoTime() > finCalentamiento) {
            break;
          }
        }
        pg.reiniciarPartes();
        Medida m = new Medida("PostgreSQL", clase);
        long limite = System.nanoTime() + (long) (pgMaxSegundos * 1e9);
        for (int k = warmup; k < l.size() && m.cuantas() < pgRuns; k++) {
          if (m.cuantas() >= 20 && System.nanoTime() > limite) {
            m.nota = "corte por tiempo a los " + (int) pgMaxSegundos + " s";
            break;
          }
          long t0 = System.nanoTime();
          long total = pg.buscar(l.get(k));
          m.agregar(System.nanoTime() - t0, total);
        }
        StringBuilder partes = new StringBuilder("PostgreSQL " + clase + ", media por parte: ");
        pg.nanosPorParte.forEach(
            (k, v) ->
                partes.append(
                    String.format(Locale.ROOT, "%s %.1f ms; ", k, v / 1e6 / m.cuantas())));
        notas.add(partes.toString().replaceAll("; $", ""));
        explain
            .append("== ")
            .append(clase)
            .append(": ")
            .append(l.get(warmup).texto())
            .append('\n')
            .append(pg.explicar(l.get(warmup)))
            .append('\n');
        medidas.add(m);
        log(m.fila());
      }
      Files.writeString(trabajo.resolve("pg-explain.txt"), explain, StandardCharsets.UTF_8);
    }
  }

  private void http(String url, Map<String, List<Consultas.Caso>> casos, int warmup, int runs)
      throws Exception {
    Http h =
        new Http(
            url,
            env("TRAMITE_API_PATH", "/api/v1/archivo"),
            env("TRAMITE_USER", "analista.oti"),
            env("TRAMITE_PASSWORD", "Tramite2026!"));
    fase = "API REST";
    for (var e : casos.entrySet()) {
      List<Consultas.Caso> l = e.getValue();
      for (int k = 0; k < Math.min(20, warmup); k++) {
        h.buscar(l.get(k));
      }
      Medida m = new Medida("API REST (Lucene)", e.getKey());
      for (int k = warmup; k < l.size() && m.cuantas() < runs; k++) {
        long t0 = System.nanoTime();
        long total = h.buscar(l.get(k));
        m.agregar(System.nanoTime() - t0, total);
      }
      medidas.add(m);
      log(m.fila());
    }
    notas.add(
        "API REST: "
            + url
            + env("TRAMITE_API_PATH", "/api/v1/archivo")
            + " como "
            + env("TRAMITE_USER", "analista.oti")
            + " (sus permisos en todas las clases)");
  }
}
