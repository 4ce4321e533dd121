package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * Batch signing: a director signs several documents of his bandeja in one action. Each document is
 * its own transaction (the step, the signed version and the hoja de ruta together), so the ones
 * that succeed stay signed when another fails; each outcome is reported, and the batch's progress
 * can be followed while it runs.
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

  @Inject PersonaActual personaActual;
  @Inject BandejaService bandeja;
  @Inject LotesDeFirma lotes;
  @Inject Auditoria auditoria;
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
    String id = lotes.abrir(p.getUsuario(), tareas.size());
    auditoria.registrarAparte(p.getUsuario(), "FIRMA_EN_LOTE", id, tareas.size() + " documentos");
    int trabajadores = Math.min(trabajadores(), tareas.size());
    // one queue for all workers (passed by reference: a local call): whoever is free takes the
    // next document, so a slow one does not leave the others idle at the end
    var cola = new java.util.concurrent.ConcurrentLinkedQueue<>(tareas);
    var yo = contexto.getBusinessObject(FirmaEnLoteService.class);
    for (int w = 0; w < trabajadores; w++) {
      yo.procesar(id, p, cola);
    }
    return id;
  }

  int trabajadores() {
    return trabajadoresConfigurados > 0
        ? Math.min(trabajadoresConfigurados, 16)
        : Runtime.getRuntime().availableProcessors() + 1;
  }

  /** The batch's progress, for the person who started it. */
  public LotesDeFirma.Progreso progreso(String lote) {
    var p = lotes.progreso(lote, personaActual.usuario());
    if (p == null) {
      throw new NoEncontradoException("No existe el lote de firma " + lote + ".");
    }
    return p;
  }

  /** Runs in the background (the caller's identity is propagated); one transaction per task. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void procesar(String lote, Persona p, java.util.Queue<String> tareas) {
    for (String tareaId = tareas.poll(); tareaId != null; tareaId = tareas.poll()) {
      String numero = null;
      String documento = null;
      try {
        var t = bandeja.tareaDe(p, tareaId);
        numero = t.numero();
        documento = t.documento();
        if (!t.firma()) {
          throw new DatosInvalidosException(
              "tareas", "La tarea no es de visto bueno ni de suscripción.");
        }
        bandeja.completarComo(p, tareaId, ResultadoTarea.de(java.util.Map.of(), "Firmado en lote"));
        lotes.anotar(lote, new LotesDeFirma.Resultado(tareaId, numero, documento, true, "Firmado"));
      } catch (RuntimeException e) {
        lotes.anotar(
            lote, new LotesDeFirma.Resultado(tareaId, numero, documento, false, mensaje(e)));
      }
    }
    LOG.info(() -> "Parte del lote de firma " + lote + " de " + p.getUsuario() + " terminada");
  }

  private static String mensaje(Throwable e) {
    return pe.gob.minem.tramite.domain.model.CausaDeNegocio.en(e)
        .map(Throwable::getMessage)
        .orElse("Error inesperado; el documento quedó como estaba.");
  }
}
