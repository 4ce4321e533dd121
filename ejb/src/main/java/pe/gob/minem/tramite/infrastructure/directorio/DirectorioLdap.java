package pe.gob.minem.tramite.infrastructure.directorio;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.organizacion.Directorio;
import pe.gob.minem.tramite.application.organizacion.DirectorioNoDisponibleException;

/**
 * The directory over JNDI (the JDK's LDAP provider): search the person's entry with the service
 * account, then bind as that entry with the password typed (search-then-bind, which works the same
 * for OpenLDAP and Active Directory), then read the groups. Every connection has a connect and a
 * read timeout, so that a directory that is down or hangs is a quick, clear refusal.
 */
@ApplicationScoped
public class DirectorioLdap implements Directorio {

  private static final Logger LOG = Logger.getLogger(DirectorioLdap.class.getName());
  private static final String[] ATRIBUTOS = {"givenName", "sn", "cn", "mail"};

  @Inject
  @ConfigProperty(name = "tramite.directorio.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "tramite.directorio.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "tramite.directorio.base")
  Optional<String> base;

  @Inject
  @ConfigProperty(name = "tramite.directorio.usuario-servicio")
  Optional<String> usuarioServicio;

  @Inject
  @ConfigProperty(name = "tramite.directorio.clave-servicio")
  Optional<String> claveServicio;

  @Inject
  @ConfigProperty(
      name = "tramite.directorio.filtro-usuario",
      defaultValue = ParametrosDelDirectorio.FILTRO_USUARIO)
  String filtroUsuario;

  @Inject
  @ConfigProperty(name = "tramite.directorio.filtro-habilitado")
  Optional<String> filtroHabilitado;

  @Inject
  @ConfigProperty(name = "tramite.directorio.base-grupos")
  Optional<String> baseGrupos;

  @Inject
  @ConfigProperty(
      name = "tramite.directorio.filtro-grupos",
      defaultValue = ParametrosDelDirectorio.FILTRO_GRUPOS)
  String filtroGrupos;

  @Inject
  @ConfigProperty(name = "tramite.directorio.cargos")
  Optional<String> cargos;

  @Inject
  @ConfigProperty(name = "tramite.directorio.espera-ms", defaultValue = "3000")
  int esperaMs;

  private ParametrosDelDirectorio p;

  /** The configuration's problem, if it has one: every login through the directory is refused. */
  private String problema;

  public DirectorioLdap() {}

  DirectorioLdap(ParametrosDelDirectorio parametros) {
    this.p = parametros;
  }

  @PostConstruct
  void leerConfiguracion() {
    CargosDelDirectorio mapa;
    try {
      mapa = CargosDelDirectorio.leer(cargos.orElse(""));
    } catch (IllegalArgumentException e) {
      problema = e.getMessage();
      mapa = CargosDelDirectorio.leer("");
    }
    p =
        new ParametrosDelDirectorio(
            url.orElse(""),
            starttls,
            base.orElse(""),
            usuarioServicio.orElse(""),
            claveServicio.orElse(""),
            filtroUsuario,
            filtroHabilitado.orElse(""),
            baseGrupos.orElse(""),
            filtroGrupos,
            mapa,
            esperaMs);
    if (p.configurado()) {
      if (p.base().isBlank()) {
        problema = "falta tramite.directorio.base";
      }
      if (problema != null) {
        LOG.severe("Directorio del ministerio mal configurado: " + problema);
      } else {
        LOG.info(
            "Directorio del ministerio: "
                + p.url()
                + (p.starttls() ? " (StartTLS)" : "")
                + ", base "
                + p.base());
      }
    }
  }

  @Override
  public boolean configurado() {
    return p.configurado();
  }

