package pe.gob.minem.tramite.archivo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import pe.gob.minem.tramite.archivo.EntradaIndice;

/**
 * The same archive in PostgreSQL full-text search: a {@code tsvector} generated with the {@code
 * spanish} configuration plus {@code unaccent} (titulo and numero_documento weight A, texto B,
 * remitente C), GIN on it and on {@code lectores}, btree on the filter columns; loaded with COPY.
 */
final class Postgres implements AutoCloseable {

  /** Facets counted for the faceted class (GROUP BY each, as separate queries). */
  static final List<String> FACETAS = List.of("unidad", "tipo", "anio", "estado");

  private static final String COLUMNAS =
      "id, clase, expediente, numero_documento, titulo, texto, documento_identidad, remitente,"
          + " fecha, anio, unidad, procedimiento, tipo, estado, firmado, origen, nivel, lectores,"
          + " referencia, nombre_archivo";

  final Connection conexion;

  Postgres(String url) throws SQLException {
    conexion = DriverManager.getConnection(url);
    conexion.setAutoCommit(true);
  }

  void sql(String sql) throws SQLException {
    try (Statement s = conexion.createStatement()) {
      s.execute(sql);
    }
  }

  long valor(String sql) throws SQLException {
    try (Statement s = conexion.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  String texto(String sql) throws SQLException {
    try (Statement s = conexion.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  boolean hayUnaccent() throws SQLException {
    return valor("SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'") > 0;
  }

  /** Drops and creates the table (without indexes: they are built after COPY). */
  void crearEsquema(boolean unaccent) throws SQLException {
    sql("DROP TABLE IF EXISTS archivo");
    sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS tramite_es");
    sql("CREATE TEXT SEARCH CONFIGURATION tramite_es (COPY = spanish)");
    if (unaccent) {
      sql("CREATE EXTENSION IF NOT EXISTS unaccent");
      sql(
          "ALTER TEXT SEARCH CONFIGURATION tramite_es ALTER MAPPING FOR hword, hword_part, word"
              + " WITH unaccent, spanish_stem");
    }
    sql(
        """
        CREATE TABLE archivo (
          id text NOT NULL,
          clase text NOT NULL,
          expediente text NOT NULL,
          numero_documento text,
          titulo text NOT NULL,
          texto text NOT NULL,
          documento_identidad text,
          remitente text,
          fecha date NOT NULL,
          anio smallint NOT NULL,
          unidad text,
          procedimiento text,
          tipo text,
          estado text,
          firmado boolean NOT NULL,
          origen text,
          nivel text NOT NULL,
          lectores text[] NOT NULL,
          referencia bigint,
          nombre_archivo text,
          tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('tramite_es'::regconfig,
                                  titulo || ' ' || coalesce(numero_documento, '')), 'A')
            || setweight(to_tsvector('tramite_es'::regconfig, texto), 'B')
            || setweight(to_tsvector('tramite_es'::regconfig, coalesce(remitente, '')), 'C')
          ) STORED
        )""");
  }

  /** COPY (text format) of every entry the iterator yields; returns the rows written. */
  long copiar(Iterable<EntradaIndice> entradas) throws SQLException, IOException {
    PGConnection pg = conexion.unwrap(PGConnection.class);
    long filas = 0;
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new PGCopyOutputStream(
                    pg, "COPY archivo (" + COLUMNAS + ") FROM STDIN", 1 << 20),
                StandardCharsets.UTF_8),
            1 << 20)) {
      StringBuilder sb = new StringBuilder(32 * 1024);
      for (EntradaIndice e : entradas) {
        sb.setLength(0);
        campo(sb, e.id()).append('\t');
        campo(sb, e.clase()).append('\t');
        campo(sb, e.expediente()).append('\t');
        campo(sb, e.numeroDocumento()).append('\t');
        campo(sb, e.titulo()).append('\t');
        campo(sb, e.texto()).append('\t');
        campo(sb, e.documentoIdentidad()).append('\t');
        campo(sb, e.remitente()).append('\t');
        sb.append(e.fecha()).append('\t');
        sb.append(e.fecha().getYear()).append('\t');
        campo(sb, e.unidad()).append('\t');
        campo(sb, e.procedimiento()).append('\t');
        campo(sb, e.tipoDocumento()).append('\t');
        campo(sb, e.estado()).append('\t');
        sb.append(e.firmado() ? 't' : 'f').append('\t');
        campo(sb, e.origen()).append('\t');
        sb.append(e.nivel().name()).append('\t');
        campo(sb, arreglo(e.lectores())).append('\t');
        sb.append(e.referencia() == null ? "\\N" : e.referencia().toString()).append('\t');
        campo(sb, e.nombreArchivo()).append('\n');
        w.append(sb);
        filas++;
      }
    }
    return filas;
  }

  private static String arreglo(Set<String> valores) {
    StringBuilder sb = new StringBuilder("{");
    for (String v : valores) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return sb.append('}').toString();
  }

  private static StringBuilder campo(StringBuilder sb, String v) {
    if (v == null) {
      return sb.append("\\N");
    }
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\f' -> sb.append("\\f");
        default -> sb.append(c);
      }
    }
    return sb;
  }

  /** The indexes, built after the load; returns each one's seconds. */
  Map<String, Double> indexar() throws SQLException {
    Map<String, String> ddl = new LinkedHashMap<>();
    ddl.put("clave primaria (id)", "ALTER TABLE archivo ADD PRIMARY KEY (id)");
    ddl.put("GIN (tsv)", "CREATE INDEX archivo_tsv ON archivo USING gin (tsv)");
    ddl.put("GIN (lectores)", "CREATE INDEX archivo_lectores ON archivo USING gin (lectores)");
    ddl.put("btree (unidad, fecha)", "CREATE INDEX archivo_unidad ON archivo (unidad, fecha)");
    ddl.put("btree (fecha)", "CREATE INDEX archivo_fecha ON archivo (fecha)");
    ddl.put("btree (expediente)", "CREATE INDEX archivo_expediente ON archivo (expediente)");
    ddl.put("btree (tipo)", "CREATE INDEX archivo_tipo ON archivo (tipo)");
    ddl.put("btree (estado)", "CREATE INDEX archivo_estado ON archivo (estado)");
    ddl.put("VACUUM ANALYZE", "VACUUM (ANALYZE) archivo");
    Map<String, Double> tiempos = new LinkedHashMap<>();
    for (var e : ddl.entrySet()) {
      long t0 = System.nanoTime();
      sql(e.getValue());
      tiempos.put(e.getKey(), (System.nanoTime() - t0) / 1e9);
    }
    return tiempos;
  }

  // --- queries ---------------------------------------------------------------------------------

  private final Map<String, PreparedStatement> preparadas = new LinkedHashMap<>();

  private PreparedStatement preparada(String sql) throws SQLException {
    PreparedStatement ps = preparadas.get(sql);
    if (ps == null) {
      ps = conexion.prepareStatement(sql);
      preparadas.put(sql, ps);
    }
    return ps;
  }

  private static String filtros(Consultas.Caso c) {
    StringBuilder sb = new StringBuilder();
    if (c.unidad() != null) {
      sb.append(" AND unidad = ?");
    }
    if (c.desde() != null) {
      sb.append(" AND fecha >= ?");
    }
    if (c.hasta() != null) {
      sb.append(" AND fecha <= ?");
    }
    if (!c.lector().sinRestriccion()) {
      sb.append(" AND lectores && ?::text[]");
    }
    return sb.toString();
  }

  /** Sets the text and the filters' parameters from index {@code k} on. */
  private void parametros(PreparedStatement ps, Consultas.Caso c, int k) throws SQLException {
    ps.setString(k++, c.texto());
    if (c.unidad() != null) {
      ps.setString(k++, c.unidad());
    }
    if (c.desde() != null) {
      ps.setDate(k++, Date.valueOf(c.desde()));
    }
    if (c.hasta() != null) {
      ps.setDate(k++, Date.valueOf(c.hasta()));
    }
    if (!c.lector().sinRestriccion()) {
      ps.setArray(k, conexion.createArrayOf("text", c.lector().credenciales().toArray()));
    }
  }

  /** Time per part of the answer (nanoseconds), accumulated over the runs. */
  final Map<String, Long> nanosPorParte = new LinkedHashMap<>();

  /**
   * One logical search: the top 20 by ts_rank, the total (count(*)), and for the faceted class
   * one GROUP BY per facet. Returns the total.
   */
  long buscar(Consultas.Caso c) throws SQLException {
    String donde = " WHERE tsv @@ websearch_to_tsquery('tramite_es', ?)" + filtros(c);
    long t0 = System.nanoTime();
    PreparedStatement top =
        preparada(
            "SELECT id, titulo, expediente, fecha, unidad, tipo, nivel,"
                + " ts_rank(tsv, websearch_to_tsquery('tramite_es', ?)) AS puntaje FROM archivo"
                + donde
                + " ORDER BY puntaje DESC LIMIT 20");
    top.setString(1, c.texto());
    parametros(top, c, 2);
    List<String> ids = new ArrayList<>(20);
    try (ResultSet rs = top.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    long t1 = System.nanoTime();
    nanosPorParte.merge("top 20 (ts_rank)", t1 - t0, Long::sum);

    PreparedStatement cuenta = preparada("SELECT count(*) FROM archivo" + donde);
    parametros(cuenta, c, 1);
    long total;
    try (ResultSet rs = cuenta.executeQuery()) {
      rs.next();
      total = rs.getLong(1);
    }
    long t2 = System.nanoTime();
    nanosPorParte.merge("count(*)", t2 - t1, Long::sum);

    if (c.facetas()) {
      for (String f : FACETAS) {
        PreparedStatement ps =
            preparada(
                "SELECT " + f + ", count(*) FROM archivo" + donde + " GROUP BY 1 ORDER BY 2 DESC"
                    + " LIMIT 20");
        parametros(ps, c, 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getLong(2);
          }
        }
      }
      nanosPorParte.merge("facetas (4 × GROUP BY)", System.nanoTime() - t2, Long::sum);
    }
    return total;
  }

  void reiniciarPartes() {
    nanosPorParte.clear();
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of the top-20 query of a case, for the notes. */
  String explicar(Consultas.Caso c) throws SQLException {
    String sql =
        "EXPLAIN (ANALYZE, BUFFERS) SELECT id, ts_rank(tsv, websearch_to_tsquery('tramite_es', ?))"
            + " AS puntaje FROM archivo WHERE tsv @@ websearch_to_tsquery('tramite_es', ?)"
            + filtros(c)
            + " ORDER BY puntaje DESC LIMIT 20";
    try (PreparedStatement ps = conexion.prepareStatement(sql)) {
      ps.setString(1, c.texto());
      parametros(ps, c, 2);
      StringBuilder sb = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sb.append(rs.getString(1)).append('\n');
        }
      }
      return sb.toString();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : preparadas.values()) {
      ps.close();
    }
    conexion.close();
  }
}
