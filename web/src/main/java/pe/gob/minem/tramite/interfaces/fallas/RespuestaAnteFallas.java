package pe.gob.minem.tramite.interfaces.fallas;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;
import pe.gob.minem.tramite.interfaces.rest.Problema;

/**
 * Pages and filters that meet the database down or the disk full answer what happened (503 with
 * Retry-After, or 507) in Spanish instead of the generic error page: a problem for the API, a short
 * page for a browser, a partial-response error for a JSF Ajax request. The API's own resources
 * answer through {@code ErroresDelServicio}; this catches what fails around them (the filters that
 * read the database) and the pages. Mapped in web.xml right after the HTTPS redirect.
 */
public class RespuestaAnteFallas extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RespuestaAnteFallas.class.getName());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      Optional<FallaDeInfraestructura> falla = CaidaDeLaBaseDeDatos.DEL_PORTAL.de(e);
      if (falla.isEmpty() || res.isCommitted()) {
        throw e;
      }
      LOG.log(
          falla.get() == FallaDeInfraestructura.DISCO_LLENO ? Level.SEVERE : Level.WARNING,
          () -> falla.get().titulo() + " en " + req.getRequestURI() + ": " + raiz(e));
      responder(req, res, falla.get());
    }
  }

  /** Writes the answer for {@code f}: also used by the authentication mechanism. */
  public static void responder(
      HttpServletRequest req, HttpServletResponse res, FallaDeInfraestructura f)
      throws IOException {
    res.resetBuffer();
    if (f.reintentarEnSegundos() > 0) {
      res.setHeader("Retry-After", Integer.toString(f.reintentarEnSegundos()));
    }
    String ruta = req.getRequestURI().substring(req.getContextPath().length());
    if (ruta.startsWith("/api/") || ruta.startsWith("/health/")) {
      Problema.escribir(res, f.estado(), f.titulo(), f.detalle());
      return;
    }
    res.setStatus(f.estado());
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml;charset=UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><error>"
                  + "<error-name>"
                  + f.titulo()
                  + "</error-name><error-message>"
                  + f.detalle()
                  + "</error-message></error></partial-response>");
      return;
    }
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + f.titulo()
                + " — Trámite</title></head><body style=\"font-family:sans-serif;max-width:40em;"
                + "margin:3em auto;padding:0 1em;color:#1b1b1b\"><main><h1>"
                + f.titulo()
                + "</h1><p>"
                + f.detalle()
                + "</p><p><a href=\""
                + req.getContextPath()
                + "/bandeja.xhtml\">Volver a mi bandeja</a></p></main></body></html>");
  }

  private static String raiz(Throwable e) {
    var c = CausaDeNegocio.cadena(e);
    return String.valueOf(c.get(c.size() - 1));
  }
}
