package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.mesadeayuda.MesaDeAyuda;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CanalDeTicket;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;

/**
 * The Mesa de Ayuda's page (ADR 0031): the latest tickets for the OTI's people, a ticket with its
 * thread, and the form where the Operador de Mesa de Ayuda registers a call or a visit.
 */
@Named
@ViewScoped
public class MesaDeAyudaPagina implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MesaDeAyuda mesaDeAyuda;
  @Inject PersonaActual personaActual;
  @Inject UnidadOrganicaRepository unidades;

  private String canal = CanalDeTicket.TELEFONO.name();
  private String asunto;
  private String descripcion;
  private String solicitanteNombre;
  private String solicitanteCorreo;
  private String unidad;
  private String codigoPatrimonial;
  private MesaDeAyuda.TicketVista seleccionado;
  private transient List<MesaDeAyuda.TicketVista> tickets;

  public boolean isOperador() {
    return personaActual.persona().tieneGrupo(MesaDeAyuda.OPERADOR_MESA_DE_AYUDA);
  }

  public List<MesaDeAyuda.TicketVista> getTickets() {
    if (tickets == null) {
      try {
        tickets = mesaDeAyuda.recientes(50);
      } catch (RuntimeException e) {
        Mensajes.error(e);
        tickets = List.of();
      }
    }
    return tickets;
  }

  public List<CanalDeTicket> getCanales() {
    return List.of(CanalDeTicket.TELEFONO, CanalDeTicket.PRESENCIAL);
  }

  public List<UnidadOrganica> getUnidades() {
    return unidades.todas();
  }

  public void registrar() {
    try {
      var r =
          mesaDeAyuda.registrar(
              new MesaDeAyuda.NuevoTicket(
                  canal,
                  asunto,
                  descripcion,
                  solicitanteNombre,
                  solicitanteCorreo,
                  null,
                  unidad,
                  codigoPatrimonial));
      Mensajes.exito(
          "Ticket "
              + r.numero()
              + " registrado con el expediente "
              + r.expediente()
              + ": espera en su bandeja la clasificación (actividad 1).");
      asunto = null;
      descripcion = null;
      solicitanteNombre = null;
      solicitanteCorreo = null;
      codigoPatrimonial = null;
      tickets = null;
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void ver(String numero) {
    try {
      seleccionado = mesaDeAyuda.ver(numero);
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public MesaDeAyuda.TicketVista getSeleccionado() {
    return seleccionado;
  }

  public String getCanal() {
    return canal;
  }

  public void setCanal(String canal) {
    this.canal = canal;
  }

  public String getAsunto() {
    return asunto;
  }

  public void setAsunto(String asunto) {
    this.asunto = asunto;
  }

  public String getDescripcion() {
    return descripcion;
  }

  public void setDescripcion(String descripcion) {
    this.descripcion = descripcion;
  }

  public String getSolicitanteNombre() {
    return solicitanteNombre;
  }

  public void setSolicitanteNombre(String solicitanteNombre) {
    this.solicitanteNombre = solicitanteNombre;
  }

  public String getSolicitanteCorreo() {
    return solicitanteCorreo;
  }

  public void setSolicitanteCorreo(String solicitanteCorreo) {
    this.solicitanteCorreo = solicitanteCorreo;
  }

  public String getUnidad() {
    return unidad;
  }

  public void setUnidad(String unidad) {
    this.unidad = unidad;
  }

  public String getCodigoPatrimonial() {
    return codigoPatrimonial;
  }

  public void setCodigoPatrimonial(String codigoPatrimonial) {
    this.codigoPatrimonial = codigoPatrimonial;
  }
}
