package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.gob.minem.tramite.application.Vistas.RemisionVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;
import pe.gob.minem.tramite.application.bandeja.PaginaBandeja;
import pe.gob.minem.tramite.application.documento.FirmaExterna;
import pe.gob.minem.tramite.application.documento.FirmaExternaEnLote;
import pe.gob.minem.tramite.application.documento.LotesDeFirma;
import pe.gob.minem.tramite.application.expediente.RemisionesService;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.interfaces.CadenaDeCertificados;

/** The bandeja page: tasks with counts and filters, and the paper hand-overs pending. */
@Named
@ViewScoped
public class Bandeja implements Serializable {

  @Inject BandejaService bandeja;
  @Inject RemisionesService remisiones;
  @Inject pe.gob.minem.tramite.application.documento.FirmaEnLoteService firmaEnLote;
  @Inject pe.gob.minem.tramite.application.plazo.PlazosService plazos;

  private List<pe.gob.minem.tramite.application.plazo.PlazosService.AvisoVista> avisos = List.of();

  @Inject FirmaExternaEnLote firmaExterna;

  private List<TareaVista> seleccion = new java.util.ArrayList<>();

  /** The batch prepared for the signer's agent: its documents in order, and the chain used. */
  private List<FirmaExternaEnLote.Preparada> loteDelAgente;

  private List<X509Certificate> cadenaDelAgente;

  /** Each document's outcome of the last batch signed with the agent. */
  private List<LotesDeFirma.Resultado> resultadosDelAgente = List.of();

  private String lote;
  private LotesDeFirma.Progreso progreso;

  private String tipo;
  private String prioridad;
  private boolean vencidos;
  private String texto;
  private PaginaBandeja pagina;
  private List<RemisionVista> pendientes;

