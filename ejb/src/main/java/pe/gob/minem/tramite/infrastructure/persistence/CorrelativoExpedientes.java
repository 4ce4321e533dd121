package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The per-year correlative of expediente numbers. A number is taken in its own short transaction
 * (an UPDATE that locks the year's row only for that instant), so concurrent registrations do not
 * queue behind each other's whole work; the unique constraints on {@code expediente} (numero; anio
 * + correlativo) guarantee uniqueness regardless. A number is never given twice: a registration
 * that fails after taking one leaves a gap, which the caller logs.
 */
@Stateless
public class CorrelativoExpedientes {

  @PersistenceContext(unitName = "tramite")
  private EntityManager em;

  @Resource private SessionContext contexto;

  /** The series numbered per year: each its own table of (anio, ultimo). */
  public enum Serie {
    EXPEDIENTE("correlativo_expediente"),
    /** The Mesa de Ayuda's tickets, TCK-AAAA-NNNNNN (ADR 0031). */
    TICKET("correlativo_ticket");

    private final String tabla;

    Serie(String tabla) {
      this.tabla = tabla;
    }
  }

  /** The next expediente correlative of the year, committed at once (independent of the caller). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long siguiente(int anio) {
    return tomar(Serie.EXPEDIENTE, anio);
  }

  /** The next correlative of the series and year, committed at once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long siguiente(Serie serie, int anio) {
    return tomar(serie, anio);
  }

  private long tomar(Serie serie, int anio) {
    int filas = incrementar(serie, anio);
    if (filas == 0) {
      try {
        contexto.getBusinessObject(CorrelativoExpedientes.class).crearAnio(serie, anio);
      } catch (RuntimeException yaExiste) {
        // another registration created the row first: just use it
      }
      filas = incrementar(serie, anio);
    }
    if (filas != 1) {
      throw new IllegalStateException("No se pudo tomar el correlativo del año " + anio);
    }
    return ((Number)
            em.createNativeQuery("SELECT ultimo FROM " + serie.tabla + " WHERE anio = ?1")
                .setParameter(1, anio)
                .getSingleResult())
        .longValue();
  }

  private int incrementar(Serie serie, int anio) {
    return em.createNativeQuery(
            "UPDATE " + serie.tabla + " SET ultimo = ultimo + 1 WHERE anio = ?1")
        .setParameter(1, anio)
        .executeUpdate();
  }

  /** In its own transaction, so that a duplicate-key race does not spoil the caller's. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void crearAnio(Serie serie, int anio) {
    em.createNativeQuery("INSERT INTO " + serie.tabla + " (anio, ultimo) VALUES (?1, 0)")
        .setParameter(1, anio)
        .executeUpdate();
  }
}
