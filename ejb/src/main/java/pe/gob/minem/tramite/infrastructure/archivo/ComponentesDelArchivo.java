package pe.gob.minem.tramite.infrastructure.archivo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.archivo.LuceneSearchIndex;
import pe.gob.minem.tramite.archivo.OpenSearchSearchIndex;
import pe.gob.minem.tramite.archivo.SearchIndex;
import pe.gob.minem.tramite.archivo.extraccion.ExtractorDeTexto;
import pe.gob.minem.tramite.archivo.extraccion.LimitesDeExtraccion;

/**
 * An EJB singleton, not a CDI bean: a CDI application-scoped bean was created again, lazily, by a
 * worker still finishing an extraction after its application was undeployed, and that second
 * instance kept the index's write lock for the life of the server (every later deployment failed
 * with {@code OverlappingFileLockException}); a singleton refuses calls once undeployed.
 *
 * <p>The archive's two parts: the index (derived data: it can be deleted and rebuilt) and the Tika
 * extractor with its limits. The index is chosen by {@code tramite.archivo.indice}: {@code lucene}
 * (the default) on this machine in {@code <tramite.data.dir>/indice}, or {@code opensearch} on the
 * cluster at {@code tramite.archivo.opensearch.url} (one or more addresses separated by commas),
 * index {@code tramite.archivo.opensearch.indice}, with {@code tramite.archivo.opensearch.usuario}
 * and {@code tramite.archivo.opensearch.clave} when it asks for them (ADR 0040).
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComponentesDelArchivo {

  private static final Logger LOG = Logger.getLogger(ComponentesDelArchivo.class.getName());

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String directorioDeDatos;

  @Inject
  @ConfigProperty(name = "tramite.archivo.extraccion.segundos", defaultValue = "60")
  int segundosPorDocumento;

  @Inject
  @ConfigProperty(name = "tramite.archivo.ocr", defaultValue = "true")
  boolean ocr;

  @Inject
  @ConfigProperty(name = "tramite.archivo.indice", defaultValue = "lucene")
  String tipoDeIndice;

  @Inject
  @ConfigProperty(name = "tramite.archivo.opensearch.url", defaultValue = "http://127.0.0.1:9200")
  String urlOpenSearch;

  @Inject
  @ConfigProperty(name = "tramite.archivo.opensearch.indice", defaultValue = "tramite-archivo")
  String indiceOpenSearch;

  @Inject
  @ConfigProperty(name = "tramite.archivo.opensearch.usuario")
  Optional<String> usuarioOpenSearch;

  @Inject
  @ConfigProperty(name = "tramite.archivo.opensearch.clave")
  Optional<String> claveOpenSearch;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedThreadFactory fabricaDeHilos;

  private volatile java.time.Instant inicioReconstruccion;
  private volatile long totalReconstruccion;
  private SearchIndex indice;
  private ExtractorDeTexto extractor;
  private Path directorio;

  @PostConstruct
  void abrir() {
    directorio = Path.of(directorioDeDatos).toAbsolutePath().resolve("indice");
    indice = abrirIndice();
    var porOmision = LimitesDeExtraccion.porOmision();
    var limites =
        new LimitesDeExtraccion(
            porOmision.maxBytes(),
            Duration.ofSeconds(segundosPorDocumento),
            porOmision.maxCaracteres(),
            porOmision.profundidadMaxima(),
            porOmision.razonCompresionMaxima(),
            ocr && porOmision.ocr(),
            porOmision.idiomaOcr());
    // two extractions at most (a hostile file that outlives its time limit keeps its thread), on
    // the container's threads
    extractor = new ExtractorDeTexto(limites, 2, fabricaDeHilos);
    LOG.info("Archivo: índice en " + ubicacion() + "; " + extractor.descripcion());
  }

  private SearchIndex abrirIndice() {
    switch (tipoDeIndice.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "lucene":
        return new LuceneSearchIndex(directorio);
      case "opensearch":
        return new OpenSearchSearchIndex(
            urlOpenSearch,
            usuarioOpenSearch.orElse(null),
            claveOpenSearch.orElse(null),
            indiceOpenSearch);
      default:
        throw new IllegalStateException(
            "tramite.archivo.indice debe ser «lucene» u «opensearch», no «" + tipoDeIndice + "»");
    }
  }

  /** Where the index is, for the health page: its folder, or its cluster and index name. */
  public String ubicacion() {
    return "opensearch".equalsIgnoreCase(tipoDeIndice.strip())
        ? "OpenSearch " + urlOpenSearch + ", índice " + indiceOpenSearch
        : directorio.toString();
  }

  @PreDestroy
  void cerrar() {
    try {
      extractor.close();
    } finally {
      try {
        indice.close(); // always: the next deployment in this server opens the same directory
      } catch (IOException | RuntimeException ex) {
        LOG.warning("Al cerrar el índice: " + ex);
      }
    }
  }

  public SearchIndex indice() {
    return indice;
  }

  public ExtractorDeTexto extractor() {
    return extractor;
  }

  public void reconstruccionIniciada(java.time.Instant inicio, long total) {
    this.totalReconstruccion = total;
    this.inicioReconstruccion = inicio;
  }

  public java.time.Instant inicioReconstruccion() {
    return inicioReconstruccion;
  }

  public long totalReconstruccion() {
    return totalReconstruccion;
  }

  public Path directorio() {
    return directorio;
  }
}
