package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;

/** Messages shown at the top of a page: errors as the user can act on them, never a stack trace. */
public final class Mensajes {

  private static final Logger LOG = Logger.getLogger(Mensajes.class.getName());

  private Mensajes() {}

  public static void exito(String texto) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texto, null));
  }

  public static void error(String texto) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texto, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The domain reason of a failure, or a generic Spanish message (and the trace to the log). */
  public static void error(Throwable e) {
    var negocio = CausaDeNegocio.en(e);
    if (negocio.isPresent()) {
      error(negocio.get().getMessage());
      return;
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String n = t.getClass().getName();
      if (n.endsWith("OptimisticLockingException") || n.endsWith("OptimisticLockException")) {
        error("Otra persona atendió lo mismo al mismo tiempo. Actualice la página.");
        return;
      }
    }
    LOG.log(Level.SEVERE, "Error no previsto en una página", e);
    error("Ocurrió un error inesperado; no se guardó ningún cambio. Inténtelo de nuevo.");
  }
}
