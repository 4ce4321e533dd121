package pe.gob.minem.tramite.application.correo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox's short transactions (ADR 0029). A due row is claimed by moving it to ENVIANDO with a
 * lease under a version check: of two nodes (or two sweeps) that read it, one moves it and the
 * other finds the version changed, on PostgreSQL and H2 alike. A lease that runs out (the node died
 * while sending) makes the row due again. Marking checks the claim's version too.
 */
@Stateless
public class ReclamoDeCorreos {

  private static final Logger LOG = Logger.getLogger(ReclamoDeCorreos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<CorreoPorEnviar> reclamar(int maximo, Instant ahora, Duration arriendo) {
    Timestamp t = Timestamp.from(ahora);
    @SuppressWarnings("unchecked")
    List<Object[]> debidos =
        em.createNativeQuery(
                "SELECT id, version, estado FROM correo_saliente"
                    + " WHERE (estado = 'PENDIENTE' AND proximo_intento <= ?)"
                    + " OR (estado = 'ENVIANDO' AND arriendo_hasta < ?)"
                    + " ORDER BY proximo_intento, id")
            .setParameter(1, t)
            .setParameter(2, t)
            .setMaxResults(maximo)
            .getResultList();
    List<CorreoPorEnviar> reclamados = new ArrayList<>();
    for (Object[] d : debidos) {
      long id = ((Number) d[0]).longValue();
      long version = ((Number) d[1]).longValue();
      int tomadas =
          em.createNativeQuery(
                  "UPDATE correo_saliente SET estado = 'ENVIANDO', arriendo_hasta = ?,"
                      + " version = version + 1 WHERE id = ? AND version = ?")
              .setParameter(1, Timestamp.from(ahora.plus(arriendo)))
              .setParameter(2, id)
              .setParameter(3, version)
              .executeUpdate();
      if (tomadas != 1) {
        continue; // another node or sweep took it
      }
      if (EstadoDeCorreo.ENVIANDO.name().equals(d[2])) {
        LOG.warning(
            () ->
                "El envío del correo "
                    + id
                    + " no terminó a tiempo (¿un nodo se detuvo?); se envía de nuevo con el mismo"
                    + " Message-ID");
      }
      Object[] f =
          (Object[])
              em.createNativeQuery(
                      "SELECT message_id, para, asunto, texto, html, en_respuesta_a, creado,"
                          + " intentos FROM correo_saliente WHERE id = ?")
                  .setParameter(1, id)
                  .getSingleResult();
      reclamados.add(
          new CorreoPorEnviar(
              id,
              version + 1,
              (String) f[0],
              (String) f[1],
              (String) f[2],
              texto(f[3]),
              texto(f[4]),
              (String) f[5],
              ((Timestamp) f[6]).toInstant(),
              ((Number) f[7]).intValue()));
    }
    return reclamados;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean marcarEnviado(CorreoPorEnviar c, Instant ahora) {
    int n =
        em.createNativeQuery(
                "UPDATE correo_saliente SET estado = 'ENVIADO', enviado = ?, arriendo_hasta = NULL,"
                    + " ultimo_error = NULL, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .setParameter(1, Timestamp.from(ahora))
            .setParameter(2, c.id())
            .setParameter(3, c.version())
            .executeUpdate();
    if (n != 1) {
      LOG.warning(
          () -> "El correo " + c.id() + " se envió, pero otro envío lo había reclamado entretanto");
    }
    return n == 1;
  }

  /** Back to PENDIENTE with the next attempt's time, or FALLIDO once the attempts run out. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public EstadoDeCorreo marcarFallo(
      CorreoPorEnviar c, String motivo, Reintentos reintentos, Instant ahora) {
    int intentos = c.intentos() + 1;
    EstadoDeCorreo estado =
        reintentos.agotados(intentos) ? EstadoDeCorreo.FALLIDO : EstadoDeCorreo.PENDIENTE;
    em.createNativeQuery(
            "UPDATE correo_saliente SET estado = ?, intentos = ?, proximo_intento = ?,"
                + " arriendo_hasta = NULL, ultimo_error = ?, version = version + 1"
                + " WHERE id = ? AND version = ?")
        .setParameter(1, estado.name())
        .setParameter(2, intentos)
        .setParameter(3, Timestamp.from(ahora.plus(reintentos.espera(intentos))))
        .setParameter(4, corto(motivo, 1000))
        .setParameter(5, c.id())
        .setParameter(6, c.version())
        .executeUpdate();
    return estado;
  }

  private static String texto(Object o) {
    if (o instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return (String) o;
  }

  static String corto(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
