package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.ConsultaExpedientes;
import pe.gob.minem.tramite.application.DocumentosService;
import pe.gob.minem.tramite.application.DocumentosService.DocumentoVista;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.infrastructure.workflow.DiagramaSvg;

/**
 * The expediente page: its data, files (PDF in the page), the documents drafted in it (P/OGA-TI-02,
 * each version viewable), hoja de ruta and process position.
 */
@Named
@ViewScoped
public class DetalleExpediente implements Serializable {

  @Inject transient ConsultaExpedientes consulta;
  @Inject transient DocumentosService documentosService;

  private String numero;
  private ExpedienteVista expediente;
  private List<MovimientoVista> hojaDeRuta = List.of();
  private String diagrama;
  private ArchivoVista archivoVisible;
  private List<DocumentoVista> documentos = List.of();
  private boolean puedeElaborar;
  private Long documentoVisible;
  private int versionVisible;

  /** f:viewAction */
  public void cargar() {
    try {
      expediente = consulta.buscar(numero);
      hojaDeRuta = consulta.hojaDeRuta(numero);
      var d = consulta.diagrama(numero);
      diagrama = DiagramaSvg.dibujar(d.bpmnXml(), d.activas(), d.completadas());
      archivoVisible =
          expediente.archivos().stream().filter(ArchivoVista::esPdf).findFirst().orElse(null);
      documentos = documentosService.deExpediente(numero);
      puedeElaborar = documentosService.puedeElaborarEn(numero);
    } catch (RuntimeException e) {
      expediente = null;
      Mensajes.error(e);
    }
  }

  public void ver(ArchivoVista a) {
    archivoVisible = a;
  }

  /** Shows this version of a document in the page. */
  public void verDocumento(DocumentoVista d, int version) {
    documentoVisible = d.id();
    versionVisible = version;
  }

  public boolean esVisible(DocumentoVista d, int version) {
    return d.id().equals(documentoVisible) && version == versionVisible;
  }

  public List<DocumentoVista> getDocumentos() {
    return documentos;
  }

  public boolean isPuedeElaborar() {
    return puedeElaborar;
  }

  public Long getDocumentoVisible() {
    return documentoVisible;
  }

  public int getVersionVisible() {
    return versionVisible;
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
