package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;
import pe.gob.minem.tramite.application.Auditoria;

/**
 * A form posted without the nonce of the page that showed it (PrimeFaces' CSP mode checks it on
 * every postback: a forged or replayed post, or a script that does not run the page's JavaScript)
 * is refused with 400 and a Spanish page, audited — not a 500 with the server's own error report.
 */
public class FormulariosSinSello extends HttpFilter {

  @Inject Auditoria auditoria;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (ServletException | RuntimeException e) {
      if (!deCsp(e) || res.isCommitted()) {
        throw e;
      }
      String ruta = req.getRequestURI().substring(req.getContextPath().length());
      auditoria.registrarAparte(
          req.getRemoteUser(),
          "RECHAZO_FORMULARIO_SIN_SELLO",
          ruta,
          "desde " + req.getRemoteAddr());
      res.reset();
      res.setStatus(400);
      res.setHeader("Cache-Control", "no-store");
      res.setContentType("text/html;charset=UTF-8");
      res.getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"es-PE\"><head><meta charset=\"UTF-8\"><title>Formulario"
                  + " no válido — Trámite</title></head><body><main><h1>El formulario no es"
                  + " válido</h1><p>La página que envió no lleva el sello de seguridad con que el"
                  + " portal la mostró (quizá se abrió hace mucho o desde otra pestaña). Vuelva a"
                  + " <a href=\""
                  + req.getContextPath()
                  + ruta.replaceAll("[^A-Za-z0-9/._-]", "")
                  + "\">cargar la página</a> e inténtelo otra vez.</p></main></body></html>");
    }
  }

  private static boolean deCsp(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CspException) {
        return true;
      }
    }
    return false;
  }
}
