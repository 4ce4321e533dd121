package pe.gob.minem.tramite.infrastructure.respaldo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rows of every table of the database's own schemas ({@code ESQUEMA.TABLA → filas}), counted
 * through the given connection: in its transaction, so that on PostgreSQL the counts are those of
 * the dump's snapshot.
 */
final class FilasPorTabla {

  private static final Set<String> DEL_SISTEMA =
      Set.of("information_schema", "pg_catalog", "pg_toast");

  private FilasPorTabla() {}

  static SortedMap<String, Long> contar(Connection c) throws SQLException {
    String comilla = c.getMetaData().getIdentifierQuoteString().strip();
    SortedMap<String, Long> filas = new TreeMap<>();
    try (Statement s = c.createStatement()) {
      for (String[] t : propias(c)) {
        String nombre = (t[0] == null ? "" : citar(t[0], comilla) + ".") + citar(t[1], comilla);
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + nombre)) {
          rs.next();
          filas.put((t[0] == null ? "" : t[0] + ".") + t[1], rs.getLong(1));
        }
      }
    }
    return filas;
  }

  /** How many tables the database's own schemas hold (a restore needs an empty database). */
  static int tablas(Connection c) throws SQLException {
    return propias(c).size();
  }

  /** Schema and name of each table outside the system's schemas. */
  private static List<String[]> propias(Connection c) throws SQLException {
    List<String[]> tablas = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String esquema = rs.getString("TABLE_SCHEM");
        if (esquema == null || !DEL_SISTEMA.contains(esquema.toLowerCase(Locale.ROOT))) {
          tablas.add(new String[] {esquema, rs.getString("TABLE_NAME")});
        }
      }
    }
    return tablas;
  }

  private static String citar(String identificador, String comilla) {
    return comilla + identificador.replace(comilla, comilla + comilla) + comilla;
  }
}
