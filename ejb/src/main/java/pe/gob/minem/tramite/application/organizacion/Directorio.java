package pe.gob.minem.tramite.application.organizacion;

import java.util.Set;

/**
 * The ministry's directory (LDAP / Active Directory), where persons without a local password log in
 * (ADR 0016). Its implementation is in the infrastructure; it is not configured unless {@code
 * tramite.directorio.url} is set.
 */
public interface Directorio {

  /** Whether a directory is configured; if not, the portal has only local accounts. */
  boolean configurado();

  /**
   * Looks the user up and checks the password with one bind as that user. Never binds with an empty
   * password (the directory would take it as an anonymous bind).
   *
   * @throws DirectorioNoDisponibleException when the directory cannot answer (down, too slow,
   *     refusing the portal's service account, misconfigured)
   */
  Cuenta verificar(String usuario, String clave) throws DirectorioNoDisponibleException;

  /**
   * What the directory said about a user: whether the entry exists, is enabled and accepted the
   * password; the person's data and the portal cargos its groups give, only once both are true.
   */
  record Cuenta(
      boolean existe,
      boolean habilitada,
      boolean claveCorrecta,
      String nombres,
      String apellidos,
      String correo,
      Set<String> cargos) {

    public static Cuenta inexistente() {
      return new Cuenta(false, false, false, null, null, null, Set.of());
    }

    public boolean aceptada() {
      return existe && habilitada && claveCorrecta;
    }
  }
}
