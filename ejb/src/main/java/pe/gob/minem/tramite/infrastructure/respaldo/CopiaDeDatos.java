package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data directory's files in a backup, under {@code datos/}: everything except what the backup
 * takes another way or what the portal makes again —
 *
 * <ul>
 *   <li>{@code db/}: the database comes from its own consistent copy (H2's BACKUP, pg_dump);
 *   <li>{@code indice/}: the archive index is derived data, rebuilt when the portal starts with an
 *       empty index beside a database that has expedientes;
 *   <li>{@code cuarentena/}: files no row refers to (ADR 0021);
 *   <li>{@code cuentas/}: requests of {@code bin/tramite administrador}, which the running portal
 *       applies within seconds (their effect is in the database);
 *   <li>{@code respaldo/}: where the portal leaves an H2 backup for the script to take;
 *   <li>{@code documentos/tmp/} and {@code .tmp*} files: writes in progress.
 * </ul>
 *
 * Each file is hashed while it is copied. A stored document whose bytes no longer hash to its name
 * is reported; a file that disappears while the copy runs (reconciliation moved an orphan to
 * quarantine) is reported and left out.
 */
final class CopiaDeDatos {

  static final String PREFIJO = "datos/";
  private static final Set<String> FUERA =
      Set.of("db", "indice", "cuarentena", "cuentas", "respaldo");

  private CopiaDeDatos() {}

  /** What a copy into a backup found. */
  record Copia(
      List<Manifiesto.Archivo> archivos, List<String> desaparecidos, List<String> alterados) {}

  /** Copies the data directory's files into {@code respaldo/datos/}. */
  static Copia respaldar(Path datos, Path respaldo) throws IOException {
    List<Manifiesto.Archivo> archivos = new ArrayList<>();
    List<String> desaparecidos = new ArrayList<>();
    List<String> alterados = new ArrayList<>();
    for (Path origen : listar(datos)) {
      String relativa = relativa(datos, origen);
      String ruta = PREFIJO + relativa;
      Manifiesto.Archivo a;
      try {
        a = copiar(origen, respaldo.resolve(ruta), ruta);
      } catch (NoSuchFileException e) {
        desaparecidos.add(relativa);
        continue;
      }
      archivos.add(a);
      if (relativa.startsWith("documentos/")) {
        String nombre = origen.getFileName().toString();
        if (nombre.matches("[0-9a-f]{64}") && !nombre.equals(a.sha256())) {
          alterados.add(relativa + " (su contenido tiene el SHA-256 " + a.sha256() + ")");
        }
      }
    }
    return new Copia(archivos, desaparecidos, alterados);
  }

  /**
   * Copies every {@code datos/} file of the manifest into the data directory, checking each one's
   * size and SHA-256 as it is read; returns the differences (empty when all match).
   */
  static List<String> restaurar(Path respaldo, Manifiesto m, Path datos) throws IOException {
    List<String> diferencias = new ArrayList<>();
    Path raiz = datos.toAbsolutePath().normalize();
    for (Manifiesto.Archivo esperado : m.archivos()) {
      if (!esperado.ruta().startsWith(PREFIJO)) {
        continue;
      }
      Path destino = raiz.resolve(esperado.ruta().substring(PREFIJO.length())).normalize();
      if (!destino.startsWith(raiz) || destino.equals(raiz)) {
        diferencias.add(esperado.ruta() + ": ruta fuera del directorio de datos; no se copia");
        continue;
      }
      Path origen = respaldo.resolve(esperado.ruta());
      if (!Files.isRegularFile(origen, LinkOption.NOFOLLOW_LINKS)) {
        diferencias.add(esperado.ruta() + ": falta en el respaldo");
        continue;
      }
      Manifiesto.Archivo leido = copiar(origen, destino, esperado.ruta());
      permisos(destino, esperado.modo());
      comparar(esperado, leido, diferencias);
    }
    return diferencias;
  }

  /**
   * Checks every file of the manifest in place (size and SHA-256) and that the backup holds no file
   * the manifest does not list; returns the differences.
   */
  static List<String> comprobar(Path respaldo, Manifiesto m) throws IOException {
    List<String> diferencias = new ArrayList<>();
    for (Manifiesto.Archivo esperado : m.archivos()) {
      Path f = respaldo.resolve(esperado.ruta());
      if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
        diferencias.add(esperado.ruta() + ": falta en el respaldo");
        continue;
      }
      comparar(esperado, huella(f, esperado.ruta()), diferencias);
    }
    for (Path f : listarTodo(respaldo)) {
      String ruta = relativa(respaldo, f);
      if (!ruta.equals(Manifiesto.NOMBRE)
          && !ruta.equals(Manifiesto.SUMAS)
          && m.archivo(ruta).isEmpty()) {
        diferencias.add(ruta + ": está en el respaldo pero no en su manifiesto");
      }
    }
    return diferencias;
  }

  static void comparar(
      Manifiesto.Archivo esperado, Manifiesto.Archivo leido, List<String> diferencias) {
    if (leido.bytes() != esperado.bytes()) {
      diferencias.add(
          esperado.ruta()
              + ": tiene "
              + leido.bytes()
              + " bytes; el manifiesto dice "
              + esperado.bytes());
    } else if (!leido.sha256().equals(esperado.sha256())) {
      diferencias.add(
          esperado.ruta()
              + ": su SHA-256 es "
              + leido.sha256()
              + "; el manifiesto dice "
              + esperado.sha256());
    }
  }

  /** The files of the data directory that go into a backup, in path order. */
  static List<Path> listar(Path datos) throws IOException {
    List<Path> r = new ArrayList<>();
    for (Path f : listarTodo(datos)) {
      String relativa = relativa(datos, f);
      String primera = relativa.contains("/") ? relativa.substring(0, relativa.indexOf('/')) : "";
      if (FUERA.contains(primera)
          || relativa.startsWith("documentos/tmp/")
          || f.getFileName().toString().startsWith(".tmp")) {
        continue;
      }
      r.add(f);
    }
    return r;
  }

  /** Every regular file under a directory (links not followed), tolerant of files vanishing. */
  private static List<Path> listarTodo(Path dir) throws IOException {
    TreeSet<Path> r = new TreeSet<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes atributos) {
            if (atributos.isRegularFile()) {
              r.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    return new ArrayList<>(r);
  }

  private static String relativa(Path raiz, Path f) {
    return raiz.relativize(f).toString().replace('\\', '/');
  }

  /** Copies one file, hashing it on the way; keeps its permissions and modification time. */
  static Manifiesto.Archivo copiar(Path origen, Path destino, String ruta) throws IOException {
    MessageDigest sha = sha256();
    long bytes = 0;
    String modo = modo(origen);
    FileTime modificado = Files.getLastModifiedTime(origen);
    Files.createDirectories(destino.getParent());
    try (InputStream in = Files.newInputStream(origen);
        OutputStream out =
            Files.newOutputStream(
                destino, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[128 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
        bytes += n;
      }
    }
    permisos(destino, modo);
    Files.setLastModifiedTime(destino, modificado);
    return new Manifiesto.Archivo(ruta, modo, bytes, HexFormat.of().formatHex(sha.digest()));
  }

  /** A file's size and SHA-256, read in place. */
  static Manifiesto.Archivo huella(Path f, String ruta) throws IOException {
    MessageDigest sha = sha256();
    long bytes = 0;
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buffer = new byte[128 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
    }
    return new Manifiesto.Archivo(ruta, modo(f), bytes, HexFormat.of().formatHex(sha.digest()));
  }

  /** Permissions as four octal digits ({@code 0600}). */
  static String modo(Path f) throws IOException {
    try {
      int m = 0;
      for (PosixFilePermission p : Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS)) {
        m |= 1 << (8 - p.ordinal());
      }
      return String.format("%04o", m);
    } catch (UnsupportedOperationException e) {
      return "0600";
    }
  }

  static void permisos(Path f, String modo) throws IOException {
    int m = Integer.parseInt(modo, 8);
    Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission x : PosixFilePermission.values()) {
      if ((m & (1 << (8 - x.ordinal()))) != 0) {
        p.add(x);
      }
    }
    try {
      Files.setPosixFilePermissions(f, p);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the backup's modes are in its manifest
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