  @Override
  public Cuenta verificar(String usuario, String clave) throws DirectorioNoDisponibleException {
    if (problema != null) {
      throw new DirectorioNoDisponibleException("configuración incompleta: " + problema, null);
    }
    LdapContext servicio = null;
    try {
      servicio = abrir(p.usuarioServicio(), p.claveServicio());
      SearchResult entrada = buscarPersona(servicio, usuario);
      if (entrada == null) {
        // the same round trips as for an entry: the check of being enabled (on the base) and a bind
        habilitada(servicio, p.base());
        bindFicticio(usuario, clave);
        return Cuenta.inexistente();
      }
      String dn = entrada.getNameInNamespace();
      boolean habilitada = habilitada(servicio, dn);
      boolean claveCorrecta = clave != null && !clave.isEmpty() && aceptaLaClave(dn, clave);
      if (!habilitada || !claveCorrecta) {
        return new Cuenta(true, habilitada, claveCorrecta, null, null, null, java.util.Set.of());
      }
      Attributes a = entrada.getAttributes();
      String nombres = texto(a, "givenName").or(() -> texto(a, "cn")).orElse(usuario);
      return new Cuenta(
          true,
          true,
          true,
          nombres,
          texto(a, "sn").orElse(""),
          texto(a, "mail").orElse(null),
          p.cargos().cargosDe(grupos(servicio, usuario, dn)));
    } catch (AuthenticationException e) {
      throw new DirectorioNoDisponibleException(
          "el directorio rechazó la cuenta de servicio " + p.usuarioServicio(), e);
    } catch (NameNotFoundException e) {
      throw new DirectorioNoDisponibleException("la base configurada no existe: " + e, e);
    } catch (NamingException e) {
      if (noResponde(e)) {
        throw new DirectorioNoDisponibleException("el directorio no responde: " + causa(e), e);
      }
      throw new DirectorioNoDisponibleException("el directorio respondió con un error: " + e, e);
    } catch (IllegalArgumentException e) {
      // a filter with a {n} it has no value for
      throw new DirectorioNoDisponibleException("configuración del directorio: " + e, e);
    } finally {
      cerrar(servicio);
    }
  }

  private SearchResult buscarPersona(LdapContext ctx, String usuario) throws NamingException {
    var sc = controles(SearchControls.SUBTREE_SCOPE, ATRIBUTOS);
    sc.setCountLimit(2);
    List<SearchResult> encontradas =
        lista(ctx.search(p.base(), FiltroLdap.formatear(p.filtroUsuario(), usuario), sc));
    if (encontradas.size() > 1) {
      LOG.warning(
          "Directorio: más de una entrada para el usuario "
              + usuario
              + " con "
              + p.filtroUsuario()
              + "; no se acepta ninguna");
      return null;
    }
    return encontradas.isEmpty() ? null : encontradas.get(0);
  }

  private boolean habilitada(LdapContext ctx, String dn) throws NamingException {
    if (p.filtroHabilitado().isBlank()) {
      return true;
    }
    var sc = controles(SearchControls.OBJECT_SCOPE, new String[] {"1.1"});
    return !lista(ctx.search(new LdapName(dn), FiltroLdap.formatear(p.filtroHabilitado()), sc))
        .isEmpty();
  }

  private List<String> grupos(LdapContext ctx, String usuario, String dn) throws NamingException {
    var sc = controles(SearchControls.SUBTREE_SCOPE, new String[] {"1.1"});
    sc.setCountLimit(1000);
    List<String> dns = new ArrayList<>();
    for (SearchResult r :
        lista(
            ctx.search(
                p.baseDeGrupos(), FiltroLdap.formatear(p.filtroGrupos(), usuario, dn), sc))) {
      dns.add(r.getNameInNamespace());
    }
    return dns;
  }

  /** One bind as the entry with the password: true if the directory accepts it. */
  private boolean aceptaLaClave(String dn, String clave) throws NamingException {
    LdapContext ctx = null;
    try {
      ctx = abrir(dn, clave);
      return true;
    } catch (AuthenticationException e) {
      return false;
    } finally {
      cerrar(ctx);
    }
  }

