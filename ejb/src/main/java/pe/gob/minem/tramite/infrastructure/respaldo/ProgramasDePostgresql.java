package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where pg_dump and pg_restore are: in TRAMITE_PG_BIN if set, else on the PATH, else the newest of
 * Debian's {@code /usr/lib/postgresql/<versión>/bin}. pg_dump must be at least the server's major
 * version (it says so itself when it is not).
 */
final class ProgramasDePostgresql {

  private ProgramasDePostgresql() {}

  static String ruta(String programa) throws IOException {
    String propia = System.getenv("TRAMITE_PG_BIN");
    if (propia != null && !propia.isBlank()) {
      Path p = Path.of(propia, programa);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
      throw new ErrorDeRespaldo("No hay " + programa + " en TRAMITE_PG_BIN=" + propia + ".");
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        Path p = Path.of(d.isEmpty() ? "." : d, programa);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return deDebian(programa)
        .orElseThrow(
            () ->
                new ErrorDeRespaldo(
                    "No encuentro "
                        + programa
                        + ": instale el cliente de PostgreSQL (apt-get install postgresql-client)"
                        + " o indique su carpeta con TRAMITE_PG_BIN."));
  }

  private static Optional<String> deDebian(String programa) throws IOException {
    Path raiz = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(raiz)) {
      return Optional.empty();
    }
    try (Stream<Path> versiones = Files.list(raiz)) {
      return versiones
          .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .sorted(
              Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString()))
                  .reversed())
          .map(v -> v.resolve("bin").resolve(programa))
          .filter(Files::isExecutable)
          .map(Path::toString)
          .findFirst();
    }
  }
}
