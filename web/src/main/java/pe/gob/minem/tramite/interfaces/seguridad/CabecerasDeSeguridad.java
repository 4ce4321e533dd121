package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer, whatever the protocol (HTTP/1.1 or HTTP/2: the server's own
 * X-Frame-Options is only added on HTTP/1.1):
 *
 * <ul>
 *   <li>{@code X-Frame-Options: SAMEORIGIN} and, outside the pages, a {@code
 *       Content-Security-Policy} with {@code frame-ancestors 'self'} (the pages' policy, with a
 *       nonce per answer, comes from PrimeFaces' CSP mode, see web.xml; the portal shows its own
 *       PDFs in frames, hence {@code 'self'});
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, a {@code
 *       Permissions-Policy} that turns off what the portal never uses, {@code
 *       Cross-Origin-Opener-Policy: same-origin};
 *   <li>{@code Strict-Transport-Security} (one year) on answers over HTTPS;
 *   <li>{@code Cache-Control: no-store} on everything but the static resources (pages and API
 *       answers carry personal and case data).
 * </ul>
 */
public class CabecerasDeSeguridad extends HttpFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String ruta = req.getRequestURI().substring(req.getContextPath().length());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!estatico(ruta)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
      if (!ruta.endsWith(".xhtml")) {
        res.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
      }
    }
    chain.doFilter(req, res);
  }

  static boolean estatico(String ruta) {
    return ruta.startsWith("/jakarta.faces.resource/")
        || ruta.startsWith("/resources/")
        || ruta.equals("/favicon.ico");
  }
}
