package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * PostgreSQL's part of a backup: {@code pg_dump --format=custom} of the portal's database while it
 * keeps serving. The dump and the rows per table come from one snapshot: this holds a REPEATABLE
 * READ transaction open, exports its snapshot, runs pg_dump with {@code --snapshot} and counts in
 * that transaction, so the manifest's counts are exactly the dump's. The password reaches pg_dump
 * and pg_restore in their environment (PGPASSWORD), never on a command line.
 */
final class BasePostgresql implements BaseDelRespaldo {

  static final String ARCHIVO = "base-de-datos/tramite.pgdump";
  private static final String SIN_PERMISO = "42501";

  private final ServidorPostgresql servidor;
  private final String usuario;
  private final String clave;
  private volatile Instant instante;
  private volatile SortedMap<String, Long> filas;

  BasePostgresql(String url, String usuario, String clave) {
    this.servidor = ServidorPostgresql.de(url);
    this.usuario = usuario;
    this.clave = clave;
  }

  @Override
  public String motor() {
    return "postgresql";
  }

  @Override
  public String archivo() {
    return ARCHIVO;
  }

  /** When the dump's snapshot was taken (after {@link #respaldar}). */
  Instant instante() {
    return instante;
  }

  @Override
  public void respaldar(Path destino) throws IOException, SQLException {
    Files.createDirectories(destino.getParent());
    try (Connection c = conectar(servidor)) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      String instantanea;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_export_snapshot(), now()")) {
        rs.next();
        instantanea = rs.getString(1);
        instante = rs.getTimestamp(2).toInstant();
      }
      ejecutar(
          "pg_dump",
          List.of(
              "--format=custom", "--snapshot=" + instantanea, "--file=" + destino.toAbsolutePath()),
          servidor);
      filas = FilasPorTabla.contar(c);
      c.commit();
    }
  }

  /** Counted in the dump's own snapshot, while pg_dump ran. */
  @Override
  public SortedMap<String, Long> filasDeLaCopia(Path destino) {
    return filas;
  }

  @Override
  public void comprobarDestinoVacio() throws SQLException {
    try (Connection c = conectar(servidor)) {
      int tablas = FilasPorTabla.tablas(c);
      if (tablas > 0) {
        throw new ErrorDeRespaldo(
            "La base de datos "
                + servidor.base()
                + " de "
                + servidor.host()
                + " ya tiene "
                + tablas
                + " tablas: se restaura solo en una base vacía (bórrela y créela de nuevo, vacía,"
                + " con el mismo dueño).");
      }
    }
  }

  @Override
  public SortedMap<String, Long> restaurar(Path copia) throws IOException, SQLException {
    comprobarDestinoVacio();
    return restaurarEn(servidor, copia);
  }

  /**
   * Creates a scratch database beside the portal's (the user needs CREATEDB), restores into it,
   * counts, and drops it.
   */
  @Override
  public SortedMap<String, Long> verificar(Path copia) throws IOException, SQLException {
    String nombre =
        servidor.base() + "_verificacion_" + HexFormat.of().formatHex(aleatorio(4)).toLowerCase();
    try (Connection c = conectar(servidor);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE \"" + nombre + "\"");
    } catch (SQLException e) {
      if (SIN_PERMISO.equals(e.getSQLState())) {
        throw new ErrorDeRespaldo(
            "Para verificar un respaldo de PostgreSQL se restaura en una base temporal, y el usuario "
                + usuario
                + " no puede crear bases de datos en "
                + servidor.host()
                + ": concédale CREATEDB (ALTER ROLE "
                + usuario
                + " CREATEDB) o verifique contra otro servidor (TRAMITE_DB_URL,"
                + " TRAMITE_DB_USER, TRAMITE_DB_PASSWORD).",
            e);
      }
      throw e;
    }
    try {
      return restaurarEn(servidor.conBase(nombre), copia);
    } finally {
      try (Connection c = conectar(servidor);
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS \"" + nombre + "\"");
      }
    }
  }

  private SortedMap<String, Long> restaurarEn(ServidorPostgresql destino, Path copia)
      throws IOException, SQLException {
    ejecutar(
        "pg_restore",
        List.of(
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            copia.toAbsolutePath().toString()),
        destino);
    try (Connection c = conectar(destino)) {
      return FilasPorTabla.contar(c);
    }
  }

  private Connection conectar(ServidorPostgresql s) throws SQLException {
    return DriverManager.getConnection(s.url(), usuario, clave);
  }

  /** Runs pg_dump or pg_restore against a database; its own messages go to the terminal. */
  private void ejecutar(String programa, List<String> argumentos, ServidorPostgresql destino)
      throws IOException {
    List<String> comando = new ArrayList<>();
    comando.add(ProgramasDePostgresql.ruta(programa));
    comando.add("--no-password");
    comando.add("--host=" + destino.host());
    comando.add("--port=" + destino.puerto());
    comando.add("--username=" + usuario);
    comando.add("--dbname=" + destino.base());
    comando.addAll(argumentos);
    ProcessBuilder pb = new ProcessBuilder(comando).inheritIO();
    Map<String, String> entorno = pb.environment();
    entorno.put("PGPASSWORD", clave);
    destino.sslmode().ifPresent(m -> entorno.put("PGSSLMODE", m));
    Process p = pb.start();
    try {
      int codigo = p.waitFor();
      if (codigo != 0) {
        throw new ErrorDeRespaldo(programa + " terminó con el código " + codigo + " (vea arriba).");
      }
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new ErrorDeRespaldo(programa + " fue interrumpido.", e);
    }
  }

  private static byte[] aleatorio(int n) {
    byte[] b = new byte[n];
    new java.security.SecureRandom().nextBytes(b);
    return b;
  }
}
