package pe.gob.minem.tramite.application.conciliacion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import pe.gob.minem.tramite.domain.model.ConflictoException;

/**
 * The last report (in memory: the start-up run makes a new one after each restart) and the guard
 * that lets one run at a time on this server.
 */
@ApplicationScoped
public class UltimaConciliacion {

  private final AtomicBoolean enCurso = new AtomicBoolean();
  private volatile InformeDeConciliacion ultimo;

  public void empezar() {
    if (!enCurso.compareAndSet(false, true)) {
      throw new ConflictoException("Ya hay una conciliación en curso; espere a que termine.");
    }
  }

  public void terminar(InformeDeConciliacion informe) {
    if (informe != null) {
      ultimo = informe;
    }
    enCurso.set(false);
  }

  public Optional<InformeDeConciliacion> ultimo() {
    return Optional.ofNullable(ultimo);
  }
}
