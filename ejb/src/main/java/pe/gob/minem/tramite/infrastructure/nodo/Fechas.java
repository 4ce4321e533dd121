package pe.gob.minem.tramite.infrastructure.nodo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Instants to and from the TIMESTAMP columns of native queries, as JDBC drivers return them. */
public final class Fechas {

  private Fechas() {}

  public static Timestamp sql(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  public static Instant instante(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof LocalDateTime l) {
      return l.atZone(ZoneId.systemDefault()).toInstant();
    }
    if (o instanceof OffsetDateTime d) {
      return d.toInstant();
    }
    if (o instanceof java.util.Date d) {
      return d.toInstant();
    }
    throw new IllegalArgumentException("No es una fecha: " + o.getClass());
  }
}
