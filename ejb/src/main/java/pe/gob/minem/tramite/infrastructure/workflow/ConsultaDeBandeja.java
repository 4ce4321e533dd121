package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pe.gob.minem.tramite.infrastructure.nodo.Fechas;

/**
 * A bandeja filtered, counted, ordered and paged in the database (ADR 0045): the pending tasks a
 * person or their cargos may take, joined to their expediente through the process variable {@code
 * numero}. The cost of one page no longer grows with the size of the bandeja, where the engine's
 * query used to load up to 2,000 tasks with all their variables and filter them in memory.
 *
 * <p>The same tasks as Flowable's {@code active().or().taskAssignee(u).taskCandidateGroupIn(g)}:
 * active, and either the person's, or unclaimed with one of the cargos as candidate. The order is
 * the bandeja's: expedientes past their plazo first, then those of a priority other than NORMAL,
 * then the oldest task.
 */
@ApplicationScoped
public class ConsultaDeBandeja {

  /** What to look for; null (or blank text) means any. */
  public record Criterios(
      String usuario,
      Set<String> grupos,
      String tipoDocumento,
      String prioridad,
      boolean soloVencidos,
      String texto,
      LocalDate hoy,
      Instant ahora) {}

  /** One page's task ids, in order, and the counts over the whole filtered bandeja. */
  public record Resultado(List<String> ids, long total, long vencidas, long pasosVencidos) {}

  /** The expediente is past its plazo (and not attended): parameters ?1 today. */
  private static final String VENCIDO = "(e.estado <> 'ATENDIDO' AND e.fecha_limite < ?1)";

  /** The step is past its own plazo: parameter ?2 the engine's now. */
  private static final String PASO_VENCIDO = "(t.DUE_DATE_ IS NOT NULL AND t.DUE_DATE_ <= ?2)";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  public ConsultaDeBandeja() {}

  /** With an entity manager of one's own (the tests, outside the server). */
  public ConsultaDeBandeja(EntityManager em) {
    this.em = em;
  }

  public Resultado consultar(Criterios c, int desde, int maximo) {
    List<Object> parametros = new ArrayList<>();
    parametros.add(java.sql.Date.valueOf(c.hoy()));
    parametros.add(Fechas.sql(c.ahora()));
    String desdeDonde = desdeDonde(c, parametros);
    Object[] cuentas =
        (Object[])
            conParametros(
                    em.createNativeQuery(
                        "SELECT COUNT(*), SUM(CASE WHEN "
                            + VENCIDO
                            + " THEN 1 ELSE 0 END), SUM(CASE WHEN "
                            + PASO_VENCIDO
                            + " THEN 1 ELSE 0 END)"
                            + desdeDonde),
                    parametros)
                .getSingleResult();
    long total = numero(cuentas[0]);
    List<String> ids = new ArrayList<>();
    if (total > desde && maximo > 0) {
      int n = parametros.size();
      parametros.add(maximo);
      parametros.add(desde);
      for (Object id :
          conParametros(
                  em.createNativeQuery(
                      "SELECT t.ID_"
                          + desdeDonde
                          + " ORDER BY CASE WHEN "
                          + VENCIDO
                          + " THEN 0 ELSE 1 END,"
                          + " CASE WHEN e.prioridad = 'NORMAL' THEN 1 ELSE 0 END,"
                          + " t.CREATE_TIME_, t.ID_"
                          + " LIMIT ?"
                          + (n + 1)
                          + " OFFSET ?"
                          + (n + 2)),
                  parametros)
              .getResultList()) {
        ids.add(id.toString());
      }
    }
    return new Resultado(List.copyOf(ids), total, numero(cuentas[1]), numero(cuentas[2]));
  }

  /** FROM and WHERE, with their parameters added after ?1 (today) and ?2 (now). */
  private static String desdeDonde(Criterios c, List<Object> p) {
    StringBuilder sql =
        new StringBuilder(
            " FROM ACT_RU_TASK t"
                + " JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.PROC_INST_ID_"
                + " AND v.NAME_ = 'numero'"
                + " JOIN expediente e ON e.numero = v.TEXT_"
                + " WHERE t.SUSPENSION_STATE_ = 1 AND (t.ASSIGNEE_ = ?"
                + parametro(p, c.usuario()));
    if (!c.grupos().isEmpty()) {
      sql.append(
          " OR (t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l"
              + " WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN (");
      String coma = "";
      for (String g : c.grupos()) {
        sql.append(coma).append('?').append(parametro(p, g));
        coma = ", ";
      }
      sql.append(")))");
    }
    sql.append(')');
    if (c.tipoDocumento() != null) {
      sql.append(" AND e.tipo_documento = ?").append(parametro(p, c.tipoDocumento()));
    }
    if (c.prioridad() != null) {
      sql.append(" AND e.prioridad = ?").append(parametro(p, c.prioridad()));
    }
    if (c.soloVencidos()) {
      sql.append(" AND ").append(VENCIDO);
    }
    if (c.texto() != null && !c.texto().isBlank()) {
      int i = parametro(p, "%" + literal(c.texto().strip().toLowerCase(Locale.ROOT)) + "%");
      sql.append(" AND (LOWER(e.numero) LIKE ?")
          .append(i)
          .append(" ESCAPE '!' OR LOWER(e.asunto) LIKE ?")
          .append(i)
          .append(" ESCAPE '!')");
    }
    return sql.toString();
  }

  /** The text as LIKE reads it literally: its wildcards and the escape character escaped. */
  static String literal(String texto) {
    return texto.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static int parametro(List<Object> p, Object valor) {
    p.add(valor);
    return p.size();
  }

  private static Query conParametros(Query q, List<Object> p) {
    for (int i = 0; i < p.size(); i++) {
      q.setParameter(i + 1, p.get(i));
    }
    return q;
  }

  private static long numero(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
