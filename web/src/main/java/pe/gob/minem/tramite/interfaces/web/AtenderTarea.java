package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.BandejaService;
import pe.gob.minem.tramite.application.ConsultaExpedientes;
import pe.gob.minem.tramite.application.ResultadoTarea;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;

/** One step of a procedure: what it asks (unit, responsable, instruction) and its completion. */
@Named
@ViewScoped
public class AtenderTarea implements Serializable {

  /** An option of a select: value and label. */
  public record Opcion(String valor, String etiqueta) implements Serializable {}

  @Inject transient BandejaService bandeja;
  @Inject transient ConsultaExpedientes consulta;

  private String id;
  private TareaVista tarea;
  private ExpedienteVista expediente;
  private List<Opcion> unidades = List.of();
  private List<Opcion> responsables = List.of();
  private String unidad;
  private String responsable;
  private String instruccion;

  /** f:viewAction */
  public void cargar() {
    try {
      tarea = bandeja.tarea(id);
      expediente = consulta.buscar(tarea.numero());
      if (tarea.actividad() == 2) {
        unidades =
            bandeja.unidadesDeDestino().stream()
                .map(u -> new Opcion(u.getCodigo(), u.getNombre() + " (" + u.getCodigo() + ")"))
                .toList();
      }
      if (tarea.actividad() == 5) {
        responsables =
            bandeja.responsablesPosibles(expediente.unidadActual()).stream()
                .map(
                    p ->
                        new Opcion(
                            p.getUsuario(),
                            p.getNombreCompleto() + " — " + p.cargoEn(expediente.unidadActual())))
                .toList();
      }
    } catch (RuntimeException e) {
      tarea = null;
      Mensajes.error(e);
    }
  }

  public void completar() throws IOException {
    try {
      var e = bandeja.completar(id, new ResultadoTarea(unidad, responsable, instruccion));
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().getFlash().setKeepMessages(true);
      Mensajes.exito("Listo: " + tarea.nombre() + " — expediente " + e.numero() + ".");
      fc.getExternalContext()
          .redirect(fc.getExternalContext().getRequestContextPath() + "/bandeja.xhtml");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public boolean isPideUnidad() {
    return tarea != null && tarea.actividad() == 2;
  }

  public boolean isPideResponsable() {
    return tarea != null && tarea.actividad() == 5;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public TareaVista getTarea() {
    return tarea;
  }

  public ExpedienteVista getExpediente() {
    return expediente;
  }

  public List<Opcion> getUnidades() {
    return unidades;
  }

  public List<Opcion> getResponsables() {
    return responsables;
  }

  public String getUnidad() {
    return unidad;
  }

  public void setUnidad(String unidad) {
    this.unidad = unidad;
  }

  public String getResponsable() {
    return responsable;
  }

  public void setResponsable(String responsable) {
    this.responsable = responsable;
  }

  public String getInstruccion() {
    return instruccion;
  }

  public void setInstruccion(String instruccion) {
    this.instruccion = instruccion;
  }
}
