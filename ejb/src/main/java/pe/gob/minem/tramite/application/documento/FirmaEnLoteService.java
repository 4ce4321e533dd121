package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.nodo.Nodo;

/**
 * Batch signing: a director signs several documents of his bandeja in one action. Each document is
 * its own transaction (the step, the signed version, the hoja de ruta and the document's outcome in
 * the batch together), so the ones that succeed stay signed when another fails; each outcome is
 * reported, and the batch's progress can be followed while it runs, from any node. The batch lives
 * in the database with a lease that the workers renew: when their node dies, another node's {@link
 * RetomaDeLotes} finishes it (ADR 0041).
 */
@Stateless
public class FirmaEnLoteService {

  private static final Logger LOG = Logger.getLogger(FirmaEnLoteService.class.getName());
  static final int MAXIMO = 500;

  /**
   * How many documents are signed at once. Signing is mostly CPU (RSA, hashing, DSS validation) but
   * each document also waits for the store's fsync and the database commit: by default one worker
   * per core plus one, which measured best here (docs/benchmark-portal.md: 100 documents in 9.4 s
   * with 2 workers, 7.8–8.3 s with 3, on 2 cores).
   */
  @Inject
  @ConfigProperty(name = "tramite.firma.lote.trabajadores", defaultValue = "0")
  int trabajadoresConfigurados;

  /**
   * How long a batch stays its node's without a renewal (every worker renews it before each
   * document): longer than the signature of one document, short enough that a dead node's batch
   * resumes soon.
   */
  @Inject
  @ConfigProperty(name = "tramite.firma.lote.arriendo", defaultValue = "PT30S")
  Duration arriendo;

  @Inject PersonaActual personaActual;
  @Inject BandejaService bandeja;
  @Inject LotesDeFirma lotes;
  @Inject Auditoria auditoria;
  @Inject Nodo nodo;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext contexto;

  /** Starts a batch over the caller's signing tasks; returns its id at once. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String iniciar(List<String> tareas) {
    if (tareas == null || tareas.isEmpty()) {
      throw new DatosInvalidosException("tareas", "Elija al menos un documento para firmar.");
    }
    if (tareas.size() > MAXIMO) {
      throw new DatosInvalidosException(
          "tareas", "Un lote admite hasta " + MAXIMO + " documentos.");
    }
    Persona p = personaActual.persona();
    String id = UUID.randomUUID().toString();
    yo().abrir(id, p.getUsuario(), tareas);
    auditoria.registrarAparte(p.getUsuario(), "FIRMA_EN_LOTE", id, tareas.size() + " documentos");
    trabajar(id, p);
    return id;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void abrir(String id, String usuario, List<String> tareas) {
    Instant ahora = Instant.now();
    lotes.abrir(id, usuario, tareas, nodo.id(), ahora, ahora.plus(arriendo));
  }

  /**
   * Starts this node's workers on the batch's pending documents (a new batch, or one this node just
   * took over), as {@code p}.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void trabajar(String lote, Persona p) {
    List<LotesDeFirma.Pendiente> pendientes = yo().pendientes(lote);
    // one queue for all workers (passed by reference: a local call): whoever is free takes the
    // next document, so a slow one does not leave the others idle at the end
    var cola = new ConcurrentLinkedQueue<>(pendientes);
    int trabajadores = Math.max(1, Math.min(trabajadores(), pendientes.size()));
    for (int w = 0; w < trabajadores; w++) {
      yo().procesar(lote, p, cola);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<LotesDeFirma.Pendiente> pendientes(String lote) {
    return lotes.pendientes(lote);
  }

  int trabajadores() {
    return trabajadoresConfigurados > 0
        ? Math.min(trabajadoresConfigurados, 16)
        : Runtime.getRuntime().availableProcessors() + 1;
  }

  /** The batch's progress, for the person who started it. */
  public LotesDeFirma.Progreso progreso(String lote) {
    return lotes
        .progreso(lote, personaActual.usuario())
        .orElseThrow(() -> new NoEncontradoException("No existe el lote de firma " + lote + "."));
  }

  /**
   * Runs in the background, one transaction per document; stops when another node took the batch
   * over (its lease ran out while this node was stalled).
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void procesar(String lote, Persona p, Queue<LotesDeFirma.Pendiente> tareas) {
    var yo = yo();
    for (var t = tareas.poll(); t != null; t = tareas.poll()) {
      if (!yo.renovar(lote)) {
        LOG.warning(() -> "El lote de firma " + lote + " lo retomó otro nodo; este lo deja");
        return;
      }
      String numero = null;
      String documento = null;
      try {
        var tarea = bandeja.tareaDe(p, t.tareaId());
        numero = tarea.numero();
        documento = tarea.documento();
        if (!tarea.firma()) {
          throw new DatosInvalidosException(
              "tareas", "La tarea no es de visto bueno ni de suscripción.");
        }
        yo.firmar(lote, t, p, numero, documento);
      } catch (RuntimeException e) {
        yo.anotarFallo(lote, t.orden(), numero, documento, mensaje(e));
      }
    }
    if (yo.cerrarSiTermino(lote)) {
      LOG.info(() -> "Lote de firma " + lote + " de " + p.getUsuario() + " terminado");
    }
  }

  /**
   * Signs one document and writes its outcome in the same transaction: a crash before the commit
   * leaves both undone (the document pending, to be resumed), after it both done.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void firmar(
      String lote, LotesDeFirma.Pendiente t, Persona p, String numero, String documento) {
    if (!lotes.anotar(
        lote,
        t.orden(),
        LotesDeFirma.Estado.FIRMADO,
        numero,
        documento,
        "Firmado",
        Instant.now())) {
      return; // another worker signed it or recorded its failure
    }
    try {
      bandeja.completarComo(p, t.tareaId(), ResultadoTarea.de(Map.of(), "Firmado en lote"));
    } catch (RuntimeException e) {
      contexto.setRollbackOnly();
      throw e;
    }
  }

  /** Records a document's failure after its transaction rolled back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void anotarFallo(String lote, int orden, String numero, String documento, String mensaje) {
    lotes.anotar(
        lote, orden, LotesDeFirma.Estado.FALLIDO, numero, documento, mensaje, Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean renovar(String lote) {
    return lotes.renovar(lote, nodo.id(), Instant.now().plus(arriendo));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean cerrarSiTermino(String lote) {
    return lotes.cerrarSiTermino(lote, Instant.now());
  }

  private FirmaEnLoteService yo() {
    return contexto.getBusinessObject(FirmaEnLoteService.class);
  }

  static String mensaje(Throwable e) {
    return pe.gob.minem.tramite.domain.model.CausaDeNegocio.en(e)
        .map(Throwable::getMessage)
        .orElse("Error inesperado; el documento quedó como estaba.");
  }
}
