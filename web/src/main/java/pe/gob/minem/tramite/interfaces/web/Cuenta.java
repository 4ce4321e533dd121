package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import pe.gob.minem.tramite.application.aviso.Campana;
import pe.gob.minem.tramite.application.organizacion.CuentaService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.interfaces.seguridad.IdentidadesDelPortal;

/**
 * The account page: a person changes their own password (ADR 0017) and asks for the daily digest by
 * mail (ADR 0036).
 */
@Named
@RequestScoped
public class Cuenta {

  @Inject CuentaService cuentas;
  @Inject PersonaActual personaActual;
  @Inject IdentidadesDelPortal identidades;
  @Inject Campana campana;

  private boolean debeCambiar;
  private boolean resumenDiario;
  private boolean sinCorreo;
  private String actual;
  private String nueva;
  private String repetida;

  @PostConstruct
  void cargar() {
    debeCambiar = cuentas.debeCambiarClave(personaActual.usuario());
    resumenDiario = campana.quiereResumenDiario();
    String correo = personaActual.persona().getCorreo();
    sinCorreo = correo == null || correo.isBlank();
  }

  public void guardarResumen() {
    try {
      campana.elegirResumenDiario(resumenDiario);
    } catch (RuntimeException e) {
      Mensajes.error(e);
      return;
    }
    Mensajes.exito(
        resumenDiario
            ? "Recibirá el resumen diario por correo."
            : "Ya no recibirá el resumen diario por correo.");
  }

  public boolean isResumenDiario() {
    return resumenDiario;
  }

  public void setResumenDiario(boolean v) {
    resumenDiario = v;
  }

  public boolean isSinCorreo() {
    return sinCorreo;
  }

  public void cambiar() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (nueva == null || !nueva.equals(repetida)) {
      Mensajes.error(texto(fc, "cuenta.noCoinciden"));
      return;
    }
    var req = (HttpServletRequest) fc.getExternalContext().getRequest();
    try {
      cuentas.cambiarClave(actual, nueva, "web desde " + req.getRemoteAddr());
    } catch (RuntimeException e) {
      Mensajes.error(e);
      return;
    } finally {
      actual = null;
      nueva = null;
      repetida = null;
    }
    identidades.olvidar();
    fc.getExternalContext().getFlash().setKeepMessages(true);
    Mensajes.exito(texto(fc, "cuenta.cambiada"));
    fc.getExternalContext()
        .redirect(req.getContextPath() + (debeCambiar ? "/bandeja.xhtml" : "/cuenta.xhtml"));
    fc.responseComplete();
  }

  private static String texto(FacesContext fc, String clave) {
    return fc.getApplication().getResourceBundle(fc, "msg").getString(clave);
  }

  public boolean isDebeCambiar() {
    return debeCambiar;
  }

  public String getActual() {
    return actual;
  }

  public void setActual(String v) {
    actual = v;
  }

  public String getNueva() {
    return nueva;
  }

  public void setNueva(String v) {
    nueva = v;
  }

  public String getRepetida() {
    return repetida;
  }

  public void setRepetida(String v) {
    repetida = v;
  }
}