  @PostConstruct
  void cargar() {
    try {
      pagina =
          bandeja.pagina(
              new FiltroBandeja(tipo, prioridad, vencidos, texto),
              0,
              BandejaService.MAXIMO_POR_PAGINA);
      pendientes = remisiones.pendientes();
      avisos = plazos.avisos().stream().filter(a -> !a.leido()).toList();
    } catch (RuntimeException e) {
      pagina = new PaginaBandeja(List.of(), 0, 0, 0);
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
    return pagina.tareas().stream().anyMatch(this::firmable);
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

  /**
   * Batch signing with the signer's own agent, step 1 for every selected document in one request
   * (the page's {@code p:remoteCommand}, with the chain of the certificate chosen in the agent):
   * the page gets the items of its one {@code POST /firmas} ({@code firmas}, JSON) and their {@code
   * digestAlgorithm}; a document that cannot be signed is reported at once and left out.
   */
  public void prepararLoteConAgente(String certificados) {
    loteDelAgente = null;
    cadenaDelAgente = null;
    resultadosDelAgente = List.of();
    var ids = seleccion.stream().filter(this::firmable).map(TareaVista::id).toList();
    if (ids.isEmpty()) {
      Mensajes.error("Marque los documentos que desea firmar (V°B° o suscripción).");
      return;
    }
    try {
      List<X509Certificate> cadena =
          CadenaDeCertificados.leer(FirmasDelAgente.certificados(certificados));
      var preparadas = firmaExterna.preparar(ids, cadena);
      var listas = preparadas.stream().filter(FirmaExternaEnLote.Preparada::lista).toList();
      if (listas.isEmpty()) {
        resultadosDelAgente = preparadas.stream().map(Bandeja::noFirmado).toList();
        Mensajes.error(
            "Ninguno de los documentos marcados se puede firmar; vea el motivo de cada uno.");
        return;
      }
      loteDelAgente = preparadas;
      cadenaDelAgente = cadena;
      devolver(
          "firmas",
          FirmasDelAgente.pedido(
              listas.stream()
                  .map(p -> new FirmasDelAgente.Item(p.solicitud(), p.digest(), p.descripcion()))
                  .toList()));
      devolver("digestAlgorithm", listas.get(0).digestAlgorithm());
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /**
   * Step 3 for each signature the agent returned (each document its own transaction); every
   * document of the batch gets its outcome, those the agent refused or left out included.
   */
  public void completarLoteConAgente(String resultados) {
    var lote = loteDelAgente;
    var cadena = cadenaDelAgente;
    loteDelAgente = null;
    cadenaDelAgente = null;
    if (lote == null) {
      Mensajes.error("Vuelva a firmar el lote: las firmas no corresponden al lote preparado.");
      return;
    }
    try {
      Map<String, FirmasDelAgente.Leido> porSolicitud = new HashMap<>();
      for (var r : FirmasDelAgente.leer(resultados)) {
        porSolicitud.putIfAbsent(r.solicitud(), r);
      }
      List<FirmaExternaEnLote.Firmada> firmadas = new ArrayList<>();
      Map<String, LotesDeFirma.Resultado> porTarea = new HashMap<>();
      for (var p : lote) {
        var r = p.lista() ? porSolicitud.get(p.solicitud()) : null;
        if (!p.lista()) {
          porTarea.put(p.tareaId(), noFirmado(p));
        } else if (r == null) {
          porTarea.put(p.tareaId(), noFirmado(p, texto("SIN_RESPUESTA", null, null)));
        } else if (!r.firmado()) {
          porTarea.put(p.tareaId(), noFirmado(p, texto(r.codigo(), null, r.mensaje())));
        } else {
          firmadas.add(
              new FirmaExternaEnLote.Firmada(
                  p.tareaId(), new FirmaExterna(p.solicitud(), r.firma(), cadena)));
        }
      }
      if (!firmadas.isEmpty()) {
        firmaExterna.completar(firmadas).forEach(r -> porTarea.put(r.tareaId(), r));
      }
      resultadosDelAgente = lote.stream().map(p -> porTarea.get(p.tareaId())).toList();
      long firmados = resultadosDelAgente.stream().filter(LotesDeFirma.Resultado::firmado).count();
      if (firmados == resultadosDelAgente.size()) {
        Mensajes.exito(
            "Lote terminado: " + firmados + " de " + lote.size() + " documentos firmados.");
      } else {
        Mensajes.error(
            "Lote terminado: "
                + firmados
                + " de "
                + lote.size()
                + " documentos firmados; vea el motivo de cada uno.");
      }
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    seleccion = new ArrayList<>();
    cargar();
  }

  /** The agent refused the whole batch (or did not answer): nothing was signed. */
  public void errorDelAgente(String codigo, String intentosRestantes, String mensaje) {
    loteDelAgente = null;
    cadenaDelAgente = null;
    Mensajes.error(
        texto(
            codigo,
            FirmasDelAgente.intentos(intentosRestantes),
            FirmasDelAgente.mensajeDelAgente(mensaje)));
  }

  private String texto(String codigo, Integer intentos, String mensaje) {
    return AgenteDeFirma.mensaje(codigo, intentos, mensaje, idioma());
  }

  private static LotesDeFirma.Resultado noFirmado(FirmaExternaEnLote.Preparada p) {
    return noFirmado(p, p.mensaje());
  }

  private static LotesDeFirma.Resultado noFirmado(FirmaExternaEnLote.Preparada p, String motivo) {
    return new LotesDeFirma.Resultado(p.tareaId(), p.numero(), p.documento(), false, motivo);
  }

  /** A value for the page's JavaScript ({@code args} of the remote command's oncomplete). */
  void devolver(String nombre, Object valor) {
    PrimeFaces.current().ajax().addCallbackParam(nombre, valor);
  }

  Locale idioma() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public List<LotesDeFirma.Resultado> getResultadosDelAgente() {
    return resultadosDelAgente;
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

  public LotesDeFirma.Progreso getProgreso() {
    return progreso;
  }

  public List<TareaVista> getSeleccion() {
    return seleccion;
  }

  public void setSeleccion(List<TareaVista> seleccion) {
    this.seleccion = seleccion;
  }

  /** Tasks of the filtered bandeja, shown or not. */
  public long getTotal() {
    return pagina.total();
  }

  /** Tasks whose expediente is past its plazo, in the whole filtered bandeja. */
  public long getVencidas() {
    return pagina.vencidas();
  }

  /** Steps whose plazo has passed, in the whole filtered bandeja. */
  public long getPasosVencidos() {
    return pagina.pasosVencidos();
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
    return pagina.tareas();
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
