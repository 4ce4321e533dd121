package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.mesadeayuda.EncuestasDeServicio;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.EncuestaDeServicio;

/**
 * The public page of the satisfaction survey (no login: the mail's one-time link is the credential,
 * ADR 0031): the ticket it is about, the four questions, the answer once.
 */
@Named
@ViewScoped // a postback must see the survey the link showed, or its form is not decoded
public class Encuesta implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EncuestasDeServicio encuestas;

  /** A question with its number, for the page's loop. */
  public record Pregunta(int numero, String texto) implements Serializable {}

  /** An answer of the scale: its value and its words. */
  public record Opcion(int valor, String etiqueta) implements Serializable {}

  private String token;
  private EncuestasDeServicio.Vista vista;
  private String invalida;
  private boolean gracias;
  private Integer[] respuestas = new Integer[EncuestaDeServicio.PREGUNTAS.length];
  private String comentario;

  /** The view action: the survey of the link. */
  public void cargar() {
    try {
      vista = encuestas.ver(token);
    } catch (NoEncontradoException e) {
      invalida = e.getMessage();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void responder() {
    cargar(); // a postback does not run the view action: the page needs the survey again
    if (vista == null) {
      return;
    }
    int[] r = new int[respuestas.length];
    for (int i = 0; i < r.length; i++) {
      if (respuestas[i] == null) {
        Mensajes.error("Responda la pregunta " + (i + 1) + ".");
        return;
      }
      r[i] = respuestas[i];
    }
    try {
      var req =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      encuestas.responder(token, r, comentario, "encuesta desde " + req.getRemoteAddr());
      gracias = true;
      vista = encuestas.ver(token);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public List<Pregunta> getPreguntas() {
    var p = EncuestaDeServicio.PREGUNTAS;
    return java.util.stream.IntStream.range(0, p.length)
        .mapToObj(i -> new Pregunta(i + 1, p[i]))
        .toList();
  }

  public List<Opcion> getEscala() {
    var e = EncuestaDeServicio.ESCALA;
    return java.util.stream.IntStream.range(0, e.length)
        .mapToObj(i -> new Opcion(i + 1, e[i]))
        .toList();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public EncuestasDeServicio.Vista getVista() {
    return vista;
  }

  public String getInvalida() {
    return invalida;
  }

  public boolean isGracias() {
    return gracias;
  }

  public Integer[] getRespuestas() {
    return respuestas;
  }

  public String getComentario() {
    return comentario;
  }

  public void setComentario(String comentario) {
    this.comentario = comentario;
  }
}
