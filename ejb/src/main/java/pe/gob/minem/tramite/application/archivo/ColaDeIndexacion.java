package pe.gob.minem.tramite.application.archivo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.bandeja.TareaCompletada;
import pe.gob.minem.tramite.application.expediente.ExpedienteRegistrado;
import pe.gob.minem.tramite.domain.model.archivo.TareaDeIndexacion;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;

/**
 * Puts an expediente on the durable indexing queue in the transaction of the change that needs it
 * (registration, a workflow step, a new document or version, a signature): if the change rolls
 * back, so does the row; if it commits, the worker is woken after the commit and, should the server
 * stop first, finds the row when it starts again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ColaDeIndexacion {

  private static final Logger LOG = Logger.getLogger(ColaDeIndexacion.class.getName());

  /** Marks a transaction that will wake the worker after its commit (once per transaction). */
  private static final String DESPERTAR = ColaDeIndexacion.class.getName() + ".despertar";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transacciones;
  @Inject IndexadorDelArchivo indexador;
  @Inject ExpedienteRepository expedientes;

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
    despertarAlConfirmar();
  }

  /**
   * Wakes the worker once this transaction has committed (a JTA synchronization: a CDI observer
   * {@code during = AFTER_SUCCESS} was called, now and then, on an instance without its injected
   * worker). Should the wake-up fail, the worker's 15-second schedule finds the row anyway.
   */
  private void despertarAlConfirmar() {
    if (transacciones.getResource(DESPERTAR) != null) {
      return;
    }
    transacciones.putResource(DESPERTAR, Boolean.TRUE);
    IndexadorDelArchivo trabajador = indexador;
    transacciones.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            if (estado != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              trabajador.despertar();
            } catch (RuntimeException ex) {
              LOG.log(
                  Level.FINE, "Archivo: no se despertó al indexador; lo hará su programación", ex);
            }
          }
        });
  }

  public void alRegistrar(@Observes ExpedienteRegistrado evento) {
    encolar(porNumero(evento.numero()));
  }

  public void alCompletarTarea(@Observes TareaCompletada evento) {
    encolar(porNumero(evento.numero()));
  }

  /** The expediente the event is about; it exists (the event follows its change). */
  private Expediente porNumero(String numero) {
    return NumeroExpediente.exacto(numero)
        .flatMap(expedientes::porNumero)
        .orElseThrow(() -> new IllegalStateException("No existe el expediente " + numero));
  }
}
