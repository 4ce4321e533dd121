package pe.gob.minem.tramite.agente;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the agent (ADR 0019): a browser page of one of the portal origins it was
 * installed for, through the agent's own loopback name.
 *
 * <ul>
 *   <li>{@code Host} must be 127.0.0.1, localhost or [::1] with the agent's port: a page of another
 *       site that rebinds its DNS name to 127.0.0.1 sends its own name and is refused;
 *   <li>{@code Origin} must be in the allow-list; any other (and {@code null}) gets 403 without
 *       CORS headers, so the browser neither sends its request nor shows it the answer;
 *   <li>without {@code Origin} (a program, or a no-CORS browser request such as an image) only
 *       {@code GET /estado} is answered.
 * </ul>
 */
final class PoliticaDeOrigen {

  private final Set<String> origenes;
  private final Set<String> hosts;

  PoliticaDeOrigen(Set<String> origenes, int puerto) {
    this.origenes = Set.copyOf(origenes);
    this.hosts = Set.of("127.0.0.1:" + puerto, "localhost:" + puerto, "[::1]:" + puerto);
  }

  Set<String> origenes() {
    return origenes;
  }

  boolean hostPermitido(String host) {
    return host != null && hosts.contains(host.trim().toLowerCase(Locale.ROOT));
  }

  boolean origenPermitido(String origen) {
    return origen != null && origenes.contains(origen);
  }

  /** Requests a page cannot make without CORS (so without the allow-list): none without Origin. */
  static boolean sinOrigenSePermite(String metodo, String ruta) {
    return "GET".equals(metodo) && "/estado".equals(ruta);
  }

  /**
   * An origin as given on the command line, normalised the way browsers send it: scheme, host and
   * port only, lower case, no default port, no trailing slash.
   */
  static String normalizar(String origen) {
    try {
      URI u = new URI(origen.trim());
      String esquema = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!esquema.equals("https") && !esquema.equals("http")
          || u.getHost() == null
          || u.getRawUserInfo() != null
          || (u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/"))
          || u.getRawQuery() != null
          || u.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "Origen inválido: " + origen + " (escriba esquema://host[:puerto], sin ruta)");
      }
      int puerto = u.getPort();
      boolean porDefecto =
          puerto == -1
              || (esquema.equals("https") && puerto == 443)
              || (esquema.equals("http") && puerto == 80);
      return esquema
          + "://"
          + u.getHost().toLowerCase(Locale.ROOT)
          + (porDefecto ? "" : ":" + puerto);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Origen inválido: " + origen, e);
    }
  }

  static Set<String> normalizar(Iterable<String> origenes) {
    Set<String> r = new LinkedHashSet<>();
    for (String o : origenes) {
      r.add(normalizar(o));
    }
    return r;
  }
}
