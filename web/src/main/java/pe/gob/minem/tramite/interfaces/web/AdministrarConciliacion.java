package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import pe.gob.minem.tramite.application.conciliacion.ConciliacionService;
import pe.gob.minem.tramite.application.conciliacion.InformeDeConciliacion;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/**
 * Reconciliation for administrators: the last report (the one the portal made after starting, or
 * the last one asked for) and a button that runs it again.
 */
@Named
@ViewScoped
public class AdministrarConciliacion implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConciliacionService conciliacion;

  private InformeDeConciliacion informe;

  /** f:viewAction */
  public void cargar() {
    try {
      informe = conciliacion.ultimo();
    } catch (NoEncontradoException aunNo) {
      informe = null;
    } catch (RuntimeException e) {
      informe = null;
      Mensajes.error(e);
    }
  }

  public void conciliar() {
    try {
      informe = conciliacion.conciliar();
      if (informe.sinHallazgos()) {
        Mensajes.exito(texto("conciliacion.sinHallazgos"));
      } else {
        Mensajes.error(texto("conciliacion.conHallazgos", informe.hallazgos().size()));
      }
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public InformeDeConciliacion getInforme() {
    return informe;
  }

  private static String texto(String clave, Object... valores) {
    FacesContext fc = FacesContext.getCurrentInstance();
    return MessageFormat.format(
        fc.getApplication().getResourceBundle(fc, "msg").getString(clave), valores);
  }
}
