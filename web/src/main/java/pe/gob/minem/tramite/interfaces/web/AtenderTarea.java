package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import pe.gob.minem.tramite.application.ArchivoRecibido;
import pe.gob.minem.tramite.application.BandejaService;
import pe.gob.minem.tramite.application.ConsultaExpedientes;
import pe.gob.minem.tramite.application.DocumentosService;
import pe.gob.minem.tramite.application.DocumentosService.DocumentoVista;
import pe.gob.minem.tramite.application.DocumentosService.FirmaPrevista;
import pe.gob.minem.tramite.application.FirmaConToken;
import pe.gob.minem.tramite.application.ResultadoTarea;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;

/**
 * One step of a procedure: what it asks and its completion. P/OGA-TI-01 asks a unit, a responsable
 * and an instruction; P/OGA-TI-02 shows the document and asks, depending on the activity, a
 * decision (2, 9), an observation (3, 10), whether legal review applies (7), the adjusted version
 * (4), or shows the signature that completing it will place (5, 8, 11, 12) and lets the person
 * choose the key: the server's demo certificate, the PKCS#11 token (with its PIN) or signing on the
 * client through the API.
 */
@Named
@ViewScoped
public class AtenderTarea implements Serializable {

  /** An option of a select: value and label. */
  public record Opcion(String valor, String etiqueta) implements Serializable {}

  @Inject transient BandejaService bandeja;
  @Inject transient ConsultaExpedientes consulta;
  @Inject transient DocumentosService documentos;

  private String id;
  private TareaVista tarea;
  private ExpedienteVista expediente;
  private List<Opcion> unidades = List.of();
  private List<Opcion> responsables = List.of();
  private String unidad;
  private String responsable;
  private String instruccion;
  private DocumentoVista documento;
  private FirmaPrevista firma;
  private String decision;
  private Boolean revisionLegal;
  private transient UploadedFile version;

  /** How the person signs: the server-held demo key, the PKCS#11 token, or on the client. */
  public enum Llave {
    SERVIDOR,
    TOKEN,
    CLIENTE
  }

  private Llave llave;

  /** The token's PIN: only for the request that signs, never kept in the view nor logged. */
  private transient String pin;

