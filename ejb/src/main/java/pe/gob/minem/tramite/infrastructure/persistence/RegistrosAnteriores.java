package pe.gob.minem.tramite.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import pe.gob.minem.tramite.domain.model.auditoria.HuellaDeRegistro;

/**
 * Chains, once, the audit rows written before the chain existed (V6 records the last of their ids):
 * in id order, after whatever the chain already holds. Plain JDBC, right after the migration: SQL
 * cannot compute the same SHA-256 on H2 and on PostgreSQL.
 */
final class RegistrosAnteriores {

  private static final Logger LOG = Logger.getLogger(RegistrosAnteriores.class.getName());

  private RegistrosAnteriores() {}

  /** How many rows were chained (0 once they all are). */
  static int encadenar(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int n = encadenar(c);
        c.commit();
        if (n > 0) {
          LOG.info(() -> "Auditoría: " + n + " registros anteriores a la cadena encadenados");
        }
        return n;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  private static int encadenar(Connection c) throws SQLException {
    long secuencia;
    String hash;
    long ultimo;
    try (var st =
            c.prepareStatement(
                "SELECT secuencia, hash, ultimo_id_anterior FROM cadena_auditoria WHERE id = 1"
                    + " FOR UPDATE");
        var rs = st.executeQuery()) {
      rs.next();
      secuencia = rs.getLong(1);
      hash = rs.getString(2);
      ultimo = rs.getLong(3);
    }
    int n = 0;
    try (var lee =
            c.prepareStatement(
                "SELECT id, fecha, usuario, evento, objeto, detalle FROM registro_auditoria"
                    + " WHERE secuencia IS NULL AND id <= ? ORDER BY id");
        var escribe =
            c.prepareStatement(
                "UPDATE registro_auditoria SET secuencia = ?, hash_anterior = ?, hash = ?"
                    + " WHERE id = ?")) {
      lee.setLong(1, ultimo);
      try (var rs = lee.executeQuery()) {
        while (rs.next()) {
          secuencia++;
          String nuevo =
              HuellaDeRegistro.de(
                  secuencia,
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  hash);
          escribe.setLong(1, secuencia);
          escribe.setString(2, hash);
          escribe.setString(3, nuevo);
          escribe.setLong(4, rs.getLong(1));
          escribe.addBatch();
          hash = nuevo;
          if (++n % 500 == 0) {
            escribe.executeBatch();
          }
        }
      }
      escribe.executeBatch();
    }
    if (n > 0) {
      try (var st =
          c.prepareStatement("UPDATE cadena_auditoria SET secuencia = ?, hash = ? WHERE id = 1")) {
        st.setLong(1, secuencia);
        st.setString(2, hash);
        st.executeUpdate();
      }
    }
    return n;
  }
}
