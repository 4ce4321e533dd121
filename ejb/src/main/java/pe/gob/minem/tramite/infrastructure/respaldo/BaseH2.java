package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The embedded H2 database's part of a backup: its logical copy ({@link CopiaLogicaH2}). While the
 * portal runs it holds the file (no AUTO_SERVER, on purpose), so the portal makes the copy in its
 * own JVM ({@code POST /api/v1/respaldo/base-de-datos}, {@link CopiaEnLinea}) and this takes it;
 * with the portal stopped this opens the file and makes it.
 */
final class BaseH2 implements BaseDelRespaldo {

  static final String ARCHIVO = "base-de-datos/tramite-h2.sql.gz";
  private static final String NOMBRE = "tramite";
  private static final int YA_ABIERTA = 90020; // H2's DATABASE_ALREADY_OPEN_1

  private final Path datos;
  private final String usuario;
  private final String clave;
  private final Path copiaDelPortal;

  /**
   * @param copiaDelPortal the copy the running portal made, or null to make it here
   */
  BaseH2(Path datos, String usuario, String clave, Path copiaDelPortal) {
    this.datos = datos;
    this.usuario = usuario;
    this.clave = clave;
    this.copiaDelPortal = copiaDelPortal;
  }

  @Override
  public String motor() {
    return "h2";
  }

  @Override
  public String archivo() {
    return ARCHIVO;
  }

  @Override
  public void respaldar(Path destino) throws IOException, SQLException {
    Files.createDirectories(destino.getParent());
    if (copiaDelPortal != null) {
      mover(copiaDelPortal, destino);
    } else {
      Path dir = datos.resolve("db");
      if (!Files.isRegularFile(dir.resolve(NOMBRE + ".mv.db"))) {
        throw new ErrorDeRespaldo("No hay base de datos H2 en " + dir + ".");
      }
      try (Connection c = conectar(dir, true)) {
        CopiaLogicaH2.copiar(c, destino);
      } catch (SQLException e) {
        if (e.getErrorCode() == YA_ABIERTA) {
          throw new ErrorDeRespaldo(
              "La base de datos H2 está en uso pero el portal no responde (¿está iniciando o"
                  + " deteniéndose?): espere a que esté listo (bin/tramite status) y repita.",
              e);
        }
        throw e;
      }
    }
  }

  /** Counted in the copy restored into scratch space: see CopiaLogicaH2. */
  @Override
  public SortedMap<String, Long> filasDeLaCopia(Path destino) throws IOException, SQLException {
    return verificar(destino);
  }

  @Override
  public void comprobarDestinoVacio() {
    // the data directory's emptiness covers db/; restaurarEn refuses an existing file besides
  }

  @Override
  public SortedMap<String, Long> restaurar(Path copia) throws IOException, SQLException {
    return restaurarEn(Files.createDirectories(datos.resolve("db")), copia);
  }

  @Override
  public SortedMap<String, Long> verificar(Path copia) throws IOException, SQLException {
    Path tmp = Files.createTempDirectory("tramite-verificacion-h2");
    try {
      return restaurarEn(tmp, copia);
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** A new database file in {@code dir} from the copy; counted after a close and a reopening. */
  private SortedMap<String, Long> restaurarEn(Path dir, Path copia)
      throws IOException, SQLException {
    if (Files.exists(dir.resolve(NOMBRE + ".mv.db"))) {
      throw new ErrorDeRespaldo("Ya hay una base de datos en " + dir + ".");
    }
    try (Connection c = conectar(dir, false)) {
      CopiaLogicaH2.restaurar(c, copia);
    }
    try (Connection c = conectar(dir, true)) {
      return FilasPorTabla.contar(c);
    }
  }

  private Connection conectar(Path dir, boolean existente) throws SQLException {
    // as bin/tramite opens it; IFEXISTS: never create an empty one by mistake
    String url =
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve(NOMBRE)
            + ";MODE=LEGACY"
            + (existente ? ";IFEXISTS=TRUE" : "");
    return DriverManager.getConnection(url, usuario, clave);
  }

  private static void mover(Path de, Path a) throws IOException {
    try {
      Files.move(de, a, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException otroSistemaDeArchivos) {
      Files.copy(de, a);
      Files.delete(de);
    }
  }
}
