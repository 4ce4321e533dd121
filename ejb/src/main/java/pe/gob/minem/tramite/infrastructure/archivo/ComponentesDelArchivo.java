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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.archivo.LuceneSearchIndex;
import pe.gob.minem.tramite.archivo.SearchIndex;
import pe.gob.minem.tramite.archivo.extraccion.ExtractorDeTexto;
import pe.gob.minem.tramite.archivo.extraccion.LimitesDeExtraccion;

/**
 * An EJB singleton, not a CDI bean: a CDI application-scoped bean was created again, lazily, by a
 * worker still finishing an extraction after its application was undeployed, and that second
 * instance kept the index's write lock for the life of the server (every later deployment failed
 * with {@code OverlappingFileLockException}); a singleton refuses calls once undeployed.
 *
 * <p>The archive's two parts on this machine: the Lucene index in {@code <tramite.data.dir>/indice}
 * (derived data: it can be deleted and rebuilt) and the Tika extractor with its limits.
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

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedThreadFactory fabricaDeHilos;

  private volatile java.time.Instant inicioReconstruccion;
  private volatile long totalReconstruccion;
  private SearchIndex indice;
  private ExtractorDeTexto extractor;
  private Path directorio;

  @PostConstruct
  void abrir() {
    directorio = Path.of(directorioDeDatos).toAbsolutePath().resolve("indice");
    indice = new LuceneSearchIndex(directorio);
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
    LOG.info("Archivo: índice en " + directorio + "; " + extractor.descripcion());
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
