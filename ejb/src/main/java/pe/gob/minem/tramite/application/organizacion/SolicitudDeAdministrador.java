package pe.gob.minem.tramite.application.organizacion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A request to create or re-enable an administrator, written by {@code bin/tramite administrador}
 * into {@code <data>/cuentas/} and consumed by the portal (ADR 0017). It carries the user name and
 * an already derived hash, never the password; only who can write the data directory can make one:
 * the file must be the operator's own, readable and writable by nobody else.
 */
public record SolicitudDeAdministrador(String usuario, String claveHash) {

  static final String CARPETA = "cuentas";
  static final String ARCHIVO = "administrador.solicitud";
  static final String RESULTADO = "administrador.resultado";

  private static final Set<PosixFilePermission> SOLO_DUENO =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  /** The user names the portal accepts (as OrganizacionService.crearPersona). */
  public static boolean usuarioValido(String usuario) {
    return usuario != null && usuario.matches("[a-z0-9._-]{3,60}");
  }

  public static Path carpeta(Path datos) {
    return datos.resolve(CARPETA);
  }

  /** Writes the request atomically with permissions 0600 (the folder 0700); any old result goes. */
  public void escribir(Path datos) throws IOException {
    Path dir = carpeta(datos);
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      posix(dir, PosixFilePermissions.fromString("rwx------"));
    }
    Files.deleteIfExists(dir.resolve(RESULTADO));
    Path tmp = dir.resolve(ARCHIVO + ".tmp");
    Files.deleteIfExists(tmp);
    if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(SOLO_DUENO));
    } else {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, "usuario=" + usuario + "\nclave=" + claveHash + "\n");
    Files.move(tmp, dir.resolve(ARCHIVO), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The pending request, if there is one; a file that anyone but its owner could have written, a
   * link, or one owned by another user than the folder is refused with the reason.
   *
   * @throws SolicitudRechazadaException when the file is there but cannot be trusted or read
   */
  public static SolicitudDeAdministrador leer(Path datos) throws IOException {
    Path f = carpeta(datos).resolve(ARCHIVO);
    if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
      throw new SolicitudRechazadaException("la solicitud no es un archivo común");
    }
    var vista =
        Files.getFileAttributeView(f, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (vista != null) {
      var atributos = vista.readAttributes();
      if (!SOLO_DUENO.containsAll(atributos.permissions())) {
        throw new SolicitudRechazadaException(
            "la solicitud tiene permisos "
                + PosixFilePermissions.toString(atributos.permissions())
                + "; debe ser legible y escribible solo por su dueño (0600)");
      }
      if (!atributos.owner().equals(Files.getOwner(carpeta(datos)))) {
        throw new SolicitudRechazadaException("la solicitud no es del dueño de la carpeta");
      }
    }
    String usuario = null;
    String clave = null;
    for (String linea : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (linea.startsWith("usuario=")) {
        usuario = linea.substring(8).strip();
      } else if (linea.startsWith("clave=")) {
        clave = linea.substring(6).strip();
      }
    }
    if (!usuarioValido(usuario) || !Claves.esVigente(clave)) {
      throw new SolicitudRechazadaException(
          "la solicitud no tiene un usuario válido y un hash PBKDF2 de "
              + Claves.ITERACIONES
              + " iteraciones");
    }
    return new SolicitudDeAdministrador(usuario, clave);
  }

  /** Removes the request and leaves the outcome for the command that waits for it. */
  public static void responder(Path datos, boolean hecho, String mensaje) throws IOException {
    Path dir = carpeta(datos);
    Files.deleteIfExists(dir.resolve(ARCHIVO));
    Path tmp = dir.resolve(RESULTADO + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(SOLO_DUENO));
    } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
      Files.deleteIfExists(tmp);
      Files.createFile(tmp);
    }
    Files.write(tmp, List.of(hecho ? "ok" : "error", mensaje), StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve(RESULTADO), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void posix(Path p, Set<PosixFilePermission> permisos) throws IOException {
    if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(p, permisos);
    }
  }

  /** A request file that is there but is not to be trusted or cannot be read. */
  public static class SolicitudRechazadaException extends IOException {
    public SolicitudRechazadaException(String motivo) {
      super(motivo);
    }
  }
}
