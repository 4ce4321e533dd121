package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pe.gob.minem.tramite.application.organizacion.Autenticacion;
import pe.gob.minem.tramite.interfaces.seguridad.IdentidadesDelPortal;

/** The login page and the logout action. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext seguridad;
  @Inject Autenticacion autenticacion;

  private String usuario;
  private String clave;

  public void ingresar() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    var req = (HttpServletRequest) ec.getRequest();
    var res = (HttpServletResponse) ec.getResponse();
    String destino = (String) req.getSession().getAttribute("tramite.destino");
    AuthenticationStatus estado =
        seguridad.authenticate(
            req,
            res,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        usuario == null ? "" : usuario.strip(), clave == null ? "" : clave))
                .newAuthentication(true));
    if (estado == AuthenticationStatus.SUCCESS) {
      req.getSession().removeAttribute("tramite.destino");
      ec.redirect(
          req.getContextPath()
              + (destino == null || destino.startsWith("/login") ? "/bandeja.xhtml" : destino));
      fc.responseComplete();
    } else if (estado == AuthenticationStatus.SEND_FAILURE) {
      if (!res.isCommitted()) {
        res.setStatus(200);
      }
      if (req.getAttribute(IdentidadesDelPortal.DIRECTORIO_NO_RESPONDE) instanceof String motivo) {
        Mensajes.error(motivo);
        return;
      }
      Mensajes.error(
          "Usuario o contraseña incorrectos. Tras 5 intentos fallidos la cuenta se bloquea unos minutos.");
    }
  }

  public void salir() throws IOException, ServletException {
    FacesContext fc = FacesContext.getCurrentInstance();
    var req = (HttpServletRequest) fc.getExternalContext().getRequest();
    if (req.getUserPrincipal() != null) {
      autenticacion.registrarSalida(req.getUserPrincipal().getName());
    }
    req.logout();
    fc.getExternalContext().invalidateSession();
    fc.getExternalContext().redirect(req.getContextPath() + "/login.xhtml?salida=1");
    fc.responseComplete();
  }

  public String getUsuario() {
    return usuario;
  }

  public void setUsuario(String usuario) {
    this.usuario = usuario;
  }

  public String getClave() {
    return clave;
  }

  public void setClave(String clave) {
    this.clave = clave;
  }
}
