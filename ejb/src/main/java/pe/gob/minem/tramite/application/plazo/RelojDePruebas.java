package pe.gob.minem.tramite.application.plazo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.infrastructure.workflow.EjecutorDeTemporizadores;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The engine's clock moved forward by the integration tests, so that plazos fall due without
 * waiting (never by sleeping). It exists only where the server was started with {@code
 * -Dtramite.pruebas.reloj=true} (the tests' domain); elsewhere it answers "not found", and even
 * there only an administrator may move it.
 */
@Stateless
public class RelojDePruebas {

  public static final String PROPIEDAD = "tramite.pruebas.reloj";

  @Inject Flujos flujos;
  @Inject EjecutorDeTemporizadores temporizadores;
  @Inject jakarta.enterprise.event.Event<RelojMovido> relojMovido;
  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  public record Estado(Instant ahora, int temporizadoresEjecutados) {}

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Estado avanzar(Duration cuanto) {
    exigirHabilitadoYAdministrador();
    flujos.adelantarReloj(cuanto);
    int n = temporizadores.ejecutarVencidos();
    // the scheduled looks due by the moved clock: backups (ADR 0027), survey reminders (ADR
    // 0031), daily digests (ADR 0036), each observing the event
    relojMovido.fire(new RelojMovido(flujos.ahora()));
    return new Estado(flujos.ahora(), n);
  }

  /** Back to the real time. */
  public Estado reiniciar() {
    exigirHabilitadoYAdministrador();
    return new Estado(flujos.relojReal(), 0);
  }

  private void exigirHabilitadoYAdministrador() {
    if (!Boolean.getBoolean(PROPIEDAD)) {
      throw new NoEncontradoException("No existe este recurso.");
    }
    var p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_RELOJ", "reloj", "no es administrador");
      throw new AccesoDenegadoException("Solo un administrador puede mover el reloj de pruebas.");
    }
  }
}
