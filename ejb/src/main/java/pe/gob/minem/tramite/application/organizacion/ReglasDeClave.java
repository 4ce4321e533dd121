package pe.gob.minem.tramite.application.organizacion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (ASVS 5.0 V6.2, ADR 0017): at least 12 characters, up to 128, any
 * Unicode character and spaces, no composition rule; not one of the common passwords shipped with
 * the portal ({@code claves-comunes.txt}), not containing the user name, and not the published demo
 * password. Plain Java, so that {@code bin/tramite administrador} applies the same rules.
 */
public final class ReglasDeClave {

  public static final int MINIMO = 12;
  public static final int MAXIMO = 128;

  /** The demo password of the demo logins (DatosDeDemostracion.CLAVE_DEMO, a constant). */
  static final String CLAVE_DEMO = pe.gob.minem.tramite.application.DatosDeDemostracion.CLAVE_DEMO;

  private static final String LISTA = "/pe/gob/minem/tramite/claves-comunes.txt";
  private static volatile Set<String> comunes;

  private ReglasDeClave() {}

  /**
   * The Spanish reason why this password cannot be used, or null when it can.
   *
   * @param usuario whose password it is (may be null)
   * @param modoDemostracion whether the portal runs in demo mode (kept for callers; the published
   *     demo password is refused in both)
   */
  public static String problemaDe(String clave, String usuario, boolean modoDemostracion) {
    int largo = clave == null ? 0 : clave.codePointCount(0, clave.length());
    if (largo < MINIMO) {
      return "La contraseña debe tener al menos "
          + MINIMO
          + " caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.";
    }
    if (largo > MAXIMO) {
      return "La contraseña puede tener hasta " + MAXIMO + " caracteres.";
    }
    String minusculas = clave.toLowerCase(Locale.ROOT);
    if (usuario != null
        && usuario.strip().length() >= 3
        && minusculas.contains(usuario.strip().toLowerCase(Locale.ROOT))) {
      return "La contraseña no puede contener su nombre de usuario.";
    }
    // published in the README: never a password someone chooses, not even in demo mode (the
    // seeder sets it on the demo accounts directly)
    if (clave.equals(CLAVE_DEMO)) {
      return "Esa es la contraseña publicada de las cuentas de demostración; elija otra.";
    }
    if (comunes().contains(minusculas)) {
      return "Esa contraseña figura en la lista de contraseñas comunes o filtradas; elija otra.";
    }
    return null;
  }

  /** The listed passwords long enough to pass the other rules, in lower case. */
  private static Set<String> comunes() {
    Set<String> c = comunes;
    if (c == null) {
      c = leer();
      comunes = c;
    }
    return c;
  }

  private static Set<String> leer() {
    var in = ReglasDeClave.class.getResourceAsStream(LISTA);
    if (in == null) {
      throw new IllegalStateException("falta la lista de contraseñas comunes " + LISTA);
    }
    Set<String> c = new HashSet<>();
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // the header: source and licence
      for (String linea = r.readLine(); linea != null; linea = r.readLine()) {
        if (linea.codePointCount(0, linea.length()) >= MINIMO) {
          c.add(linea.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(c);
  }
}
