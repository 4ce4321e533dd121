package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.nodo.Nodo;

/**
 * Every node, every 10 seconds, looks for batches of signatures whose node stopped renewing their
 * lease (it died, or lost the database) and finishes them as the person who started them: the
 * conditional takeover lets one node win each batch, and every document is still signed only if its
 * task is that person's (the bandeja checks it against the person, not against a caller, which a
 * timer has not). Batches finished more than a day ago are deleted on the way (ADR 0041).
 */
@Stateless
public class RetomaDeLotes {

  private static final Logger LOG = Logger.getLogger(RetomaDeLotes.class.getName());

  @Inject LotesDeFirma lotes;
  @Inject FirmaEnLoteService firmaEnLote;
  @Inject PersonaRepository personas;
  @Inject Nodo nodo;

  @Inject
  @ConfigProperty(name = "tramite.firma.lote.arriendo", defaultValue = "PT30S")
  Duration arriendo;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext contexto;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void revisar() {
    var yo = contexto.getBusinessObject(RetomaDeLotes.class);
    try {
      for (var a : yo.abandonados()) {
        var p = yo.retomar(a);
        if (p != null) {
          firmaEnLote.trabajar(a.id(), p);
        }
      }
      yo.purgar();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No se pudieron revisar los lotes de firma abandonados", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public java.util.List<LotesDeFirma.Abandonado> abandonados() {
    return lotes.abandonados(Instant.now());
  }

  /**
   * Takes the batch over for this node; the person who started it, or null when another node was
   * quicker, or when the person's account is no longer active (then the pending documents fail).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Persona retomar(LotesDeFirma.Abandonado a) {
    Instant ahora = Instant.now();
    if (!lotes.retomar(a.id(), nodo.id(), ahora, ahora.plus(arriendo))) {
      return null;
    }
    var p = personas.porUsuario(a.usuario()).filter(Persona::isActiva);
    if (p.isEmpty()) {
      for (var t : lotes.pendientes(a.id())) {
        lotes.anotar(
            a.id(),
            t.orden(),
            LotesDeFirma.Estado.FALLIDO,
            null,
            null,
            "La cuenta de " + a.usuario() + " ya no está activa: no se firmó.",
            ahora);
      }
      lotes.cerrarSiTermino(a.id(), ahora);
      return null;
    }
    LOG.info(() -> "Lote de firma " + a.id() + " de " + a.usuario() + " retomado por " + nodo.id());
    return p.get();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void purgar() {
    lotes.purgar(Instant.now(), Duration.ofDays(1));
  }
}
