package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import pe.gob.minem.tramite.application.organizacion.CuentaService;
import pe.gob.minem.tramite.interfaces.rest.Problema;

/**
 * A person whose password an administrator reset uses nothing else until they change it (ADR 0017):
 * every page takes them to the account page, and the API answers 403 with a Spanish problem but for
 * reading their account and changing the password. Asked of the database on every authenticated
 * request, so that a reset takes effect at once on every node and every session.
 */
@WebFilter(filterName = "CambioDeClaveObligatorio", urlPatterns = "/*")
public class CambioDeClaveObligatorio extends HttpFilter {

  static final String PAGINA = "/cuenta.xhtml";
  static final String API_CLAVE = "/api/v1/cuenta/clave";

  /** What a person who must change their password may still reach. */
  private static final List<String> LIBRES =
      List.of(
          PAGINA,
          "/login.xhtml",
          "/error.xhtml",
          "/verificar.xhtml",
          "/favicon.ico",
          "/openapi",
          "/api/v1/cuenta");

  private static final List<String> PREFIJOS_LIBRES =
      List.of("/jakarta.faces.resource/", "/resources/", "/health/", "/api/v1/verificacion");

  @Inject CuentaService cuentas;

  /** Whether the user must change their password first; the servlet container asks the service. */
  Predicate<String> debeCambiar = usuario -> cuentas.debeCambiarClave(usuario);

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String ruta = req.getRequestURI().substring(req.getContextPath().length());
    var usuario = req.getUserPrincipal();
    if (usuario == null || libre(ruta, req.getMethod()) || !debeCambiar.test(usuario.getName())) {
      chain.doFilter(req, res);
      return;
    }
    if (ruta.startsWith("/api/")) {
      Problema.escribir(
          res,
          403,
          "Cambio de contraseña pendiente",
          "Su contraseña la asignó un administrador (cuenta nueva o restablecida): cámbiela antes"
              + " de continuar (PUT /api/v1/cuenta/clave con {\"actual\", \"nueva\"}).");
      return;
    }
    String destino = req.getContextPath() + PAGINA;
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml;charset=UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + destino
                  + "\"/></partial-response>");
      return;
    }
    res.sendRedirect(destino);
  }

  static boolean libre(String ruta, String metodo) {
    if (ruta.equals(API_CLAVE)) {
      return "PUT".equals(metodo);
    }
    return LIBRES.contains(ruta) || PREFIJOS_LIBRES.stream().anyMatch(ruta::startsWith);
  }
}
