package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.interfaces.rest.Problema;

/**
 * The anonymous verification ({@code /api/v1/verificacion…} and the verification page's form) is
 * limited per client address: {@code tramite.verificacion.limite-por-minuto} requests a minute (30
 * by default); beyond that, 429 with Retry-After and a Spanish problem, and an audit line the first
 * time in each window. A person checking documents by hand never reaches it; a script hammering DSS
 * validations does. The address is the connection's: behind a reverse proxy, the proxy must limit
 * (see the README's «Puesta en producción»).
 */
public class LimiteDeVerificaciones extends HttpFilter {

  @Inject
  @ConfigProperty(name = "tramite.verificacion.limite-por-minuto", defaultValue = "30")
  int limitePorMinuto;

  @Inject Auditoria auditoria;

  private VentanasPorCliente ventanas;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    ventanas = new VentanasPorCliente(limitePorMinuto);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String ruta = req.getRequestURI().substring(req.getContextPath().length());
    // the page itself may be shown freely; its lookups and uploads are what cost
    boolean pagina = ruta.startsWith("/verificar.xhtml");
    if (pagina && !"POST".equals(req.getMethod()) && req.getParameter("codigo") == null) {
      chain.doFilter(req, res);
      return;
    }
    var turno = ventanas.registrar(req.getRemoteAddr(), System.currentTimeMillis());
    long espera = turno.espera();
    if (espera == 0) {
      chain.doFilter(req, res);
      return;
    }
    if (turno.primerRechazo()) {
      auditoria.registrarAparte(
          null,
          "RECHAZO_LIMITE_VERIFICACION",
          ruta,
          "desde " + req.getRemoteAddr() + ": más de " + limitePorMinuto + " por minuto");
    }
    res.setHeader("Retry-After", Long.toString(espera));
    Problema.escribir(
        res,
        429,
        "Demasiadas consultas",
        "Se alcanzó el límite de "
            + limitePorMinuto
            + " verificaciones por minuto desde su dirección. Vuelva a intentarlo en "
            + espera
            + " segundos.");
  }
}
