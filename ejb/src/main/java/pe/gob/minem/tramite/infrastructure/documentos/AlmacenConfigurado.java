package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link DocumentStore} every {@code @Inject DocumentStore} gets, chosen by {@code
 * tramite.documentos.almacen}: {@code carpeta} (the default, the data directory) or {@code s3} (ADR
 * 0039). The store not chosen is never created.
 */
@ApplicationScoped
public class AlmacenConfigurado {

  private static final Logger LOG = Logger.getLogger(AlmacenConfigurado.class.getName());

  @Inject
  @ConfigProperty(name = "tramite.documentos.almacen", defaultValue = "carpeta")
  String almacen;

  @Inject Instance<FileSystemDocumentStore> carpeta;
  @Inject Instance<S3DocumentStore> s3;

  @Produces
  @ApplicationScoped
  DocumentStore almacen() {
    return switch (almacen.strip()) {
      case "s3" -> s3.get();
      case "carpeta" -> carpeta.get();
      default ->
          throw new IllegalStateException(
              "tramite.documentos.almacen debe ser «carpeta» o «s3», no «" + almacen + "».");
    };
  }

  /** At start, so that a missing bucket or a wrong setting shows in the log at once. */
  void alIniciar(@Observes @Initialized(ApplicationScoped.class) Object inicio) {
    DocumentStore elegido = almacen(); // a wrong value fails the deployment here, in words
    if (elegido instanceof S3DocumentStore enS3) {
      enS3.comprobarBucket();
    } else {
      LOG.fine("Almacén de documentos en la carpeta de datos");
    }
  }
}
