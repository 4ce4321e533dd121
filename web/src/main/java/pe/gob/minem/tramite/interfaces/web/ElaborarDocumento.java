package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos.Redaccion;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;

/**
 * Drafting a document in an expediente (P/OGA-TI-02 act. 1): its type, asunto and whether it is
 * public, and its content either as a file (PDF or DOCX) or written in the portal's template.
 */
@Named
@ViewScoped
public class ElaborarDocumento implements Serializable {

  /** How the content is given. */
  public enum Modo {
    PLANTILLA,
    ARCHIVO
  }

  @Inject ElaboracionDeDocumentos documentos;
  @Inject PaginaDelExpediente paginaDelExpediente;

  private String numero;
  private ExpedienteVista expediente;
  private boolean permitido;
  private ConsultaDeDocumentos.CaminoDeFirma camino = ConsultaDeDocumentos.CAMINO_DE_LA_OTI;
  private TipoDocumentoInterno tipo = TipoDocumentoInterno.INFORME_TECNICO;
  private String asunto;
  private boolean publico = true;
  private Modo modo = Modo.PLANTILLA;
  private transient UploadedFile archivo;
  private String destinatario;
  private String cargoDestinatario;
  private String referencia;
  private String cuerpo;

  /** f:viewAction */
  public void cargar() {
    try {
      var p = paginaDelExpediente.paraElaborar(numero);
      expediente = p.expediente();
      permitido = p.permitido();
      camino = p.camino();
      if (!permitido) {
        Mensajes.error(
            isSinExpediente()
                ? "Solo un analista, especialista o coordinador de una unidad elabora documentos."
                : "Solo el analista, especialista o coordinador que tiene el expediente a su cargo"
                    + " elabora documentos en él.");
      }
    } catch (RuntimeException e) {
      expediente = null;
      Mensajes.error(e);
    }
  }

  /** Drafted without an expediente: the unit opens one for it (ADR 0038). */
  public boolean isSinExpediente() {
    return numero == null || numero.isBlank();
  }

  /** The signing path the document will take, in words. */
  public ConsultaDeDocumentos.CaminoDeFirma getCamino() {
    return camino;
  }

  public void elaborar() throws IOException {
    try {
      DocumentoVista d;
      if (modo == Modo.ARCHIVO) {
        if (archivo == null || archivo.getSize() == 0) {
          Mensajes.error("Elija el archivo del documento (PDF o Word .docx).");
          return;
        }
        d =
            documentos.crear(
                numero,
                tipo,
                asunto,
                publico,
                new ArchivoRecibido(archivo.getFileName(), archivo.getInputStream()));
      } else {
        d =
            documentos.crearDesdePlantilla(
                numero,
                tipo,
                asunto,
                publico,
                new Redaccion(destinatario, cargoDestinatario, referencia, cuerpo));
      }
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().getFlash().setKeepMessages(true);
      Mensajes.exito(
          d.tipoEtiqueta()
              + " «"
              + d.asunto()
              + "» elaborado (código "
              + d.codigoVerificacion()
              + "). Revíselo y remítalo al Director desde su bandeja.");
      fc.getExternalContext()
          .redirect(
              fc.getExternalContext().getRequestContextPath()
                  + "/expediente.xhtml?numero="
                  + URLEncoder.encode(d.numeroExpediente(), StandardCharsets.UTF_8)
                  + "#documentos-elaborados");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public List<TipoDocumentoInterno> getTipos() {
    return List.of(TipoDocumentoInterno.values());
  }

  public List<Modo> getModos() {
    return List.of(Modo.values());
  }

  public boolean isConPlantilla() {
    return modo == Modo.PLANTILLA;
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

  public boolean isPermitido() {
    return permitido;
  }

  public TipoDocumentoInterno getTipo() {
    return tipo;
  }

  public void setTipo(TipoDocumentoInterno tipo) {
    this.tipo = tipo;
  }

  public String getAsunto() {
    return asunto;
  }

  public void setAsunto(String asunto) {
    this.asunto = asunto;
  }

  public boolean isPublico() {
    return publico;
  }

  public void setPublico(boolean publico) {
    this.publico = publico;
  }

  public Modo getModo() {
    return modo;
  }

  public void setModo(Modo modo) {
    this.modo = modo;
  }

  public UploadedFile getArchivo() {
    return archivo;
  }

  public void setArchivo(UploadedFile archivo) {
    this.archivo = archivo;
  }

  public String getDestinatario() {
    return destinatario;
  }

  public void setDestinatario(String destinatario) {
    this.destinatario = destinatario;
  }

  public String getCargoDestinatario() {
    return cargoDestinatario;
  }

  public void setCargoDestinatario(String cargoDestinatario) {
    this.cargoDestinatario = cargoDestinatario;
  }

  public String getReferencia() {
    return referencia;
  }

  public void setReferencia(String referencia) {
    this.referencia = referencia;
  }

  public String getCuerpo() {
    return cuerpo;
  }

  public void setCuerpo(String cuerpo) {
    this.cuerpo = cuerpo;
  }
}
