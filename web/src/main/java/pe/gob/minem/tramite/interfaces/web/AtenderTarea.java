package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.GuiaDelPaso;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.FirmaPrevista;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.documento.FirmaConToken;
import pe.gob.minem.tramite.application.documento.FirmaExterna;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.domain.model.paso.TipoDeCampo;
import pe.gob.minem.tramite.interfaces.CadenaDeCertificados;

/**
 * One step of any procedure, rendered from its declaration (ADR 0013): the fields it asks (a unit,
 * a responsable, texts, dates, numbers, yes/no, options), the outcomes of a decision, the proveído,
 * the step's document with its adjusted version when the step sends it on, and, on a signing step,
 * the signature that completing it will place and the key to sign with: the server's demo
 * certificate, the PKCS#11 token (with its PIN) or signing on the client — with the signer's local
 * agent from this page (steps 1 and 3 here, step 2 in the agent) or through the API. The server
 * checks everything again against the same declaration.
 */
@Named
@ViewScoped
public class AtenderTarea implements Serializable {

  /** An option of a select: value and label. */
  public record Opcion(String valor, String etiqueta) implements Serializable {}

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(AtenderTarea.class.getName());

  @Inject BandejaService bandeja;
  @Inject ConsultaExpedientes consulta;
  @Inject ConsultaDeDocumentos documentos;
  @Inject ElaboracionDeDocumentos elaboracion;
  @Inject GuiaDelPaso guias;

  private String id;
  private TareaVista tarea;
  private ExpedienteVista expediente;
  private List<Opcion> unidades = List.of();
  private List<Opcion> responsables = List.of();
  private DeclaracionDePaso paso;
  private final Map<String, String> valores = new HashMap<>();
  private String instruccion;
  private DocumentoVista documento;
  private FirmaPrevista firma;
  private GuiaDelPaso.Guia guia;
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

  /** The request step 1 prepared for the signer's agent, and the chain it was prepared with. */
  private String solicitudDelAgente;

  private List<X509Certificate> cadenaDelAgente;

