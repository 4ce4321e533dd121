package pe.gob.minem.tramite.application.archivo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.archivo.extraccion.ExtraccionFallidaException;
import pe.gob.minem.tramite.infrastructure.archivo.ComponentesDelArchivo;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;

/**
 * The archive's worker: takes expedientes from the durable queue, extracts the text of their new
 * files with Tika (outside any transaction: OCR may take seconds) and replaces their index entries.
 * One thread, so that extraction never competes with the people using the portal for more than one
 * core; woken after each commit that queued work, every 15 s for retries, and at start-up, when it
 * first puts back the rows a stopped server had taken and queues a rebuild if the index is empty
 * while the database is not.
 */
@Singleton
@Startup
@DependsOn({"MigracionBaseDeDatos", "ComponentesDelArchivo"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexadorDelArchivo {

  private static final Logger LOG = Logger.getLogger(IndexadorDelArchivo.class.getName());
  private static final int LOTE = 20;

  @Inject PasosDeIndexacion pasos;
  @Inject ComponentesDelArchivo archivo;
  @Inject DocumentStore documentos;

  @Resource ManagedExecutorService ejecutor;

  private final AtomicBoolean trabajando = new AtomicBoolean();
  private volatile boolean otraVez;
  private volatile boolean detenido;

  @PostConstruct
  void iniciar() {
    int devueltas = pasos.liberarEnCurso();
    if (devueltas > 0) {
      LOG.info("Archivo: " + devueltas + " tareas de indexación interrumpidas vuelven a la cola");
    }
    int reconstruir = pasos.reconstruirSiFalta();
    if (reconstruir > 0) {
      LOG.info(
          "Archivo: el índice está vacío y la base de datos tiene "
              + reconstruir
              + " expedientes (un respaldo restaurado o un índice borrado): se reconstruye");
    }
    despertar();
  }

  /**
   * Stops taking work and waits (30 s at most) for the file or batch in progress: the index closes
   * right after this singleton, and a worker still indexing into it when the application is
   * undeployed failed with "Attempt to invoke when container is in Undeployed".
   */
  @PreDestroy
  void detener() {
    detenido = true;
    long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (trabajando.get() && System.nanoTime() < limite) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (trabajando.get()) {
      LOG.warning("Archivo: el indexador sigue trabajando al detenerse la aplicación");
    }
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void periodicamente() {
    despertar();
  }

  /** Makes sure the worker runs (again) soon; cheap when it is already running. */
  public void despertar() {
    otraVez = true;
    if (!detenido && trabajando.compareAndSet(false, true)) {
      try {
        ejecutor.submit(this::ciclo);
      } catch (RuntimeException ex) {
        trabajando.set(false);
        LOG.log(Level.WARNING, "Archivo: no se pudo iniciar el indexador", ex);
      }
    }
  }

  /** Whether the worker is running now (for the admin page). */
  public boolean trabajando() {
    return trabajando.get();
  }

  private void ciclo() {
    try {
      while (otraVez && !detenido) {
        otraVez = false;
        PasosDeIndexacion.Lote lote;
        while (!detenido && !(lote = pasos.tomar(LOTE)).vacio()) {
          procesar(lote);
        }
      }
    } catch (RuntimeException ex) {
      LOG.log(Level.WARNING, "Archivo: el indexador se detuvo por un error", ex);
    } finally {
      trabajando.set(false);
      if (otraVez && !detenido) {
        despertar();
      }
    }
  }

  private void procesar(PasosDeIndexacion.Lote lote) {
    try {
      for (long expediente : lote.expedientes()) {
        for (var f : pasos.porExtraer(expediente)) {
          if (detenido) {
            return;
          }
          extraer(f);
        }
      }
      if (detenido) {
        return; // the rows stay EN_CURSO and go back to the queue at the next start
      }
      int entradas = pasos.indexar(lote);
      LOG.fine(
          () ->
              "Archivo: " + lote.expedientes().size() + " expedientes, " + entradas + " entradas");
    } catch (RuntimeException ex) {
      LOG.log(Level.WARNING, "Archivo: no se pudo indexar " + lote.expedientes(), ex);
      pasos.fallo(lote, String.valueOf(ex.getMessage()));
    }
  }

  private void extraer(PasosDeIndexacion.PorExtraer f) {
    long t0 = System.nanoTime();
    try (var in = documentos.abrir(f.sha256())) {
      var texto = archivo.extractor().extraer(in, f.nombre());
      pasos.guardarTexto(f, texto, null, false, (System.nanoTime() - t0) / 1_000_000);
    } catch (ExtraccionFallidaException ex) {
      LOG.info(
          "Archivo: no se extrajo el texto de "
              + f.nombre()
              + " ("
              + f.clase()
              + " "
              + f.referencia()
              + "): "
              + ex.getMessage());
      pasos.guardarTexto(
          f, null, ex.getMessage(), ex.reintentable(), (System.nanoTime() - t0) / 1_000_000);
    } catch (IOException ex) {
      pasos.guardarTexto(
          f,
          null,
          "No se pudo leer el archivo almacenado: " + ex.getMessage(),
          true,
          (System.nanoTime() - t0) / 1_000_000);
    }
  }
}
