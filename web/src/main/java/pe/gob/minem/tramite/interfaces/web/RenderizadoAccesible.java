package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUploadRenderer;
import org.primefaces.component.messages.MessagesRenderer;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces 15 renderers with the attributes that break WCAG taken off (found by axe-core in the
 * browser tests, ADR 0034); everything else is PrimeFaces' own markup.
 *
 * <ul>
 *   <li>{@link Subida}: the simple file upload writes {@code aria-hidden="true"} on its native
 *       {@code <input type="file">}, the very control the person focuses and uses: a screen reader
 *       would land on something that does not exist for it (aria-hidden-focus).
 *   <li>{@link Mensajes}: the messages write {@code role="alert"} on each {@code <li>}, so the
 *       {@code <ul>} holds alerts instead of list items (axe: list). The role goes on the block of
 *       each severity instead, which announces the same text.
 *   <li>{@link Radios}: the radio group writes {@code aria-checked} on the {@code <div>} around
 *       each option, an element without a role that may carry it (axe: aria-allowed-attr); the
 *       native radio inside already says whether it is checked.
 * </ul>
 */
public final class RenderizadoAccesible {

  private RenderizadoAccesible() {}

  /** p:fileUpload without aria-hidden on its input. */
  public static class Subida extends FileUploadRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      conEscritor(context, Regla.SUBIDA, () -> super.encodeEnd(context, component));
    }
  }

  /** p:messages with the alert role on each severity's block instead of on its list items. */
  public static class Mensajes extends MessagesRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      conEscritor(context, Regla.MENSAJES, () -> super.encodeEnd(context, component));
    }
  }

  /** p:selectOneRadio without aria-checked on the option's wrapper. */
  public static class Radios extends SelectOneRadioRenderer {
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      conEscritor(context, Regla.RADIOS, () -> super.encodeEnd(context, component));
    }
  }

  private enum Regla {
    SUBIDA,
    MENSAJES,
    RADIOS
  }

  private interface Codificacion {
    void run() throws IOException;
  }

  private static void conEscritor(FacesContext context, Regla regla, Codificacion codificar)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(new Filtrado(original, regla));
    try {
      codificar.run();
    } finally {
      context.setResponseWriter(original);
    }
  }

  private static final class Filtrado extends ResponseWriterWrapper {
    private final Regla regla;
    private String elemento;

    private Filtrado(ResponseWriter delegado, Regla regla) {
      super(delegado);
      this.regla = regla;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      elemento = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      boolean quitar =
          switch (regla) {
            case SUBIDA -> "aria-hidden".equals(name) && "input".equals(elemento);
            case MENSAJES ->
                "li".equals(elemento) && ("role".equals(name) || "aria-atomic".equals(name));
            case RADIOS -> "aria-checked".equals(name) && "div".equals(elemento);
          };
      if (quitar) {
        return;
      }
      super.writeAttribute(name, value, property);
      if (regla == Regla.MENSAJES
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
