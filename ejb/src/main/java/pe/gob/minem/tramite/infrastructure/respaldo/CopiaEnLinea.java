package pe.gob.minem.tramite.infrastructure.respaldo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded H2 database copied while the portal serves: its logical copy ({@link CopiaLogicaH2}:
 * SQL in one snapshot, rows counted in it) through the portal's own datasource — the server holds
 * the file, and H2 runs without AUTO_SERVER on purpose — into {@code <datos>/respaldo/}, where
 * {@code bin/tramite backup} takes it with its {@code .filas}. The file name is chosen here, never
 * by the caller.
 */
@ApplicationScoped
public class CopiaEnLinea {

  private static final Logger LOG = Logger.getLogger(CopiaEnLinea.class.getName());
  static final String CARPETA = "respaldo";

  /** Leftovers of a script that died before taking its copy are deleted after this. */
  private static final Duration OLVIDADA = Duration.ofDays(1);

  private static final DateTimeFormatter SELLO =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  @Resource(lookup = "java:app/jdbc/tramite")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String directorioDatos;

  /** The copy: its path relative to the data directory, its size, and when it ran. */
  public record Copia(String archivo, long bytes, Instant inicio, Instant fin) {}

  /** The database product the portal runs on ("H2", "PostgreSQL"). */
  public String motor() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    }
  }

  public Copia hacer() throws SQLException, IOException {
    Path datos = Path.of(directorioDatos).toAbsolutePath();
    Path carpeta = Files.createDirectories(datos.resolve(CARPETA));
    olvidarAntiguas(carpeta);
    Instant inicio = Instant.now();
    String nombre = "tramite-h2-" + SELLO.format(inicio) + ".sql.gz";
    Path parcial = carpeta.resolve(nombre + ".parcial");
    try (Connection c = dataSource.getConnection()) {
      CopiaLogicaH2.copiar(c, parcial);
    } catch (SQLException | RuntimeException e) {
      Files.deleteIfExists(parcial);
      throw e;
    }
    Path archivo = carpeta.resolve(nombre);
    Files.move(parcial, archivo, StandardCopyOption.ATOMIC_MOVE);
    return new Copia(
        datos.relativize(archivo).toString().replace('\\', '/'),
        Files.size(archivo),
        inicio,
        Instant.now());
  }

  private static void olvidarAntiguas(Path carpeta) throws IOException {
    Instant limite = Instant.now().minus(OLVIDADA);
    try (DirectoryStream<Path> s = Files.newDirectoryStream(carpeta, "tramite-h2-*")) {
      for (Path p : s) {
        if (Files.getLastModifiedTime(p).toInstant().isBefore(limite)) {
          Files.deleteIfExists(p);
          LOG.info("Respaldo: borrada una copia que ningún respaldo recogió: " + p);
        }
      }
    }
  }
}
