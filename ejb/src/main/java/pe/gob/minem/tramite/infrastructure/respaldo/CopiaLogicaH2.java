package pe.gob.minem.tramite.infrastructure.respaldo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An H2 database copied as SQL ({@code SCRIPT TO … COMPRESSION GZIP}) from one snapshot, and put
 * back with {@code RUNSCRIPT} into a new database file.
 *
 * <p>Not {@code BACKUP TO}: H2 2.2's online BACKUP copies the live MVStore file, and such copies
 * are known to open wrongly after their first close (h2database issue #2752, fixed in 2.3.230; the
 * rest of the work, PR #4069, unmerged). Here a portal restored from one came up with the database
 * as it was before the backup's last commits, although counting the copy had found them. A logical
 * copy is read through SQL and restored into a freshly written file; it also survives an upgrade of
 * H2.
 *
 * <p>The snapshot: SCRIPT runs in a transaction of its own (H2 commits before a non-transactional
 * command), and in SNAPSHOT isolation H2 takes every table's snapshot at a transaction's first
 * statement; reads take no locks, so registrations go on meanwhile. The rows of that snapshot are
 * therefore counted from the copy itself (restored into scratch space), not by a later query.
 */
public final class CopiaLogicaH2 {

  private CopiaLogicaH2() {}

  /** Writes the copy to {@code destino} (gzip). */
  public static void copiar(Connection c, Path destino) throws SQLException {
    boolean autocommit = c.getAutoCommit();
    int aislamiento = c.getTransactionIsolation();
    try {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
      }
      try (PreparedStatement s = c.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
        s.setString(1, destino.toAbsolutePath().toString());
        s.execute();
      }
    } finally {
      c.setTransactionIsolation(aislamiento);
      c.setAutoCommit(autocommit);
    }
  }

  /** Runs the copy into the (new, empty) database of this connection. */
  public static void restaurar(Connection c, Path copia) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
      s.setString(1, copia.toAbsolutePath().toString());
      s.execute();
    }
  }
}
