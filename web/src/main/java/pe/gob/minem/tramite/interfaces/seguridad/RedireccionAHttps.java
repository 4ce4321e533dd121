package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code tramite.https.puerto} set (bin/tramite sets it outside demo mode), a request over
 * plain HTTP gets no content, only a redirect to the same address over HTTPS: 301 for GET and HEAD,
 * 308 for the rest (the method and body are kept, never silently turned into a GET). The browser
 * then keeps to HTTPS for a year (HSTS, {@link CabecerasDeSeguridad}).
 */
public class RedireccionAHttps extends HttpFilter {

  @Inject
  @ConfigProperty(name = "tramite.https.puerto")
  Optional<Integer> puertoHttps;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (puertoHttps.isEmpty() || req.isSecure()) {
      chain.doFilter(req, res);
      return;
    }
    res.setStatus("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()) ? 301 : 308);
    res.setHeader("Location", destino(req, puertoHttps.get()));
    res.setContentLength(0);
  }

  static String destino(HttpServletRequest req, int puerto) {
    String host = req.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]"; // an IPv6 literal
    }
    return "https://"
        + host
        + (puerto == 443 ? "" : ":" + puerto)
        + req.getRequestURI()
        + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
  }
}
