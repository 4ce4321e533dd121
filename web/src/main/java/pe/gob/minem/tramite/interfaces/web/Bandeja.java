package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.Vistas.RemisionVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;
import pe.gob.minem.tramite.application.expediente.RemisionesService;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/** The bandeja page: tasks with counts and filters, and the paper hand-overs pending. */
@Named
@ViewScoped
public class Bandeja implements Serializable {

  @Inject transient BandejaService bandeja;
  @Inject transient RemisionesService remisiones;
  @Inject transient pe.gob.minem.tramite.application.documento.FirmaEnLoteService firmaEnLote;
  @Inject transient pe.gob.minem.tramite.application.plazo.PlazosService plazos;

  private List<pe.gob.minem.tramite.application.plazo.PlazosService.AvisoVista> avisos = List.of();

  private List<TareaVista> seleccion = new java.util.ArrayList<>();
  private String lote;
  private pe.gob.minem.tramite.application.documento.LotesDeFirma.Progreso progreso;

  private String tipo;
  private String prioridad;
  private boolean vencidos;
  private String texto;
  private List<TareaVista> tareas;
  private List<RemisionVista> pendientes;

  @PostConstruct
  void cargar() {
    try {
      tareas = bandeja.tareas(new FiltroBandeja(tipo, prioridad, vencidos, texto));
      pendientes = remisiones.pendientes();
      avisos = plazos.avisos().stream().filter(a -> !a.leido()).toList();
    } catch (RuntimeException e) {
      tareas = List.of();
      pendientes = List.of();
      Mensajes.error(e);
    }
  }

  public void filtrar() {
    cargar();
  }

  public void reclamar(String id) {
    try {
      bandeja.reclamar(id);
      Mensajes.exito("Tomó la tarea: ahora está solo en su bandeja.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public void recibir(long id) {
    try {
      var r = remisiones.recibir(id);
      Mensajes.exito("Recepción física del expediente " + r.numero() + " confirmada.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  /** V°B° and suscripción tasks can be signed together. */
  public boolean firmable(TareaVista t) {
    return t.firma();
  }

  public boolean isHayFirmables() {
    return tareas.stream().anyMatch(this::firmable);
  }

  /** Starts the batch over the selected signing tasks; the progress bar follows it. */
  public void firmarEnLote() {
    var ids = seleccion.stream().filter(this::firmable).map(TareaVista::id).toList();
    if (ids.isEmpty()) {
      Mensajes.error("Marque los documentos que desea firmar (V°B° o suscripción).");
      return;
    }
    try {
      lote = firmaEnLote.iniciar(ids);
      progreso = null;
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** 0–100, for the progress bar (polled while the batch runs). */
  public int getAvance() {
    if (lote == null) {
      return 0;
    }
    progreso = firmaEnLote.progreso(lote);
    return progreso.total() == 0 ? 100 : (int) (100L * progreso.hechos() / progreso.total());
  }

  public void loteTerminado() {
    if (progreso != null) {
      Mensajes.exito(
          "Lote terminado: "
              + progreso.firmados()
              + " de "
              + progreso.total()
              + " documentos firmados.");
    }
    cargar();
  }

  public String getLote() {
    return lote;
  }

  public pe.gob.minem.tramite.application.documento.LotesDeFirma.Progreso getProgreso() {
    return progreso;
  }

  public List<TareaVista> getSeleccion() {
    return seleccion;
  }

  public void setSeleccion(List<TareaVista> seleccion) {
    this.seleccion = seleccion;
  }

  public long getVencidas() {
    return tareas.stream().filter(TareaVista::vencido).count();
  }

  /** Steps whose plazo has passed. */
  public long getPasosVencidos() {
    return tareas.stream().filter(TareaVista::pasoVencido).count();
  }

  /** The caller's unread notices of plazos. */
  public List<pe.gob.minem.tramite.application.plazo.PlazosService.AvisoVista> getAvisos() {
    return avisos;
  }

  public void marcarLeido(long id) {
    try {
      plazos.marcarLeido(id);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public List<RemisionVista> getPorRecibir() {
    return pendientes.stream().filter(RemisionVista::porRecibir).toList();
  }

  public List<RemisionVista> getEnviadas() {
    return pendientes.stream().filter(r -> !r.porRecibir()).toList();
  }

  public TipoDocumento[] getTipos() {
    return TipoDocumento.values();
  }

  public Prioridad[] getPrioridades() {
    return Prioridad.values();
  }

  public List<TareaVista> getTareas() {
    return tareas;
  }

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getPrioridad() {
    return prioridad;
  }

  public void setPrioridad(String prioridad) {
    this.prioridad = prioridad;
  }

  public String getTexto() {
    return texto;
  }

  public void setTexto(String texto) {
    this.texto = texto;
  }

  public boolean isVencidos() {
    return vencidos;
  }

  public void setVencidos(boolean vencidos) {
    this.vencidos = vencidos;
  }
}
