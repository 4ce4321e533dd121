package pe.gob.minem.tramite.application.archivo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Wakes the archive's worker once a transaction that queued work has committed. */
@ApplicationScoped
public class Despertador {

  @Inject IndexadorDelArchivo indexador;

  public void alConfirmar(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ColaDeIndexacion.Encolada evento) {
    indexador.despertar();
  }
}