  /**
   * A user the directory does not have still costs one bind (to a name that does not exist), so
   * that the answer's time does not tell which names the directory has.
   */
  private void bindFicticio(String usuario, String clave) throws NamingException {
    if (clave == null || clave.isEmpty()) {
      return;
    }
    LdapName inexistente = new LdapName(p.base());
    inexistente.add(new Rdn("cn", "inexistente-" + usuario));
    aceptaLaClave(inexistente.toString(), clave);
  }

  /** A connection bound as {@code dn} (anonymous if blank), after StartTLS if configured. */
  private LdapContext abrir(String dn, String clave) throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, p.url());
    env.put(Context.REFERRAL, "ignore");
    env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(p.esperaMs()));
    env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(p.esperaMs()));
    env.put("com.sun.jndi.ldap.connect.pool", "false");
    boolean conCredenciales = dn != null && !dn.isBlank();
    if (!p.starttls()) {
      if (conCredenciales) {
        credenciales(env, dn, clave);
      }
      return new InitialLdapContext(env, null);
    }
    var ctx = new InitialLdapContext(env, null);
    try {
      var tls = (StartTlsResponse) ctx.extendedOperation(new StartTlsRequest());
      tls.negotiate();
      if (conCredenciales) {
        ctx.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
        ctx.addToEnvironment(Context.SECURITY_PRINCIPAL, dn);
        ctx.addToEnvironment(Context.SECURITY_CREDENTIALS, clave);
        ctx.reconnect(null); // binds on the encrypted connection
      }
      return ctx;
    } catch (NamingException e) {
      cerrar(ctx);
      throw e;
    } catch (java.io.IOException e) {
      cerrar(ctx);
      var ne = new CommunicationException("StartTLS: " + e.getMessage());
      ne.setRootCause(e);
      throw ne;
    }
  }

  private static void credenciales(Hashtable<String, Object> env, String dn, String clave) {
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, dn);
    env.put(Context.SECURITY_CREDENTIALS, clave == null ? "" : clave);
  }

  private SearchControls controles(int alcance, String[] atributos) {
    var sc = new SearchControls();
    sc.setSearchScope(alcance);
    sc.setReturningAttributes(atributos);
    sc.setTimeLimit(p.esperaMs());
    return sc;
  }

  /** The results; a referral Active Directory returns beside them ends the list, as ignored. */
  private static List<SearchResult> lista(NamingEnumeration<SearchResult> resultados)
      throws NamingException {
    List<SearchResult> l = new ArrayList<>();
    try {
      while (resultados.hasMore()) {
        l.add(resultados.next());
      }
    } catch (PartialResultException e) {
      // referrals (ignored)
    } catch (javax.naming.SizeLimitExceededException e) {
      // more than asked for: what arrived is enough to decide
    } finally {
      resultados.close();
    }
    return l;
  }

  private static Optional<String> texto(Attributes a, String nombre) {
    try {
      Attribute at = a.get(nombre);
      if (at == null || at.size() == 0 || !(at.get() instanceof String s) || s.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(s.strip());
    } catch (NamingException e) {
      return Optional.empty(); // already read with the entry: not expected
    }
  }

  /** Down, unreachable or too slow (the read timeout is a plain NamingException). */
  private static boolean noResponde(NamingException e) {
    return e instanceof CommunicationException
        || e instanceof ServiceUnavailableException
        || e instanceof javax.naming.TimeLimitExceededException
        || e.getRootCause() instanceof java.io.IOException
        || String.valueOf(e.getMessage()).contains("timed out");
  }

  private static String causa(NamingException e) {
    Throwable c = e.getRootCause() != null ? e.getRootCause() : e;
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static void cerrar(LdapContext ctx) {
    if (ctx != null) {
      try {
        ctx.close();
      } catch (NamingException e) {
        LOG.log(Level.FINE, "al cerrar la conexión con el directorio", e);
      }
    }
  }
}
