package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.expediente.ClasificacionService;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.Dibujo;
import pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;

/**
 * The expediente page: its data, files (PDF in the page), the documents drafted in it (P/OGA-TI-02,
 * each version viewable), hoja de ruta and process position.
 */
@Named
@ViewScoped
public class DetalleExpediente implements Serializable {

  @Inject PaginaDelExpediente paginaDelExpediente;
  @Inject ClasificacionService clasificacion;

  @Inject pe.gob.minem.tramite.application.procedimiento.ProcedimientosService procedimientos;

  @Inject pe.gob.minem.tramite.application.tramiteinterno.TramiteInternoService tramiteInterno;

  // trámite interno (ADR 0037): the signed documents the viewer may send, by id → sending unit,
  // and the destination chosen for each
  private java.util.Map<Long, String> enviables = java.util.Map.of();
  private final java.util.Map<Long, String> destinoInterno = new java.util.HashMap<>();
  private List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> unidadesDestino =
      List.of();

  // starting one of the OTI's procedures on the expediente (ADR 0026)
  private boolean puedeIniciarProcedimiento;
  private String procedimientoElegido;
  private String areaUsuariaElegida;
  private List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> areasUsuarias =
      List.of();

  private String numero;
  private ExpedienteVista expediente;
  private List<MovimientoVista> hojaDeRuta = List.of();
  private String diagrama;
  private ArchivoVista archivoVisible;
  private List<DocumentoVista> documentos = List.of();
  private boolean puedeElaborar;
  // change of confidentiality (ADR 0012)
  private boolean puedeClasificar;
  private Confidencialidad nuevoNivel;
  private String motivo;
  private Long documentoVisible;
  private int versionVisible;
  // from the archive's results: open this file or document at the matching page
  private Long archivoPedido;
  private Long documentoPedido;
  private Integer pagina;
  private List<Dibujo> diagramasDeDocumentos = List.of();
  private List<PasoPendiente> pasosPendientes = List.of();

  public List<PasoPendiente> getPasosPendientes() {
    return pasosPendientes;
  }

  /** f:viewAction: the whole page in one call. */
  public void cargar() {
    try {
      var v = paginaDelExpediente.vista(numero);
      expediente = v.expediente();
      hojaDeRuta = v.hojaDeRuta();
      pasosPendientes = v.pasosPendientes();
      diagrama = v.diagrama().svg();
      diagramasDeDocumentos = v.diagramasDeDocumentos();
      archivoVisible =
          expediente.archivos().stream().filter(ArchivoVista::esPdf).findFirst().orElse(null);
      documentos = v.documentos();
      if (archivoPedido != null) {
        expediente.archivos().stream()
            .filter(a -> a.id().equals(archivoPedido) && a.esPdf())
            .findFirst()
            .ifPresent(a -> archivoVisible = a);
      }
      if (documentoPedido != null) {
        documentos.stream()
            .filter(doc -> doc.id().equals(documentoPedido) && !doc.versiones().isEmpty())
            .findFirst()
            .ifPresent(
                doc -> {
                  documentoVisible = doc.id();
                  versionVisible = doc.versiones().get(doc.versiones().size() - 1).numero();
                });
      }
      enviables = v.enviables();
      unidadesDestino = v.unidadesDeDestino();
      puedeElaborar = v.puedeElaborar();
      puedeClasificar = v.puedeClasificar();
      puedeIniciarProcedimiento = v.puedeIniciarProcedimiento();
      if (puedeIniciarProcedimiento) {
        areasUsuarias = procedimientos.areasUsuarias();
      }
    } catch (RuntimeException e) {
      expediente = null;
      Mensajes.error(e);
    }
  }