  /** f:viewAction */
  public void cargar() {
    try {
      tarea = bandeja.tarea(id);
      expediente = consulta.buscar(tarea.numero());
      if (isVistoBueno() && tarea.documento() != null) {
        documento = documentos.porCodigo(tarea.documento());
        firma = documentos.firmaPrevista(id).orElse(null);
        if (firma != null && llave == null) {
          llave =
              firma.llaveDelServidor()
                  ? Llave.SERVIDOR
                  : firma.token() ? Llave.TOKEN : Llave.CLIENTE;
        }
      }
      if (isPideUnidad()) {
        unidades =
            bandeja.unidadesDeDestino().stream()
                .map(u -> new Opcion(u.getCodigo(), u.getNombre() + " (" + u.getCodigo() + ")"))
                .toList();
      }
      if (isPideResponsable()) {
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
    FirmaConToken token = null;
    try {
      if (isPideFirma() && llave == Llave.CLIENTE) {
        Mensajes.error(
            "Con la firma en el cliente, su aplicación de firma completa esta tarea por la API"
                + " (vea los tres pasos).");
        return;
      }
      if (isPideFirma() && llave == Llave.TOKEN) {
        if (pin == null || pin.isEmpty()) {
          Mensajes.error("Escriba el PIN de su token criptográfico.");
          return;
        }
        token = new FirmaConToken(pin.toCharArray());
      }
      pin = null;
      var e =
          bandeja.completar(
              id,
              isVistoBueno()
                  ? new ResultadoTarea(
                      null, null, instruccion, decision, revisionLegal, null, token)
                  : new ResultadoTarea(unidad, responsable, instruccion));
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().getFlash().setKeepMessages(true);
      Mensajes.exito("Listo: " + tarea.nombre() + " — expediente " + e.numero() + ".");
      fc.getExternalContext()
          .redirect(fc.getExternalContext().getRequestContextPath() + "/bandeja.xhtml");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    } finally {
      pin = null;
      if (token != null) {
        java.util.Arrays.fill(token.pin(), '\0');
      }
    }
  }

  /** The keys this person may sign with here, in the order the page offers them. */
  public List<Opcion> getLlaves() {
    if (firma == null) {
      return List.of();
    }
    List<Opcion> l = new java.util.ArrayList<>();
    if (firma.llaveDelServidor()) {
      l.add(new Opcion(Llave.SERVIDOR.name(), "Certificado de demostración del servidor"));
    }
    if (firma.token()) {
      l.add(new Opcion(Llave.TOKEN.name(), "Token criptográfico (PKCS#11)"));
    }
    l.add(new Opcion(Llave.CLIENTE.name(), "Firma en el cliente"));
    return l;
  }

  public String getLlave() {
    return llave == null ? null : llave.name();
  }

  public void setLlave(String valor) {
    llave =
        getLlaves().stream().anyMatch(o -> o.valor().equals(valor)) ? Llave.valueOf(valor) : llave;
  }

  public boolean isConToken() {
    return isPideFirma() && llave == Llave.TOKEN;
  }

  public boolean isEnElCliente() {
    return isPideFirma() && llave == Llave.CLIENTE;
  }

  public String getPin() {
    return null; // never rendered back
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  /** The author's adjusted version (acts. 1 and 4): stored, then he completes the step. */
  public void subirVersion() {
    try {
      if (version == null || version.getSize() == 0) {
        Mensajes.error("Elija el archivo de la versión ajustada (PDF o Word .docx).");
        return;
      }
      documento =
          documentos.nuevaVersion(
              documento.id(), new ArchivoRecibido(version.getFileName(), version.getInputStream()));
      Mensajes.exito(
          "Versión "
              + documento.versionActual()
              + " guardada. Revísela y remita el documento para continuar.");
    } catch (IOException e) {
      Mensajes.error("No se pudo leer el archivo subido. Inténtelo de nuevo.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** Is this a step of P/OGA-TI-02 (visto bueno o suscripción)? */
  public boolean isVistoBueno() {
    return tarea != null && tarea.clave() != null && tarea.clave().startsWith("vb");
  }

  private boolean esClave(String... claves) {
    return isVistoBueno() && List.of(claves).contains(tarea.clave());
  }

  public boolean isPideUnidad() {
    return !isVistoBueno() && tarea != null && tarea.actividad() == 2;
  }

  public boolean isPideResponsable() {
    return !isVistoBueno() && tarea != null && tarea.actividad() == 5;
  }

  public boolean isPideDecision() {
    return esClave("vb2", "vb9");
  }

  public boolean isPideObservacion() {
    return esClave("vb3", "vb10");
  }

  public boolean isPideRevisionLegal() {
    return esClave("vb7");
  }

  public boolean isPideVersion() {
    return esClave("vb1", "vb4");
  }

  public boolean isPideFirma() {
    return esClave("vb5", "vb8", "vb11", "vb12");
  }

  public boolean isSuscripcion() {
    return esClave("vb11");
  }

  /** The bundle key of the textarea's label, which asks different things depending on the step. */
  public String getEtiquetaInstruccion() {
    if (isPideObservacion()) {
      return "tarea.observacion";
    }
    if (isPideDecision()) {
      return "tarea.observacionSiCambios";
    }
    return "tarea.instruccion";
  }

  /** The bundle key of the button's label: what completing the step does. */
  public String getEtiquetaBoton() {
    if (isSuscripcion()) {
      return "tarea.firmar";
    }
    if (isPideFirma()) {
      return "tarea.darVistoBueno";
    }
    if (esClave("vb1", "vb4")) {
      return "tarea.remitir";
    }
    if (isVistoBueno()) {
      return "tarea.continuar";
    }
    return tarea != null && "atender".equals(tarea.clave()) ? "tarea.atendido" : "tarea.completar";
  }

  /** The bundle key of what the button says while the step is being completed (none for TI-01). */
  public String getEtiquetaProgreso() {
    if (isPideFirma()) {
      return "tarea.firmando";
    }
    return isVistoBueno() ? "tarea.enviando" : null;
  }

  public DocumentoVista getDocumento() {
    return documento;
  }

  public FirmaPrevista getFirma() {
    return firma;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public Boolean getRevisionLegal() {
    return revisionLegal;
  }

  public void setRevisionLegal(Boolean revisionLegal) {
    this.revisionLegal = revisionLegal;
  }

  public UploadedFile getVersion() {
    return version;
  }

  public void setVersion(UploadedFile version) {
    this.version = version;
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
