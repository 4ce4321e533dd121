package pe.gob.minem.tramite.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Direct look at the test database (the one postgres-de-prueba.sh made or TRAMITE_IT_DB_URL): row
 * counts of every table, to prove that a failed transaction left nothing behind.
 */
public final class BaseDeDatos {

  /**
   * Tables that may legitimately change beside a rolled-back operation: audit and security logs
   * written in their own transaction (an attempt that failed is still an event worth logging).
   */
  private static final Pattern BITACORAS =
      Pattern.compile(".*(audit|bitacora|log|intento|acceso|sesion|seguridad|aviso).*");

  private BaseDeDatos() {}

  public static Connection conectar() throws SQLException {
    Properties p = new Properties();
    Path f = Path.of(System.getProperty("it.db.props", "target/postgres-de-prueba.properties"));
    try (InputStream in = Files.newInputStream(f)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DriverManager.getConnection(
        p.getProperty("url"), p.getProperty("user"), p.getProperty("password"));
  }

  /** schema.table → row count, for every table that the application's user can read. */
  public static Map<String, Long> filasPorTabla() {
    Map<String, Long> filas = new TreeMap<>();
    try (Connection c = conectar();
        Statement st = c.createStatement()) {
      List<String> tablas = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "select table_schema, table_name from information_schema.tables"
                  + " where table_type = 'BASE TABLE'"
                  + " and table_schema not in ('pg_catalog', 'information_schema')"
                  + " order by 1, 2")) {
        while (rs.next()) {
          tablas.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
        }
      }
      for (String t : tablas) {
        try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
          rs.next();
          filas.put(t.replace("\"", ""), rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo leer la base de datos de prueba: " + e, e);
    }
    return filas;
  }

  /** Tables (other than audit/security logs) whose row count differs, with before → after. */
  public static Map<String, String> diferencias(
      Map<String, Long> antes, Map<String, Long> despues) {
    Map<String, String> d = new TreeMap<>();
    for (String t : despues.keySet()) {
      long a = antes.getOrDefault(t, 0L);
      long b = despues.get(t);
      if (a != b && !BITACORAS.matcher(t.toLowerCase()).matches()) {
        d.put(t, a + " → " + b);
      }
    }
    return d;
  }
}
