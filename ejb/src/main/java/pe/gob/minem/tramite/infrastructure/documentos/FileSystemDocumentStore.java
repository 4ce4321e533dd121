package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Content-addressed store on the local filesystem: {@code <data>/documentos/ab/cd/<sha256>}. Each
 * content is written to a temporary file, fsynced, then renamed into place atomically, so a reader
 * never sees half a file and a crash never leaves one under a real name.
 */
@ApplicationScoped
public class FileSystemDocumentStore implements DocumentStore {

  private static final Logger LOG = Logger.getLogger(FileSystemDocumentStore.class.getName());

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String directorioDatos;

  @Resource private TransactionSynchronizationRegistry transacciones;

  private Path raiz;
  private Path temporales;

  @PostConstruct
  void preparar() {
    raiz = Path.of(directorioDatos).toAbsolutePath().resolve("documentos");
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
      if (Files.exists(destino)) {
        return new Contenido(hash, tamano, false);
      }
      Files.createDirectories(destino.getParent());
      try {
        Files.move(tmp, destino, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException carrera) {
        return new Contenido(hash, tamano, false);
      }
      sincronizarDirectorio(destino.getParent());
      borrarSiSeRevierte(destino);
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

  private Path ruta(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("SHA-256 inválido");
    }
    return raiz.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /**
   * A content created inside a transaction that then rolls back is referenced by nothing: remove it
   * so that a failed registration leaves no trace.
   */
  private void borrarSiSeRevierte(Path archivo) {
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
                Files.deleteIfExists(archivo);
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
