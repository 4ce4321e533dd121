package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch 2.19 for the tests, started once per test JVM from the artifacts on
 * Maven Central (the server, its Netty HTTP transport, the analysis module and delete-by-query),
 * listening on a free port of 127.0.0.1; the tests talk HTTP to it like the portal would. Its data
 * lives in a temporary folder removed when the JVM ends.
 */
final class NodoOpenSearch {

  private static NodoOpenSearch unico;

  private final Node nodo;
  private final Path carpeta;
  private final String url;
  private final boolean borrar;

  private NodoOpenSearch() throws Exception {
    this(Files.createTempDirectory("opensearch-pruebas"), 0, true);
  }

  /**
   * A node with its data in {@code carpeta}, HTTP on {@code puertoHttp} (0: a free one); {@code
   * borrar}: the folder is removed when the JVM ends.
   */
  private NodoOpenSearch(Path carpeta, int puertoHttp, boolean borrar) throws Exception {
    this.carpeta = carpeta;
    this.borrar = borrar;
    Settings ajustes =
        Settings.builder()
            .put("cluster.name", "tramite-pruebas")
            .put("node.name", "nodo-pruebas")
            .put("path.home", carpeta.toString())
            .put("path.data", carpeta.resolve("datos").toString())
            .put("path.logs", carpeta.resolve("registros").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(puertoHttp))
            .put("transport.port", "0")
            // A nearly full disk must not make the index read-only in the middle of the tests.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
    nodo =
        new NodoDePruebas(
            InternalSettingsPreparer.prepareEnvironment(
                ajustes, java.util.Map.of(), null, () -> "nodo-pruebas"));
    nodo.start();
    InetSocketAddress http =
        nodo.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .address();
    url = "http://127.0.0.1:" + http.getPort();
    Runtime.getRuntime().addShutdownHook(new Thread(this::apagar, "apagar-opensearch"));
  }

  /** The node's HTTP address ({@code http://127.0.0.1:port}), started on first use. */
  static synchronized String url() {
    if (unico == null) {
      try {
        unico = new NodoOpenSearch();
      } catch (Exception e) {
        throw new IllegalStateException("No arrancó el nodo OpenSearch de pruebas", e);
      }
    }
    return unico.url;
  }

  /**
   * A node in its own JVM, for the archive benchmark: {@code NodoOpenSearch <carpeta> [puerto]}
   * prints {@code URL http://127.0.0.1:port} once it listens and runs until the process is ended.
   */
  public static void main(String[] args) throws Exception {
    Path carpeta = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(carpeta);
    NodoOpenSearch n =
        new NodoOpenSearch(carpeta, args.length > 1 ? Integer.parseInt(args[1]) : 0, false);
    System.out.println("URL " + n.url);
    System.out.flush();
    Thread.currentThread().join();
  }

  private void apagar() {
    try {
      nodo.close();
    } catch (IOException e) {
      // the JVM is ending
    }
    if (!borrar) {
      return;
    }
    try (Stream<Path> rutas = Files.walk(carpeta)) {
      rutas.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A node with the modules a distribution would load from its modules folder. */
  private static final class NodoDePruebas extends Node {
    NodoDePruebas(org.opensearch.env.Environment entorno) {
      super(
          entorno,
          List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class),
          true);
    }
  }
}