  /** f:viewAction */
  public void cargar() {
    try {
      tarea = bandeja.tarea(id);
      paso = tarea.paso();
      guia = guiaDelPaso();
      expediente = consulta.buscar(tarea.numero());
      if (tarea.documento() != null) {
        documento = documentos.porCodigo(tarea.documento());
        firma = documentos.firmaPrevista(id).orElse(null);
        if (firma != null && llave == null) {
          llave =
              firma.llaveDelServidor()
                  ? Llave.SERVIDOR
                  : firma.token() ? Llave.TOKEN : Llave.CLIENTE;
        }
      }
      if (getCampoUnidad() != null) {
        unidades =
            bandeja.unidadesDeDestino().stream()
                .map(u -> new Opcion(u.getCodigo(), u.getNombre() + " (" + u.getCodigo() + ")"))
                .toList();
      }
      if (getCampoResponsable() != null) {
        // a field that names cargos (P/OGA-TI-04 act. 3: Analista de Desarrollo de Sistemas)
        // offers the people of those cargos in their unit; otherwise the expediente's unit's
        var ofrecidos = getCampoResponsable().opciones();
        String unidad =
            ofrecidos.isEmpty()
                ? expediente.unidadActual()
                : pe.gob.minem.tramite.infrastructure.workflow.Flujos.unidadDelGrupo(
                    ofrecidos.get(0).valor());
        responsables =
            bandeja.responsablesPosibles(unidad).stream()
                .filter(
                    p ->
                        ofrecidos.isEmpty()
                            || ofrecidos.stream().anyMatch(o -> p.tieneGrupo(o.valor())))
                .map(
                    p ->
                        new Opcion(
                            p.getUsuario(), p.getNombreCompleto() + " — " + p.cargoEn(unidad)))
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
      var e = bandeja.completar(id, new ResultadoTarea(valores, instruccion, null, token));
      irALaBandeja("Listo: " + tarea.nombre() + " — expediente " + e.numero() + ".");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    } finally {
      pin = null;
      if (token != null) {
        java.util.Arrays.fill(token.pin(), '\0');
      }
    }
  }

  /**
   * Signing with the signer's own agent, step 1 (the page's {@code p:remoteCommand}): the chain of
   * the certificate chosen in the agent ({@code certificados}: Base64 DER, signer first, joined by
   * commas) prepares the request; the page gets the item to send to the agent's {@code POST
   * /firmas} ({@code firmas}, a JSON array of one) and its {@code digestAlgorithm}. A revoked
   * certificate is refused here, before any PIN is asked.
   */
  public void prepararFirmaConAgente(String certificados) {
    solicitudDelAgente = null;
    cadenaDelAgente = null;
    try {
      if (!isPideFirma()) {
        Mensajes.error("Esta tarea no lleva firma.");
        return;
      }
      List<X509Certificate> cadena =
          CadenaDeCertificados.leer(FirmasDelAgente.certificados(certificados));
      var p = bandeja.prepararFirmaExterna(id, cadena);
      solicitudDelAgente = p.id();
      cadenaDelAgente = cadena;
      devolver(
          "firmas",
          FirmasDelAgente.pedido(
              List.of(new FirmasDelAgente.Item(p.id(), p.digest(), tarea.descripcion()))));
      devolver("digestAlgorithm", p.digestAlgorithm());
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /**
   * Step 3: the agent's {@code resultados} for the request of step 1 complete the task with the
   * fields of the form, exactly as the API's {@code firmaExterna} does; a refusal of the agent for
   * that document is told in the portal's words.
   */
  public void completarFirmaConAgente(String resultados) throws IOException {
    String solicitud = solicitudDelAgente;
    List<X509Certificate> cadena = cadenaDelAgente;
    solicitudDelAgente = null;
    cadenaDelAgente = null;
    try {
      if (solicitud == null) {
        Mensajes.error("Vuelva a firmar: la firma no corresponde a la preparada en esta página.");
        return;
      }
      var leido =
          FirmasDelAgente.leer(resultados).stream()
              .filter(r -> r.solicitud().equals(solicitud))
              .findFirst()
              .orElse(null);
      if (leido == null) {
        Mensajes.error("Vuelva a firmar: la firma no corresponde a la preparada en esta página.");
        return;
      }
      if (!leido.firmado()) {
        Mensajes.error(AgenteDeFirma.mensaje(leido.codigo(), null, leido.mensaje(), idioma()));
        return;
      }
      var e =
          bandeja.completar(
              id,
              new ResultadoTarea(
                  valores, instruccion, new FirmaExterna(solicitud, leido.firma(), cadena), null));
      irALaBandeja(
          "Listo: "
              + tarea.nombre()
              + " — expediente "
              + e.numero()
              + ", firmado con su certificado.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /**
   * The agent refused the whole request (or did not answer): the page passes its {@code codigo},
   * {@code intentosRestantes} and message; the person reads what to do in the portal's words.
   */
  public void errorDelAgente(String codigo, String intentosRestantes, String mensaje) {
    solicitudDelAgente = null;
    cadenaDelAgente = null;
    Mensajes.error(
        AgenteDeFirma.mensaje(
            codigo,
            FirmasDelAgente.intentos(intentosRestantes),
            FirmasDelAgente.mensajeDelAgente(mensaje),
            idioma()));
  }

  /** A value for the page's JavaScript ({@code args} of the remote command's oncomplete). */
  void devolver(String nombre, Object valor) {
    PrimeFaces.current().ajax().addCallbackParam(nombre, valor);
  }

  Locale idioma() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Done: the message survives the redirect to the bandeja. */
  void irALaBandeja(String mensaje) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().getFlash().setKeepMessages(true);
    Mensajes.exito(mensaje);
    fc.getExternalContext()
        .redirect(fc.getExternalContext().getRequestContextPath() + "/bandeja.xhtml");
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
          elaboracion.nuevaVersion(
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

  public DeclaracionDePaso getPaso() {
    return paso;
  }

  /** The values of the declared fields, by name (a decision under its variable's name). */
  public Map<String, String> getValores() {
    return valores;
  }

  public Campo getCampoUnidad() {
    return paso == null ? null : paso.campoDeTipo(TipoDeCampo.UNIDAD).orElse(null);
  }

  public Campo getCampoResponsable() {
    return paso == null ? null : paso.campoDeTipo(TipoDeCampo.RESPONSABLE).orElse(null);
  }

  /** The other declared inputs, which the page renders by their kind. */
  public List<Campo> getCampos() {
    if (paso == null) {
      return List.of();
    }
    return paso.campos().stream()
        .filter(c -> !c.nombre().equals(Campo.INSTRUCCION))
        .filter(
            c ->
                c.tipo() != TipoDeCampo.UNIDAD
                    && c.tipo() != TipoDeCampo.RESPONSABLE
                    && c.tipo() != TipoDeCampo.ARCHIVO)
        .toList();
  }

  /** The choices of a yes/no or options field. */
  public List<Opcion> opciones(Campo c) {
    if (c.tipo() == TipoDeCampo.SI_NO) {
      return List.of(new Opcion("true", "Sí"), new Opcion("false", "No"));
    }
    return c.opciones().stream().map(o -> new Opcion(o.valor(), o.etiqueta())).toList();
  }

  public boolean isPideUnidad() {
    return getCampoUnidad() != null;
  }

  public boolean isPideResponsable() {
    return getCampoResponsable() != null;
  }

  /** A decision among declared outcomes. */
  public boolean isPideDecision() {
    return paso != null && paso.variable() != null && !paso.desenlaces().isEmpty();
  }

  public String getDecision() {
    return isPideDecision() ? valores.get(paso.variable()) : null;
  }

  public void setDecision(String decision) {
    if (isPideDecision()) {
      valores.put(paso.variable(), decision);
    }
  }

  /** The step sends its document on: the author may upload an adjusted version first. */
  public boolean isPideVersion() {
    return paso != null && paso.accion() == TipoDeAccion.REMITIR_DOCUMENTO;
  }

  public boolean isPideFirma() {
    return paso != null && paso.firma();
  }

  public boolean isSuscripcion() {
    return paso != null && paso.accion() == TipoDeAccion.SUSCRIPCION;
  }

  /** The label of the proveído's textarea when the declaration gives one (else the bundle's). */
  public String getEtiquetaInstruccion() {
    if (paso == null) {
      return null;
    }
    return paso.campo(Campo.INSTRUCCION).map(Campo::etiqueta).orElse(paso.etiquetaInstruccion());
  }

  /** The button's words when the declaration gives them. */
  public String getBoton() {
    return paso == null ? null : paso.boton();
  }

  /** The bundle key of the button's label by kind of action, when the declaration gives none. */
  public String getClaveBoton() {
    if (isSuscripcion()) {
      return "tarea.firmar";
    }
    if (isPideFirma()) {
      return "tarea.darVistoBueno";
    }
    if (isPideVersion()) {
      return "tarea.remitir";
    }
    return "tarea.continuar";
  }

  /** The bundle key of what the button says while the step is being completed. */
  public String getEtiquetaProgreso() {
    return isPideFirma() ? "tarea.firmando" : "tarea.enviando";
  }

  public DocumentoVista getDocumento() {
    return documento;
  }

  public FirmaPrevista getFirma() {
    return firma;
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

  public String getInstruccion() {
    return instruccion;
  }

  public void setInstruccion(String instruccion) {
    this.instruccion = instruccion;
  }

  /** The MAPRO card: a page that cannot draw it still lets the person act on the step. */
  private GuiaDelPaso.Guia guiaDelPaso() {
    try {
      return guias.guia(id);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Sin la guía del MAPRO para la tarea " + id + ": " + e);
      return null;
    }
  }

  /** What the MAPRO says of the step and who acts next (ADR 0036). */
  public GuiaDelPaso.Guia getGuia() {
    return guia;
  }
}
