package pe.gob.minem.tramite.infrastructure.directorio;

/**
 * The {@code tramite.directorio.*} properties (ADR 0016, README «Directorio del ministerio»).
 *
 * @param url one or more {@code ldap://} or {@code ldaps://} URLs, separated by spaces (the next is
 *     tried when one does not answer); blank: no directory
 * @param starttls upgrade an {@code ldap://} connection with StartTLS before any password is sent
 * @param base where the persons are searched (subtree)
 * @param usuarioServicio the DN the portal searches with (Active Directory needs one); blank:
 *     anonymous
 * @param filtroUsuario the person's entry, {@code {0}} being the user name ({@code (uid={0})},
 *     {@code (sAMAccountName={0})})
 * @param filtroHabilitado what an enabled entry matches; blank: every entry is enabled
 * @param baseGrupos where the groups are searched; blank: {@code base}
 * @param filtroGrupos the person's groups, {@code {0}} the user name and {@code {1}} the entry's DN
 * @param esperaMs how long a connection and each answer may take before the directory is taken as
 *     down
 */
record ParametrosDelDirectorio(
    String url,
    boolean starttls,
    String base,
    String usuarioServicio,
    String claveServicio,
    String filtroUsuario,
    String filtroHabilitado,
    String baseGrupos,
    String filtroGrupos,
    CargosDelDirectorio cargos,
    int esperaMs) {

  static final String FILTRO_USUARIO = "(uid={0})";
  static final String FILTRO_GRUPOS = "(|(member={1})(uniqueMember={1}))";
  static final int ESPERA_MS = 3000;

  boolean configurado() {
    return url != null && !url.isBlank();
  }

  String baseDeGrupos() {
    return baseGrupos == null || baseGrupos.isBlank() ? base : baseGrupos;
  }
}