  /** Changes the expediente's level; the whole page is drawn again with the new data. */
  public void clasificar() {
    try {
      var e = clasificacion.clasificar(numero, nuevoNivel, motivo);
      nuevoNivel = null;
      motivo = null;
      cargar();
      Mensajes.exito(
          "La confidencialidad del expediente "
              + e.numero()
              + " es ahora «"
              + Confidencialidad.valueOf(e.confidencialidad()).etiqueta()
              + "». La búsqueda del archivo se actualiza en unos segundos.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** Starts the chosen procedure; its first activity goes to its cargo's bandeja. */
  public void iniciarProcedimiento() {
    try {
      var hecho = procedimientos.iniciar(numero, procedimientoElegido, areaUsuariaElegida);
      procedimientoElegido = null;
      areaUsuariaElegida = null;
      cargar();
      Mensajes.exito(
          "Se inició "
              + hecho.codigo()
              + " "
              + hecho.nombre()
              + " en el expediente "
              + numero
              + ": su primera actividad espera en la bandeja de quien le corresponde.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** Sends the signed document to the unit chosen for it, as a trámite interno (ADR 0037). */
  public void enviarInterno(DocumentoVista d) {
    try {
      var enviado =
          tramiteInterno.enviar(
              new pe.gob.minem.tramite.application.tramiteinterno.EnvioInterno(
                  d.id(),
                  enviables.get(d.id()),
                  destinoInterno.get(d.id()),
                  null,
                  null,
                  null,
                  null));
      destinoInterno.remove(d.id());
      cargar();
      Mensajes.exito(
          d.tipoEtiqueta()
              + " enviado a "
              + enviado.unidadActualNombre()
              + " como expediente "
              + enviado.numero()
              + ": llega a la bandeja de su secretaria.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public java.util.Map<Long, String> getEnviables() {
    return enviables;
  }

  public java.util.Map<Long, String> getDestinoInterno() {
    return destinoInterno;
  }

  public List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> getUnidadesDestino() {
    return unidadesDestino;
  }

  public boolean isPuedeIniciarProcedimiento() {
    return puedeIniciarProcedimiento;
  }

  public List<pe.gob.minem.tramite.application.procedimiento.ProcedimientosService.Procedimiento>
      getProcedimientos() {
    return pe.gob.minem.tramite.application.procedimiento.ProcedimientosService.INICIABLES;
  }

  public List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> getAreasUsuarias() {
    return areasUsuarias;
  }

  public String getProcedimientoElegido() {
    return procedimientoElegido;
  }

  public void setProcedimientoElegido(String procedimientoElegido) {
    this.procedimientoElegido = procedimientoElegido;
  }

  public String getAreaUsuariaElegida() {
    return areaUsuariaElegida;
  }

  public void setAreaUsuariaElegida(String areaUsuariaElegida) {
    this.areaUsuariaElegida = areaUsuariaElegida;
  }

  public boolean isPuedeClasificar() {
    return puedeClasificar;
  }

  public Confidencialidad getNuevoNivel() {
    return nuevoNivel;
  }

  public void setNuevoNivel(Confidencialidad nuevoNivel) {
    this.nuevoNivel = nuevoNivel;
  }

  public String getMotivo() {
    return motivo;
  }

  public void setMotivo(String motivo) {
    this.motivo = motivo;
  }

  public Confidencialidad[] getNiveles() {
    return Confidencialidad.values();
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

  /** {@code #page=N} for the PDF viewer, when the archive sent the person to a page. */
  public String getAncla() {
    return pagina == null || pagina < 1 ? "" : "#page=" + pagina;
  }

  public Long getArchivoPedido() {
    return archivoPedido;
  }

  public void setArchivoPedido(Long archivoPedido) {
    this.archivoPedido = archivoPedido;
  }

  public Long getDocumentoPedido() {
    return documentoPedido;
  }

  public void setDocumentoPedido(Long documentoPedido) {
    this.documentoPedido = documentoPedido;
  }

  public Integer getPagina() {
    return pagina;
  }

  public void setPagina(Integer pagina) {
    this.pagina = pagina;
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

  public List<Dibujo> getDiagramasDeDocumentos() {
    return diagramasDeDocumentos;
  }

  public ArchivoVista getArchivoVisible() {
    return archivoVisible;
  }
}
