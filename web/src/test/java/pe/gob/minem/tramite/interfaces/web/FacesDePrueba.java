package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The current FacesContext of a test: it keeps the messages added and whether validation failed;
 * anything else a page would need is absent.
 */
class FacesDePrueba extends FacesContext implements AutoCloseable {

  final List<FacesMessage> mensajes = new ArrayList<>();
  boolean validacionFallida;

  static FacesDePrueba instalar() {
    var f = new FacesDePrueba();
    setCurrentInstance(f);
    return f;
  }

  @Override
  public void close() {
    release();
  }

  @Override
  public void release() {
    setCurrentInstance(null);
  }

  @Override
  public void addMessage(String clientId, FacesMessage m) {
    mensajes.add(m);
  }

  @Override
  public void validationFailed() {
    validacionFallida = true;
  }

  @Override
  public boolean isValidationFailed() {
    return validacionFallida;
  }

  @Override
  public Iterator<FacesMessage> getMessages() {
    return mensajes.iterator();
  }

  @Override
  public Iterator<FacesMessage> getMessages(String clientId) {
    return mensajes.iterator();
  }

  @Override
  public FacesMessage.Severity getMaximumSeverity() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Application getApplication() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterator<String> getClientIdsWithMessages() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Lifecycle getLifecycle() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ExternalContext getExternalContext() {
    throw new UnsupportedOperationException();
  }

  @Override
  public RenderKit getRenderKit() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean getRenderResponse() {
    return false;
  }

  @Override
  public boolean getResponseComplete() {
    return false;
  }

  @Override
  public ResponseStream getResponseStream() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setResponseStream(ResponseStream s) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ResponseWriter getResponseWriter() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setResponseWriter(ResponseWriter w) {
    throw new UnsupportedOperationException();
  }

  @Override
  public UIViewRoot getViewRoot() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setViewRoot(UIViewRoot r) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void renderResponse() {}

  @Override
  public void responseComplete() {}
}
