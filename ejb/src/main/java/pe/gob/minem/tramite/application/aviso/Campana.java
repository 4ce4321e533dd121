package pe.gob.minem.tramite.application.aviso;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.aviso.PreferenciaDeAvisos;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The bell in the page header (ADR 0036): the caller's lines with how many are new since they last
 * opened it, opening it (which makes them all seen), and the caller's choice of the daily digest.
 * Everything is about the caller only.
 */
@Stateless
public class Campana {

  private static final Logger LOG = Logger.getLogger(Campana.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;

  /** How far ahead of the engine's clock a line's moment (the database's clock) may be. */
  private static final java.time.Duration HOLGURA = java.time.Duration.ofMinutes(1);

  @Inject AvisosDeLaPersona avisos;
  @Inject Flujos flujos;

  public EstadoDeCampana estado() {
    Persona p = personaActual.persona();
    PreferenciaDeAvisos pref = em.find(PreferenciaDeAvisos.class, p.getUsuario());
    Instant visto = pref == null ? null : pref.getVistoHasta();
    List<ItemDeAviso> items = avisos.de(p, flujos.ahora(), visto);
    return new EstadoDeCampana(items.stream().filter(ItemDeAviso::nuevo).count(), visto, items);
  }

  /** The caller opened the bell: what is there now is no longer new. The state before it. */
  public EstadoDeCampana marcarVistos() {
    EstadoDeCampana antes = estado();
    Instant ahora = flujos.ahora();
    // a line's moment may be the engine's or the database's: never mark before the newest one
    // within a minute of now; a moment further ahead was written under a clock since set back
    // (the tests' clock), and marking up to it would hide every new line until it comes
    Instant hasta =
        antes.items().stream()
            .map(ItemDeAviso::momento)
            .filter(m -> m.isAfter(ahora) && m.isBefore(ahora.plus(HOLGURA)))
            .reduce(ahora, (a, b) -> b.isAfter(a) ? b : a);
    PreferenciaDeAvisos pref = preferencia(personaActual.usuario());
    pref.marcarVisto(hasta);
    LOG.info(() -> "Avisos vistos por " + pref.getUsuario() + " hasta " + hasta);
    return antes;
  }

  public boolean quiereResumenDiario() {
    PreferenciaDeAvisos pref = em.find(PreferenciaDeAvisos.class, personaActual.usuario());
    return pref != null && pref.isResumenDiario();
  }

  public void elegirResumenDiario(boolean quiere) {
    PreferenciaDeAvisos pref = preferencia(personaActual.usuario());
    pref.elegirResumenDiario(quiere);
    LOG.info(() -> "Resumen diario de " + pref.getUsuario() + (quiere ? ": sí" : ": no"));
  }

  private PreferenciaDeAvisos preferencia(String usuario) {
    PreferenciaDeAvisos pref =
        em.find(PreferenciaDeAvisos.class, usuario, LockModeType.PESSIMISTIC_WRITE);
    if (pref == null) {
      pref = new PreferenciaDeAvisos(usuario);
      em.persist(pref);
    }
    return pref;
  }
}
