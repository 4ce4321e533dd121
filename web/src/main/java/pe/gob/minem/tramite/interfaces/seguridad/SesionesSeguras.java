package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.interfaces.rest.Problema;

/**
 * Two rules on sessions the container does not enforce:
 *
 * <ul>
 *   <li>a session id in the URL ({@code ;jsessionid=…}) is refused (400), logged: session ids
 *       travel only in the cookie (web.xml's tracking mode), never in a link someone can copy or a
 *       Referer can leak;
 *   <li>a login session lasts at most {@code tramite.sesion.duracion-maxima} (ISO-8601, 8 hours by
 *       default) from the first authenticated request, however active it stays; past it the session
 *       is invalidated and the person logs in again (pages: to the login page; API: 401). The
 *       30-minute idle timeout is web.xml's.
 * </ul>
 */
public class SesionesSeguras extends HttpFilter {

  static final String DESDE = "tramite.sesion.desde";

  @Inject
  @ConfigProperty(name = "tramite.sesion.duracion-maxima", defaultValue = "PT8H")
  String duracionMaxima;

  @Inject Auditoria auditoria;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.isRequestedSessionIdFromURL()
        || req.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
      auditoria.registrarAparte(
          null, "RECHAZO_SESION_EN_URL", ruta(req), "desde " + req.getRemoteAddr());
      responder(
          req,
          res,
          400,
          "Identificador de sesión en la dirección",
          "El portal no acepta identificadores de sesión en la dirección (;jsessionid). Active"
              + " las cookies del navegador e ingrese de nuevo.");
      return;
    }
    HttpSession s = req.getSession(false);
    if (s != null && req.getRemoteUser() != null) {
      long ahora = System.currentTimeMillis();
      Object desde = s.getAttribute(DESDE);
      if (desde == null) {
        s.setAttribute(DESDE, ahora);
      } else if (vencida((Long) desde, ahora, Duration.parse(duracionMaxima))) {
        String usuario = req.getRemoteUser();
        s.invalidate();
        auditoria.registrarAparte(
            usuario, "FIN_SESION_POR_DURACION", null, "duración máxima " + duracionMaxima);
        if (ruta(req).startsWith("/api/")) {
          responder(
              req,
              res,
              401,
              "Sesión vencida",
              "La sesión superó su duración máxima. Ingrese de nuevo.");
        } else {
          res.sendRedirect(req.getContextPath() + "/login.xhtml?vencida=1");
        }
        return;
      }
    }
    chain.doFilter(req, res);
  }

  static boolean vencida(long desde, long ahora, Duration maxima) {
    return ahora - desde > maxima.toMillis();
  }

  private static String ruta(HttpServletRequest req) {
    return req.getRequestURI().substring(req.getContextPath().length());
  }

  private static void responder(
      HttpServletRequest req, HttpServletResponse res, int estado, String titulo, String detalle)
      throws IOException {
    Problema.escribir(res, estado, titulo, detalle);
  }
}
