package pe.gob.minem.tramite.application.organizacion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code bin/tramite administrador USUARIO}: reads the password (twice from a terminal, one line
 * from standard input otherwise), applies the password rules, derives the hash and writes the
 * request the portal consumes ({@link SolicitudDeAdministrador}). Plain Java: it runs from the EJB
 * jar without a server.
 */
public final class ComandoAdministrador {

  private ComandoAdministrador() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("uso: ComandoAdministrador CARPETA_DE_DATOS USUARIO");
      System.exit(2);
    }
    String usuario = args[1].strip().toLowerCase(Locale.ROOT);
    if (!SolicitudDeAdministrador.usuarioValido(usuario)) {
      salir("El usuario solo admite letras, dígitos, punto, guion y guion bajo (3 a 60).");
    }
    String clave = leerClave();
    String problema = ReglasDeClave.problemaDe(clave, usuario, false);
    if (problema != null) {
      salir(problema);
    }
    new SolicitudDeAdministrador(usuario, Claves.derivar(clave)).escribir(Path.of(args[0]));
  }

  private static String leerClave() throws IOException {
    var consola = System.console();
    if (consola != null) {
      char[] una = consola.readPassword("Contraseña del administrador: ");
      char[] otra = consola.readPassword("Repita la contraseña: ");
      if (una == null || otra == null || !Arrays.equals(una, otra)) {
        salir("Las dos contraseñas no coinciden.");
      }
      return new String(una);
    }
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String linea = in.readLine();
    return linea == null ? "" : linea;
  }

  private static void salir(String mensaje) {
    System.err.println("[tramite] " + mensaje);
    System.exit(2);
  }
}
