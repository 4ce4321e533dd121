package pe.gob.minem.tramite.application.copiaderespaldo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Starts one scheduled backup (ADR 0027) in a transaction of its own: claims the due time in the
 * catalogue entry's row (a conditional UPDATE from the last due time read: a second node, or a
 * second check on this one, finds it moved and does nothing), finds or opens the month's
 * expediente, starts P/OGA-TI-06 by its message «respaldoProgramado» and records the run in {@code
 * respaldo_programado}, whose key (entry, due time) refuses a second one. All of it commits
 * together or not at all: a run that failed to start is claimed again on the next check.
 */
@Stateless
public class InicioDeRespaldoProgramado {

  private static final Logger LOG = Logger.getLogger(InicioDeRespaldoProgramado.class.getName());

  public static final String MENSAJE = "respaldoProgramado";

  /** Who the audit names for what the scheduler does. */
  public static final String PROGRAMADOR = "programador-de-respaldos";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Flujos flujos;
  @Inject ExpedienteDeRespaldos expedienteDelMes;
  @Inject Auditoria auditoria;

  /** Returns the started instance's id, or null when another one claimed this due time first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String programar(long catalogoId, Instant anterior, Programacion.Vencida vencida) {
    int tomadas =
        em.createNativeQuery(
                "UPDATE catalogo_respaldo SET ultima_programada = ?, version = version + 1"
                    + " WHERE id = ? AND ultima_programada = ? AND activo = TRUE")
            .setParameter(1, Timestamp.from(vencida.programadaPara()))
            .setParameter(2, catalogoId)
            .setParameter(3, Timestamp.from(anterior))
            .executeUpdate();
    if (tomadas != 1) {
      return null;
    }
    EntradaDeCatalogo e = em.find(EntradaDeCatalogo.class, catalogoId);
    em.refresh(e);
    String numero =
        expedienteDelMes.numero(
            YearMonth.from(vencida.programadaPara().atZone(Programacion.LIMA)), null);
    Map<String, Object> variables = new HashMap<>();
    variables.put("numero", numero);
    variables.put("catalogoId", catalogoId);
    variables.put("servidor", e.getServidor());
    variables.put("programadoPara", vencida.programadaPara().toString());
    String procesoId = flujos.iniciarPorMensaje(MENSAJE, numero, variables);
    em.createNativeQuery(
            "INSERT INTO respaldo_programado"
                + " (catalogo_id, programado_para, proceso_id, expediente, omitidas, iniciado)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, catalogoId)
        .setParameter(2, Timestamp.from(vencida.programadaPara()))
        .setParameter(3, procesoId)
        .setParameter(4, numero)
        .setParameter(5, vencida.omitidas())
        .setParameter(6, Timestamp.from(Instant.now()))
        .executeUpdate();
    auditoria.registrar(
        PROGRAMADOR,
        "RESPALDO_PROGRAMADO",
        numero,
        e.getServidor()
            + " — programada para "
            + vencida.programadaPara()
            + (vencida.omitidas() > 0
                ? "; " + vencida.omitidas() + " ejecución(es) anterior(es) no realizada(s) a tiempo"
                : ""));
    LOG.info(
        () ->
            "Copia de respaldo programada: "
                + e.getServidor()
                + " para "
                + vencida.programadaPara()
                + " en "
                + numero);
    return procesoId;
  }
}
