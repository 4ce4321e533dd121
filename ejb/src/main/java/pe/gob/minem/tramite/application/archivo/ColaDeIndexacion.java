package pe.gob.minem.tramite.application.archivo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import pe.gob.minem.tramite.application.ExpedienteRegistrado;
import pe.gob.minem.tramite.application.TareaCompletada;
import pe.gob.minem.tramite.domain.model.archivo.TareaDeIndexacion;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;

/**
 * Puts an expediente on the durable indexing queue in the transaction of the change that needs it
 * (registration, a workflow step, a new document or version, a signature): if the change rolls
 * back, so does the row; if it commits, the worker is woken after the commit and, should the server
 * stop first, finds the row when it starts again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ColaDeIndexacion {

  /** Fired when a row was added; observed after the commit to wake the worker. */
  public record Encolada(long expedienteId) {}

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Event<Encolada> encolada;

  public void encolar(Expediente e) {
    encolar(e.getId());
  }

  public void encolar(long expedienteId) {
    long pendientes =
        em.createQuery(
                "SELECT COUNT(t) FROM TareaDeIndexacion t WHERE t.expedienteId = :id AND t.estado"
                    + " = :estado",
                Long.class)
            .setParameter("id", expedienteId)
            .setParameter("estado", TareaDeIndexacion.Estado.PENDIENTE)
            .getSingleResult();
    if (pendientes == 0) {
      em.persist(new TareaDeIndexacion(expedienteId, Instant.now()));
    }
    encolada.fire(new Encolada(expedienteId));
  }

  public void alRegistrar(@Observes ExpedienteRegistrado evento) {
    encolar(porNumero(evento.numero()));
  }

  public void alCompletarTarea(@Observes TareaCompletada evento) {
    encolar(porNumero(evento.numero()));
  }

  private Expediente porNumero(String numero) {
    return em.createNamedQuery("Expediente.porNumero", Expediente.class)
        .setParameter("numero", numero)
        .getSingleResult();
  }
}
