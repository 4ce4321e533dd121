package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUploadRenderer;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * Two PrimeFaces 15 renderers with the attribute that breaks WCAG taken off (found by axe-core in
 * the browser tests); everything else is PrimeFaces' own markup.
 *
 * <ul>
 *   <li>{@link Subida}: the simple file upload writes {@code aria-hidden="true"} on its native
 *       {@code <input type="file">}, the very control the person focuses and uses: a screen reader
 *       would land on something that does not exist for it (aria-hidden-focus).
 *   <li>{@link Mensajes}: the messages write {@code role="alert"} on each {@code <li>}, so the
 *       {@code <ul>} holds alerts instead of list items (axe: list). The role goes on the block of
 *       each severity instead, which announces the same text.
 * </ul>
 */
public final class RenderizadoAccesible {

  private RenderizadoAccesible() {}

  /** p:fileUpload without aria-hidden on its input. */
  public static class Subida extends FileUploadRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      conEscritor(context, Filtrado::subida, () -> super.encodeEnd(context, component));
    }
  }

  /** p:messages with the alert role on each severity's block instead of on its list items. */
  public static class Mensajes extends MessagesRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      conEscritor(context, Filtrado::mensajes, () -> super.encodeEnd(context, component));
    }
  }

  private interface Codificacion {
    void run() throws IOException;
  }

  private static void conEscritor(
      FacesContext context,
      java.util.function.Function<ResponseWriter, ResponseWriter> filtro,
      Codificacion codificar)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(filtro.apply(original));
    try {
      codificar.run();
    } finally {
      context.setResponseWriter(original);
    }
  }

  private static final class Filtrado extends ResponseWriterWrapper {
    private final boolean mensajes;
    private String elemento;

    private Filtrado(ResponseWriter delegado, boolean mensajes) {
      super(delegado);
      this.mensajes = mensajes;
    }

    static ResponseWriter subida(ResponseWriter delegado) {
      return new Filtrado(delegado, false);
    }

    static ResponseWriter mensajes(ResponseWriter delegado) {
      return new Filtrado(delegado, true);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      elemento = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!mensajes && "aria-hidden".equals(name) && "input".equals(elemento)) {
        return;
      }
      if (mensajes
          && "li".equals(elemento)
          && ("role".equals(name) || "aria-atomic".equals(name))) {
        return;
      }
      super.writeAttribute(name, value, property);
      if (mensajes
          && "div".equals(elemento)
          && "class".equals(name)
          && value != null
          && value.toString().matches("ui-messages-(info|warn|error|fatal)\\b.*")) {
        super.writeAttribute("role", "alert", null);
        super.writeAttribute("aria-atomic", "true", null);
      }
    }
  }
}
