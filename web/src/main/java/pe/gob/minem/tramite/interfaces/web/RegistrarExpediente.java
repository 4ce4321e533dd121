package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/** Mesa de partes: the registration form of an incoming expediente. */
@Named
@ViewScoped
public class RegistrarExpediente implements Serializable {

  @Inject MesaDePartesService mesaDePartes;

  private String asunto;
  private Origen origen = Origen.ADMINISTRADO;
  private String remitenteNombre;

  /** DNI, RUC or {@link #UNIDAD} (a unit of the ministry, ADR 0037). */
  private String remitenteTipo = "DNI";

  private String remitenteNumero;
  private String remitenteUnidad;
  private String remitenteCargo;
  private TipoDocumento tipoDocumento = TipoDocumento.SOLICITUD;
  private String numeroDocumento;
  private Integer folios = 1;
  private Prioridad prioridad = Prioridad.NORMAL;
  private Confidencialidad confidencialidad = Confidencialidad.RESERVADO;
  private Integer plazo = 15;
  private transient UploadedFiles archivos;
  private ExpedienteVista registrado;
  private transient List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> unidades;

  public void registrar() {
    registrado = null;
    try {
      List<ArchivoRecibido> recibidos = new ArrayList<>();
      if (archivos != null) {
        for (UploadedFile f : archivos.getFiles()) {
          if (f.getFileName() != null && !f.getFileName().isBlank()) {
            recibidos.add(new ArchivoRecibido(f.getFileName(), f.getInputStream()));
          }
        }
      }
      var datos =
          new DatosDeRegistro(
              asunto,
              origen,
              remitente(),
              tipoDocumento,
              numeroDocumento,
              folios == null ? 0 : folios,
              prioridad,
              plazo == null ? 0 : plazo,
              confidencialidad);
      registrado = mesaDePartes.registrar(datos, recibidos);
      Mensajes.exito(
          "Expediente "
              + registrado.numero()
              + " registrado. Entregue el cargo de recepción al remitente.");
      limpiar();
    } catch (IOException e) {
      Mensajes.error(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  static final String UNIDAD = "UNIDAD";

  /** The sender as the form says it: a person or company by DNI/RUC, or a unit and its signer. */
  private Remitente remitente() {
    if (esUnidad()) {
      return Remitente.deUnidad(remitenteUnidad, remitenteNombre, remitenteCargo);
    }
    return new Remitente(
        remitenteNombre,
        "RUC".equals(remitenteTipo)
            ? Remitente.TipoDocumentoIdentidad.RUC
            : Remitente.TipoDocumentoIdentidad.DNI,
        remitenteNumero);
  }

  /** The sender kind changed: a unit of the ministry comes from an «Órgano del ministerio». */
  public void cambiarTipoDeRemitente() {
    if (esUnidad()) {
      origen = Origen.ORGANO_MINISTERIO;
    } else if (origen == Origen.ORGANO_MINISTERIO) {
      origen = Origen.ADMINISTRADO;
    }
  }

  public boolean esUnidad() {
    return UNIDAD.equals(remitenteTipo);
  }

  private void limpiar() {
    asunto = null;
    remitenteNombre = null;
    remitenteNumero = null;
    remitenteCargo = null;
    numeroDocumento = null;
    folios = 1;
    archivos = null;
  }

  public Origen[] getOrigenes() {
    return Origen.values();
  }

  public List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica> getUnidades() {
    if (unidades == null) {
      unidades = mesaDePartes.unidadesRemitentes();
    }
    return unidades;
  }

  public TipoDocumento[] getTiposDocumento() {
    return TipoDocumento.values();
  }

  public Confidencialidad[] getNivelesDeConfidencialidad() {
    return Confidencialidad.values();
  }

  public Confidencialidad getConfidencialidad() {
    return confidencialidad;
  }

  public void setConfidencialidad(Confidencialidad confidencialidad) {
    this.confidencialidad = confidencialidad;
  }

  public Prioridad[] getPrioridades() {
    return Prioridad.values();
  }

  public ExpedienteVista getRegistrado() {
    return registrado;
  }

  public String getAsunto() {
    return asunto;
  }

  public void setAsunto(String asunto) {
    this.asunto = asunto;
  }

  public Origen getOrigen() {
    return origen;
  }

  public void setOrigen(Origen origen) {
    this.origen = origen;
  }

  public String getRemitenteNombre() {
    return remitenteNombre;
  }

  public void setRemitenteNombre(String remitenteNombre) {
    this.remitenteNombre = remitenteNombre;
  }

  public String getRemitenteTipo() {
    return remitenteTipo;
  }

  public void setRemitenteTipo(String remitenteTipo) {
    this.remitenteTipo = remitenteTipo;
  }

  public String getRemitenteUnidad() {
    return remitenteUnidad;
  }

  public void setRemitenteUnidad(String remitenteUnidad) {
    this.remitenteUnidad = remitenteUnidad;
  }

  public String getRemitenteCargo() {
    return remitenteCargo;
  }

  public void setRemitenteCargo(String remitenteCargo) {
    this.remitenteCargo = remitenteCargo;
  }

  public String getRemitenteNumero() {
    return remitenteNumero;
  }

  public void setRemitenteNumero(String remitenteNumero) {
    this.remitenteNumero = remitenteNumero;
  }

  public TipoDocumento getTipoDocumento() {
    return tipoDocumento;
  }

  public void setTipoDocumento(TipoDocumento tipoDocumento) {
    this.tipoDocumento = tipoDocumento;
  }

  public String getNumeroDocumento() {
    return numeroDocumento;
  }

  public void setNumeroDocumento(String numeroDocumento) {
    this.numeroDocumento = numeroDocumento;
  }

  public Integer getFolios() {
    return folios;
  }

  public void setFolios(Integer folios) {
    this.folios = folios;
  }

  public Prioridad getPrioridad() {
    return prioridad;
  }

  public void setPrioridad(Prioridad prioridad) {
    this.prioridad = prioridad;
  }

  public Integer getPlazo() {
    return plazo;
  }

  public void setPlazo(Integer plazo) {
    this.plazo = plazo;
  }

  public UploadedFiles getArchivos() {
    return archivos;
  }

  public void setArchivos(UploadedFiles archivos) {
    this.archivos = archivos;
  }
}
