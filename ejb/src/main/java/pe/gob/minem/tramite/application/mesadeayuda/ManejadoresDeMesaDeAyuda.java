package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.application.paso.EfectoDelPaso;
import pe.gob.minem.tramite.application.paso.ManejadorDePaso;
import pe.gob.minem.tramite.application.paso.ManejadoresDePaso;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CategoriaDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.ImpactoDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.PrioridadDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.TipoDeMensaje;
import pe.gob.minem.tramite.domain.model.paso.Manejador;

/**
 * The special actions of P/OGA-TI-09 (ADR 0031), on the ticket of the step's expediente: act. 1
 * classifies it, acts. 2 and 14 add what was done to its thread and tell the user, act. 15 closes
 * it and mails the satisfaction survey. Each in the step's transaction: the mail is written to the
 * outbox with the step and goes out after the commit.
 */
@ApplicationScoped
public class ManejadoresDeMesaDeAyuda implements ManejadoresDePaso {

  @Inject MesaDeAyuda mesaDeAyuda;
  @Inject AvisosDeTicket avisos;
  @Inject EncuestasDeServicio encuestas;
  @Inject InventarioDeEquipos inventario;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.CLASIFICAR_TICKET, this::clasificar);
    m.put(Manejador.REGISTRAR_ACCIONES_EN_EL_TICKET, this::registrarAcciones);
    m.put(Manejador.CERRAR_TICKET, this::cerrar);
    m.put(Manejador.AVISAR_EN_EL_TICKET, this::avisar);
    return m;
  }

  private Ticket ticket(ContextoDePaso c) {
    return mesaDeAyuda
        .porExpediente(c.expediente().getNumero())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "El expediente " + c.expediente().getNumero() + " no tiene ticket"));
  }

  private EfectoDelPaso clasificar(ContextoDePaso c) {
    Ticket t = ticket(c);
    var campos = c.valores().campos();
    var categoria =
        CategoriaDeTicket.de(texto(campos.get("categoria")))
            .orElseThrow(() -> new DatosInvalidosException("categoria", "Elija la categoría."));
    var impacto =
        ImpactoDeTicket.de(texto(campos.get("impacto")))
            .orElseThrow(() -> new DatosInvalidosException("impacto", "Elija el impacto."));
    var prioridad =
        PrioridadDeTicket.de(texto(campos.get("prioridad")))
            .orElseThrow(() -> new DatosInvalidosException("prioridad", "Elija la prioridad."));
    t.clasificar(
        categoria,
        impacto,
        prioridad,
        texto(campos.get("areaUsuaria")),
        MesaDeAyuda.codigoPatrimonial(texto(campos.get("codigoPatrimonial"))));
    avisos.registrado(t);
    String equipo = "";
    if (t.getCodigoPatrimonial() != null) {
      // the equipment's history shows its tickets (ADR 0030); a code not in the inventory is kept
      // in the ticket and said in the hoja de ruta
      if (inventario.porCodigo(t.getCodigoPatrimonial()).isPresent()) {
        inventario.anotar(
            t.getCodigoPatrimonial(),
            TipoDeEventoDeEquipo.TICKET,
            "Ticket " + t.getNumero() + ": " + t.getAsunto(),
            t.getNumero(),
            c.persona());
        equipo = "; equipo " + t.getCodigoPatrimonial();
      } else {
        equipo = "; equipo " + t.getCodigoPatrimonial() + " (no figura en el inventario)";
      }
    }
    return EfectoDelPaso.descrito(
        "ticket "
            + t.getNumero()
            + ": "
            + categoria.etiqueta()
            + ", impacto "
            + impacto.etiqueta().toLowerCase(java.util.Locale.ROOT)
            + ", prioridad "
            + prioridad.etiqueta().toLowerCase(java.util.Locale.ROOT)
            + equipo);
  }

  private EfectoDelPaso registrarAcciones(ContextoDePaso c) {
    Ticket t = ticket(c);
    String acciones = texto(c.valores().campos().get("acciones"));
    mesaDeAyuda.anotar(t, TipoDeMensaje.NOTA, c.persona().getNombreCompleto(), acciones, null);
    avisos.actualizado(t, acciones);
    return EfectoDelPaso.descrito("acciones registradas en el ticket " + t.getNumero());
  }

  /**
   * The closing of a procedure started on a ticket's expediente (P/OGA-TI-07 from the Mesa de
   * Ayuda): the ticket's thread and its requester learn it; nothing when the expediente has none.
   */
  private EfectoDelPaso avisar(ContextoDePaso c) {
    var t = mesaDeAyuda.porExpediente(c.expediente().getNumero());
    if (t.isEmpty() || t.get().isCerrado()) {
      return EfectoDelPaso.NINGUNO;
    }
    String texto =
        (c.paso().descripcion() == null ? "Atención concluida" : c.paso().descripcion())
            + " por "
            + c.persona().getNombreCompleto()
            + " (actividad "
            + c.actividad()
            + ").";
    mesaDeAyuda.anotar(t.get(), TipoDeMensaje.NOTA, c.persona().getNombreCompleto(), texto, null);
    avisos.actualizado(t.get(), texto);
    return EfectoDelPaso.descrito("avisado en el ticket " + t.get().getNumero());
  }

  private EfectoDelPaso cerrar(ContextoDePaso c) {
    Ticket t = ticket(c);
    t.cerrar(c.ahora());
    String enlace = encuestas.crear(t, c.ahora());
    avisos.cerrado(t, enlace);
    return EfectoDelPaso.descrito(
        "ticket "
            + t.getNumero()
            + " cerrado"
            + (enlace == null
                ? " (sin correo del solicitante: no se envía la encuesta)"
                : "; encuesta enviada a " + t.getSolicitanteCorreo()));
  }

  private static String texto(Object o) {
    return o == null ? null : o.toString();
  }
}
