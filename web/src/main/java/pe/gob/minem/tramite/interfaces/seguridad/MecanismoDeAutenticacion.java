package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import pe.gob.minem.tramite.interfaces.fallas.CaidaDeLaBaseDeDatos;
import pe.gob.minem.tramite.interfaces.fallas.RespuestaAnteFallas;
import pe.gob.minem.tramite.interfaces.rest.Problema;

/**
 * One mechanism for the two doors of the portal:
 *
 * <ul>
 *   <li>the pages: form login; the authenticated person is kept in the HTTP session (its id is
 *       renewed at login); an unauthenticated visit to a protected page goes to the login page;
 *   <li>the REST API ({@code /api/}): HTTP Basic on every call against the same identity store; a
 *       browser session is accepted only for reading (GET), so that no other site can make a
 *       logged-in browser change anything through the API (CSRF).
 * </ul>
 */
@ApplicationScoped
public class MecanismoDeAutenticacion implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");
  static final String EN_SESION = "tramite.sesion";
  static final String DESTINO = "tramite.destino";

  /**
   * Who is logged in, as kept in the session (which the cluster replicates): its own immutable,
   * serializable copy of the groups, whatever Set the identity store handed over.
   */
  public record Sesion(String usuario, Set<String> grupos) implements Serializable {
    public Sesion {
      grupos = Set.copyOf(grupos);
    }
  }

  @Inject IdentidadesDelPortal identidades;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    try {
      return validar(req, res, ctx);
    } catch (RuntimeException e) {
      // the credentials are checked against the database: down, the client is told so (503
      // with Retry-After), not given a bare 500
      var falla = CaidaDeLaBaseDeDatos.DEL_PORTAL.de(e);
      if (falla.isEmpty()) {
        throw e;
      }
      LOG.warning(() -> "Autenticación no verificable: " + falla.get().titulo());
      try {
        RespuestaAnteFallas.responder(req, res, falla.get());
      } catch (java.io.IOException io) {
        LOG.fine("no se pudo escribir la respuesta " + falla.get().estado());
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus validar(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    String ruta = req.getRequestURI().substring(req.getContextPath().length());
    boolean api = ruta.startsWith("/api/");

    // an explicit login from the login page (SecurityContext.authenticate)
    if (ctx.isAuthenticationRequest()
        && ctx.getAuthParameters().getCredential() instanceof UsernamePasswordCredential c) {
      var r =
          identidades.ingresar(c.getCaller(), c.getPasswordAsString(), origen(req, "formulario"));
      if (r.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE; // the login page shows the message
      }
      req.getSession(true);
      req.changeSessionId();
      req.getSession()
          .setAttribute(
              EN_SESION, new Sesion(r.getCallerPrincipal().getName(), r.getCallerGroups()));
      return ctx.notifyContainerAboutLogin(r);
    }

    if (api) {
      String cabecera = req.getHeader("Authorization");
      if (cabecera != null && cabecera.regionMatches(true, 0, "Basic ", 0, 6)) {
        String[] partes = basic(cabecera.substring(6).trim());
        if (partes != null) {
          var r = identidades.validar(partes[0], partes[1], origen(req, "api"));
          if (r.getStatus() == CredentialValidationResult.Status.VALID) {
            return ctx.notifyContainerAboutLogin(r);
          }
        }
        return desafio(res, ctx);
      }
      Sesion s = sesion(req);
      if (s != null && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
        return ctx.notifyContainerAboutLogin(s.usuario(), s.grupos());
      }
      return ctx.isProtected() ? desafio(res, ctx) : ctx.doNothing();
    }

    Sesion s = sesion(req);
    if (s != null) {
      return ctx.notifyContainerAboutLogin(s.usuario(), s.grupos());
    }
    if (ctx.isProtected()) {
      String destino = ruta + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
      if ("GET".equals(req.getMethod()) && !ruta.startsWith("/jakarta.faces.resource")) {
        req.getSession(true).setAttribute(DESTINO, destino);
      }
      return ctx.redirect(req.getContextPath() + "/login.xhtml");
    }
    return ctx.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    HttpSession s = req.getSession(false);
    if (s != null) {
      s.removeAttribute(EN_SESION);
    }
  }

  private static Sesion sesion(HttpServletRequest req) {
    HttpSession s = req.getSession(false);
    return s == null ? null : (Sesion) s.getAttribute(EN_SESION);
  }

  /** 401 with a Basic challenge and an RFC 9457 problem body in Spanish. */
  private static AuthenticationStatus desafio(HttpServletResponse res, HttpMessageContext ctx) {
    if (ctx.getRequest().getAttribute(IdentidadesDelPortal.DIRECTORIO_NO_RESPONDE)
        instanceof String motivo) {
      return directorioNoResponde(res, motivo);
    }
    res.setHeader("WWW-Authenticate", "Basic realm=\"Tramite\", charset=\"UTF-8\"");
    try {
      Problema.escribir(
          res,
          401,
          "No autenticado",
          "Usuario o contraseña incorrectos, o cuenta bloqueada temporalmente. Envíe sus"
              + " credenciales (HTTP Basic).");
    } catch (java.io.IOException e) {
      LOG.fine("no se pudo escribir la respuesta 401");
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * 503: the ministry's directory did not answer, so the credentials could not be checked (ADR
   * 0016); the client may try again later.
   */
  private static AuthenticationStatus directorioNoResponde(HttpServletResponse res, String motivo) {
    res.setHeader("Retry-After", "60");
    try {
      Problema.escribir(res, 503, "Directorio no disponible", motivo);
    } catch (java.io.IOException e) {
      LOG.fine("no se pudo escribir la respuesta 503");
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String[] basic(String b64) {
    try {
      String s = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
      int i = s.indexOf(':');
      return i < 0 ? null : new String[] {s.substring(0, i), s.substring(i + 1)};
    } catch (IllegalArgumentException e) {
      LOG.fine("cabecera Basic mal formada");
      return null;
    }
  }

  private static String origen(HttpServletRequest req, String via) {
    return via + " desde " + req.getRemoteAddr();
  }
}
