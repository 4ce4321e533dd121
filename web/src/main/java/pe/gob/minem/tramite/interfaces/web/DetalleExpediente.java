package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.ConsultaExpedientes;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.infrastructure.workflow.DiagramaSvg;

/** The expediente page: its data, files (PDF in the page), hoja de ruta and process position. */
@Named
@ViewScoped
public class DetalleExpediente implements Serializable {

  @Inject transient ConsultaExpedientes consulta;

  private String numero;
  private ExpedienteVista expediente;
  private List<MovimientoVista> hojaDeRuta = List.of();
  private String diagrama;
  private ArchivoVista archivoVisible;

  /** f:viewAction */
  public void cargar() {
    try {
      expediente = consulta.buscar(numero);
      hojaDeRuta = consulta.hojaDeRuta(numero);
      var d = consulta.diagrama(numero);
      diagrama = DiagramaSvg.dibujar(d.bpmnXml(), d.activas(), d.completadas());
      archivoVisible =
          expediente.archivos().stream().filter(ArchivoVista::esPdf).findFirst().orElse(null);
    } catch (RuntimeException e) {
      expediente = null;
      Mensajes.error(e);
    }
  }

  public void ver(ArchivoVista a) {
    archivoVisible = a;
  }

  public String getNumero() {
    return numero;
  }

  public void setNumero(String numero) {
    this.numero = numero;
  }

  public ExpedienteVista getExpediente() {
    return expediente;
  }

  public List<MovimientoVista> getHojaDeRuta() {
    return hojaDeRuta;
  }

  public String getDiagrama() {
    return diagrama;
  }

  public ArchivoVista getArchivoVisible() {
    return archivoVisible;
  }
}
