package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;

/** The list of expedientes the person may see, filtered and paged on the server. */
@Named
@ViewScoped
public class ListaExpedientes implements Serializable {

  @Inject ConsultaExpedientes consulta;

  private String texto;
  private String estado;
  private String prioridad;

  private final LazyDataModel<ExpedienteVista> modelo =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filtros) {
          try {
            return (int) consulta.listar(texto, estado, prioridad, 0, 1).total();
          } catch (RuntimeException e) {
            Mensajes.error(e);
            return 0;
          }
        }

        @Override
        public List<ExpedienteVista> load(
            int primero, int tamano, Map<String, SortMeta> orden, Map<String, FilterMeta> filtros) {
          try {
            return consulta
                .listar(texto, estado, prioridad, primero / Math.max(1, tamano), tamano)
                .items();
          } catch (RuntimeException e) {
            return List.of();
          }
        }

        @Override
        public String getRowKey(ExpedienteVista e) {
          return e.numero();
        }
      };

  public LazyDataModel<ExpedienteVista> getModelo() {
    return modelo;
  }

  public EstadoExpediente[] getEstados() {
    return EstadoExpediente.values();
  }

  public Prioridad[] getPrioridades() {
    return Prioridad.values();
  }

  public String getTexto() {
    return texto;
  }

  public void setTexto(String texto) {
    this.texto = texto;
  }

  public String getEstado() {
    return estado;
  }

  public void setEstado(String estado) {
    this.estado = estado;
  }

  public String getPrioridad() {
    return prioridad;
  }

  public void setPrioridad(String prioridad) {
    this.prioridad = prioridad;
  }
}
