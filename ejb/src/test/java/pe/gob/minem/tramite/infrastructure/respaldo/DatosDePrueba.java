package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * A portal's data directory as bin/tramite leaves it, small: an H2 file database (user tramite)
 * with two tables, two stored documents named by their SHA-256, demo PKI and TLS files readable by
 * their owner only, and the things a backup leaves out (index, quarantine, a write in progress).
 */
final class DatosDePrueba {

  final Path datos;
  final String documentoA;
  final String documentoB;

  DatosDePrueba(Path datos) throws IOException, SQLException {
    this.datos = datos;
    try (Connection c = conectar(datos.resolve("db"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE expediente (id BIGINT PRIMARY KEY, numero VARCHAR(20))");
      s.execute("CREATE TABLE archivo_expediente (id BIGINT PRIMARY KEY, sha256 CHAR(64))");
      for (int i = 1; i <= 7; i++) {
        s.execute("INSERT INTO expediente VALUES (" + i + ", 'EXP-2026-00000" + i + "')");
      }
      s.execute("INSERT INTO archivo_expediente VALUES (1, 'a'), (2, 'b')");
    }
    documentoA = documento("Oficio N° 1 de la mesa de partes");
    documentoB = documento("Informe técnico de la OTI");
    escribir("pki/demo-pki/pki.properties", "store.password=secreto\n", "rw-------");
    escribir("pki/demo-pki/persons/08765432.p12", "llave del director", "rw-------");
    escribir("tls/.clave", "clave-tls", "rw-------");
    escribir(".payara-admin", "AS_ADMIN_PASSWORD=x\n", "rw-------");
    escribir(".tramite-server.properties", "tramite.demo=true\n", "rw-r--r--");
    escribir("indice/segments_1", "índice de Lucene", "rw-r--r--");
    escribir("cuarentena/2026-01-02/documentos/ab/cd/huerfano", "huérfano", "rw-r--r--");
    escribir("documentos/tmp/x.part", "a medio escribir", "rw-r--r--");
    escribir("cuentas/administrador.solicitud", "jefa", "rw-------");
  }

  /** Stores a document as the document store does: documentos/ab/cd/&lt;sha256&gt;. */
  String documento(String texto) throws IOException {
    byte[] b = texto.getBytes(StandardCharsets.UTF_8);
    String sha = sha256(b);
    escribir(
        "documentos/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha,
        texto,
        "rw-r--r--");
    return sha;
  }

  void escribir(String ruta, String texto, String permisos) throws IOException {
    Path f = datos.resolve(ruta);
    Files.createDirectories(f.getParent());
    Files.writeString(f, texto, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permisos));
  }

  static Connection conectar(Path dirDb) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + dirDb.toAbsolutePath().resolve("tramite") + ";MODE=LEGACY",
        "tramite",
        "tramite");
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a backup of this data directory with the portal stopped (H2 opened here). */
  int respaldar(Path destino) throws Exception {
    return ComandoDeRespaldo.respaldar(
        Map.of("datos", datos.toString(), "destino", destino.toString(), "motor", "h2"));
  }

  static int restaurar(Path origen, Path datos) throws Exception {
    return ComandoDeRespaldo.restaurar(
        Map.of("origen", origen.toString(), "datos", datos.toString(), "motor", "h2"));
  }

  static int verificar(Path origen) throws Exception {
    return ComandoDeRespaldo.verificar(Map.of("origen", origen.toString()));
  }
}
