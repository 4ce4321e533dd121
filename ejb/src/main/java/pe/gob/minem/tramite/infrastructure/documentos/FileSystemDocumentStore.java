package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Content-addressed store on the local filesystem: {@code <data>/documentos/ab/cd/<sha256>}. Each
 * content is written to a temporary file, fsynced, then renamed into place atomically, so a reader
 * never sees half a file and a crash never leaves one under a real name.
 *
 * <p>A file's modification time is when it was last written <em>or reused</em>: reconciliation (ADR
 * 0021) moves only files untouched for a while to {@code <data>/cuarentena/<día>/documentos/…}, and
 * {@link #guardar} and {@link #aCuarentena} decide under the same lock, so a content that a
 * transaction is about to commit is never taken away.
 *
 * <p>Injected as {@link DocumentStore} through {@link AlmacenConfigurado} (the default store).
 */
@ApplicationScoped
@Typed(FileSystemDocumentStore.class)
public class FileSystemDocumentStore implements DocumentStore {

  private static final Logger LOG = Logger.getLogger(FileSystemDocumentStore.class.getName());
  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String directorioDatos;

  @Resource TransactionSynchronizationRegistry transacciones;

  /** Held while a content is put in place or reused, and while one goes to quarantine. */
  private final Object cerrojo = new Object();

  private Path datos;
  private Path raiz;
  private Path temporales;
  private Path cuarentena;

  @PostConstruct
  void preparar() {
    datos = Path.of(directorioDatos).toAbsolutePath();
    raiz = datos.resolve("documentos");
    cuarentena = datos.resolve("cuarentena");
    temporales = raiz.resolve("tmp");
    try {
      Files.createDirectories(temporales);
    } catch (IOException e) {
      throw new IllegalStateException("No se puede crear el almacén de documentos en " + raiz, e);
    }
  }

  @Override
  public Contenido guardar(InputStream entrada, long tamanoMaximo) throws IOException {
    Path tmp = temporales.resolve(UUID.randomUUID() + ".part");
    MessageDigest sha = sha256();
    long tamano = 0;
    try {
      try (FileChannel canal =
              FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream salida = java.nio.channels.Channels.newOutputStream(canal)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = entrada.read(buffer)) > 0) {
          tamano += n;
          if (tamano > tamanoMaximo) {
            throw new ContenidoDemasiadoGrandeException(tamanoMaximo);
          }
          sha.update(buffer, 0, n);
          salida.write(buffer, 0, n);
        }
        salida.flush();
        canal.force(true);
      }
      String hash = HexFormat.of().formatHex(sha.digest());
      Path destino = ruta(hash);
      FileTime escrito;
      synchronized (cerrojo) {
        if (Files.exists(destino)) {
          marcarReutilizado(destino);
          return new Contenido(hash, tamano, false);
        }
        Files.createDirectories(destino.getParent());
        try {
          Files.move(tmp, destino, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException carrera) {
          return new Contenido(hash, tamano, false);
        }
        escrito = Files.getLastModifiedTime(destino);
      }
      sincronizarDirectorio(destino.getParent());
      borrarSiSeRevierte(destino, escrito);
      return new Contenido(hash, tamano, true);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public InputStream abrir(String sha256) throws IOException {
    return Files.newInputStream(ruta(sha256));
  }

  @Override
  public boolean existe(String sha256) {
    return Files.isRegularFile(ruta(sha256));
  }

  @Override
  public long contar() throws IOException {
    try (Stream<Path> s = Files.walk(raiz)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(temporales)).count();
    }
  }

  @Override
  public List<Entrada> recorrer() throws IOException {
    List<Entrada> entradas = new ArrayList<>();
    try (Stream<Path> s = Files.walk(raiz)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String relativa = raiz.relativize(p).toString().replace('\\', '/');
        try {
          entradas.add(
              new Entrada(
                  relativa,
                  shaDelNombre(relativa),
                  Files.size(p),
                  Files.getLastModifiedTime(p).toInstant()));
        } catch (java.nio.file.NoSuchFileException retirado) {
          // gone since the walk saw it (a rollback's clean-up): nothing to report
        }
      }
    }
    return entradas;
  }

  @Override
  public String calcularSha256(Entrada entrada) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(dentro(raiz, entrada.ruta()))) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Override
  public Optional<String> aCuarentena(Entrada entrada, Instant limite) throws IOException {
    Path origen = dentro(raiz, entrada.ruta());
    String dia = LocalDate.ofInstant(Instant.now(), LIMA).toString();
    synchronized (cerrojo) {
      if (!Files.isRegularFile(origen)
          || Files.getLastModifiedTime(origen).toInstant().isAfter(limite)) {
        return Optional.empty();
      }
      Path destino = cuarentena.resolve(dia).resolve("documentos").resolve(entrada.ruta());
      for (int i = 1; Files.exists(destino); i++) {
        destino = destino.resolveSibling(origen.getFileName() + "." + i);
      }
      Files.createDirectories(destino.getParent());
      try {
        Files.move(origen, destino, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException otroDisco) {
        Files.move(origen, destino);
      }
      return Optional.of(datos.relativize(destino).toString().replace('\\', '/'));
    }
  }

  @Override
  public List<String> purgarCuarentena(Instant limite) throws IOException {
    List<String> purgadas = new ArrayList<>();
    if (!Files.isDirectory(cuarentena)) {
      return purgadas;
    }
    try (Stream<Path> dias = Files.list(cuarentena)) {
      for (Path dia : (Iterable<Path>) dias.sorted()::iterator) {
        LocalDate fecha;
        try {
          fecha = LocalDate.parse(dia.getFileName().toString());
        } catch (DateTimeParseException ajena) {
          continue; // not ours: leave it
        }
        // everything in the folder went there before the day ended
        if (!fecha.plusDays(1).atStartOfDay(LIMA).toInstant().isAfter(limite)) {
          borrarArbol(dia);
          purgadas.add(datos.relativize(dia).toString().replace('\\', '/'));
        }
      }
    }
    return purgadas;
  }

  /** The name {@code ab/cd/<sha256>} of a content, or null. */
  static String shaDelNombre(String relativa) {
    String[] partes = relativa.split("/");
    if (partes.length == 3
        && partes[2].matches("[0-9a-f]{64}")
        && partes[0].equals(partes[2].substring(0, 2))
        && partes[1].equals(partes[2].substring(2, 4))) {
      return partes[2];
    }
    return null;
  }

  /** A reused content counts as just written: see the class comment. */
  private static void marcarReutilizado(Path archivo) {
    try {
      Instant ahora = Instant.now();
      Instant antes = Files.getLastModifiedTime(archivo).toInstant();
      // strictly later, so that a rollback of the write that created it sees it was reused
      Files.setLastModifiedTime(
          archivo, FileTime.from(ahora.isAfter(antes) ? ahora : antes.plusNanos(1000)));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "No se pudo marcar como reutilizado " + archivo, e);
    }
  }

  private static Path dentro(Path base, String relativa) {
    Path p = base.resolve(relativa).normalize();
    if (!p.startsWith(base)) {
      throw new IllegalArgumentException("Ruta fuera del almacén: " + relativa);
    }
    return p;
  }

  private static void borrarArbol(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Path ruta(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("SHA-256 inválido");
    }
    return raiz.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /**
   * A content created inside a transaction that then rolls back is referenced by nothing: remove it
   * so that a failed registration leaves no trace. Unless another transaction stored the same bytes
   * meanwhile (its modification time moved: {@link #marcarReutilizado}): then its row needs it.
   */
  private void borrarSiSeRevierte(Path archivo, FileTime escrito) {
    if (transacciones == null || transacciones.getTransactionKey() == null) {
      return;
    }
    transacciones.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            if (estado != Status.STATUS_COMMITTED) {
              try {
                synchronized (cerrojo) {
                  if (Files.exists(archivo)
                      && !Files.getLastModifiedTime(archivo).equals(escrito)) {
                    // another transaction stored the same content meanwhile: it is its now
                    return;
                  }
                  Files.deleteIfExists(archivo);
                }
                LOG.fine(() -> "Contenido retirado tras reversión: " + archivo.getFileName());
              } catch (IOException e) {
                LOG.log(Level.WARNING, "No se pudo retirar " + archivo, e);
              }
            }
          }
        });
  }

  private static void sincronizarDirectorio(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException ignorado) {
      // some filesystems do not allow fsync on a directory; the rename is still atomic
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
