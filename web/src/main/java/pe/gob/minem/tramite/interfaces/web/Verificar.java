package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.primefaces.model.file.UploadedFile;
import pe.gob.minem.tramite.application.documento.VerificacionService;
import pe.gob.minem.tramite.application.documento.VerificacionService.DocumentoVerificado;
import pe.gob.minem.tramite.application.documento.VerificacionService.InformeDeValidacion;
import pe.gob.minem.tramite.application.documento.VerificacionService.Verificacion;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes.Constancia;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/**
 * The public verification page (no login): the code of a cargo de recepción or of a document (the
 * QR of its footer leads here with {@code ?codigo=}), and the validation of any signed PDF.
 */
@Named
@RequestScoped
public class Verificar {

  @Inject VerificacionService verificacion;

  private String codigo;
  private Verificacion resultado;
  private String noEncontrado;

  private transient UploadedFile archivo;
  private String nombreSubido;
  private InformeDeValidacion informeSubido;

  /** The view action: looks the code up when the URL has one. */
  public void buscar() {
    if (codigo == null || codigo.isBlank()) {
      return;
    }
    try {
      resultado = verificacion.porCodigo(codigo);
    } catch (NoEncontradoException e) {
      noEncontrado = e.getMessage();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** The upload form: the validation report of the PDF sent. */
  public void validar() {
    if (archivo == null || archivo.getFileName() == null || archivo.getFileName().isBlank()) {
      Mensajes.error("Elija el PDF firmado que desea validar.");
      return;
    }
    try {
      nombreSubido = new ArchivoRecibido(archivo.getFileName(), null).nombreLimpio();
      informeSubido =
          verificacion.validar(
              new ArchivoRecibido(archivo.getFileName(), archivo.getInputStream()));
    } catch (IOException | RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** CSS class of a validation badge: valida, no-valida or indeterminada. */
  public String clase(String indication) {
    if ("TOTAL_PASSED".equals(indication)) {
      return "valida";
    }
    return "TOTAL_FAILED".equals(indication) ? "no-valida" : "indeterminada";
  }

  public String getCodigo() {
    return codigo;
  }

  public void setCodigo(String codigo) {
    this.codigo = codigo;
  }

  public boolean isBuscado() {
    return resultado != null || noEncontrado != null;
  }

  public String getNoEncontrado() {
    return noEncontrado;
  }

  public Constancia getConstancia() {
    return resultado == null ? null : resultado.expediente();
  }

  public DocumentoVerificado getDocumento() {
    return resultado == null ? null : resultado.documento();
  }

  public UploadedFile getArchivo() {
    return archivo;
  }

  public void setArchivo(UploadedFile archivo) {
    this.archivo = archivo;
  }

  public String getNombreSubido() {
    return nombreSubido;
  }

  public InformeDeValidacion getInformeSubido() {
    return informeSubido;
  }
}
