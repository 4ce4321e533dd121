package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signer's local signing agent as the portal's pages see it (ADR 0019): where the page finds it
 * ({@code tramite.agente.url}, which the pages' Content-Security-Policy also allows in {@code
 * connect-src}) and what each of its refusals means to the signer, in the portal's words.
 */
@Named
@ApplicationScoped
public class AgenteDeFirma {

  private static final Logger LOG = Logger.getLogger(AgenteDeFirma.class.getName());
  static final String POR_DEFECTO = "http://127.0.0.1:18650";
  static final String MENSAJES = "pe.gob.minem.tramite.mensajes";

  /** The agent did not answer the page at all: not running, or not started for this portal. */
  public static final String NO_DISPONIBLE = "NO_DISPONIBLE";

  /** The agent answered but lists no certificate (an empty token). */
  public static final String SIN_CERTIFICADOS = "SIN_CERTIFICADOS";

  private String origen = POR_DEFECTO;

  public AgenteDeFirma() {}

  @Inject
  AgenteDeFirma(
      @ConfigProperty(name = "tramite.agente.url", defaultValue = POR_DEFECTO) String url) {
    this.origen = origen(url);
  }

  /**
   * The origin ({@code http://host:port}) of a configured URL; anything else (a path, another
   * scheme, text that would break the CSP header) falls back to the default, with a warning.
   */
  static String origen(String url) {
    try {
      URI u = URI.create(url.strip());
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null
          && u.getRawUserInfo() == null
          && u.getRawQuery() == null
          && (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))) {
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
      }
    } catch (IllegalArgumentException e) {
      // falls through to the default
    }
    LOG.warning(
        () -> "tramite.agente.url no es un origen http(s)://host:puerto; se usa " + POR_DEFECTO);
    return POR_DEFECTO;
  }

  /** Where the page calls the agent, e.g. {@code http://127.0.0.1:18650}. */
  public String getUrl() {
    return origen;
  }

  /** The same, for the pages' {@code connect-src} (web.xml's primefaces.CSP_POLICY). */
  public String getOrigen() {
    return origen;
  }

  /**
   * What to tell the signer about an agent's {@code codigo} (or the page's own {@link
   * #NO_DISPONIBLE}, {@link #SIN_CERTIFICADOS}): the bundle's text, with the tries left after a
   * wrong PIN when the token tells; for a code the portal does not know, the agent's own Spanish
   * message.
   */
  public static String mensaje(
      String codigo, Integer intentosRestantes, String mensajeDelAgente, Locale idioma) {
    var textos = ResourceBundle.getBundle(MENSAJES, idioma);
    String clave = "agente.error." + (codigo == null ? "" : codigo.strip());
    if ("agente.error.PIN_INCORRECTO".equals(clave) && intentosRestantes != null) {
      clave += intentosRestantes == 1 ? ".ultimo" : ".intentos";
    }
    try {
      String texto = textos.getString(clave);
      return texto.contains("{0}")
          ? MessageFormat.format(texto.replace("'", "''"), intentosRestantes)
          : texto;
    } catch (MissingResourceException e) {
      return mensajeDelAgente != null && !mensajeDelAgente.isBlank()
          ? mensajeDelAgente.strip()
          : textos.getString("agente.error.desconocido");
    }
  }
}
