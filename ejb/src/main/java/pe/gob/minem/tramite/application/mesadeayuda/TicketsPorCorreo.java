package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.correo.AdjuntoRecibido;
import pe.gob.minem.tramite.application.correo.CorreoRecibido;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CanalDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.TipoDeMensaje;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.documentos.TipoDeArchivo;

/**
 * A mail read from the Mesa de Ayuda's mailbox (ADR 0029) in the transaction that records it (ADR
 * 0031): a reply to a ticket (it answers one of the ticket's Message-IDs or names its number in the
 * subject) is added to that ticket's thread; any other mail opens a ticket with its text and its
 * attachments of the accepted kinds in the expediente. If this fails, the mail's record rolls back
 * with it and the mail is read again at the next poll: a mail never opens two tickets.
 */
@ApplicationScoped
public class TicketsPorCorreo {

  private static final Logger LOG = Logger.getLogger(TicketsPorCorreo.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject MesaDeAyuda mesaDeAyuda;
  @Inject PersonaRepository personas;

  void recibido(@Observes CorreoRecibido c) {
    var anterior = mesaDeAyuda.alQueResponde(c.enRespuestaA(), c.asunto());
    if (anterior.isPresent()) {
      Ticket t = anterior.get();
      String texto =
          (c.texto() == null ? "" : c.texto())
              + (c.adjuntos().isEmpty()
                  ? ""
                  : "\n\n[" + c.adjuntos().size() + " adjunto(s) en el correo]");
      mesaDeAyuda.anotar(t, TipoDeMensaje.CORREO, remitente(c), texto, recortarId(c.messageId()));
      LOG.info(() -> "Correo de " + c.de() + " añadido al ticket " + t.getNumero());
      return;
    }
    Persona conocida = porCorreo(c.de());
    List<ArchivoRecibido> adjuntos = new ArrayList<>();
    List<String> omitidos = new ArrayList<>();
    for (AdjuntoRecibido a : c.adjuntos()) {
      if (aceptado(a)) {
        adjuntos.add(new ArchivoRecibido(a.nombre(), new ByteArrayInputStream(a.contenido())));
      } else {
        omitidos.add(a.nombre());
      }
    }
    String descripcion =
        (c.texto() == null || c.texto().isBlank() ? "(correo sin texto)" : c.texto())
            + (omitidos.isEmpty()
                ? ""
                : "\n\nAdjuntos no admitidos en el expediente (solo PDF, DOCX, PNG o JPEG): "
                    + String.join(", ", omitidos));
    var s =
        new Ticket.Solicitud(
            CanalDeTicket.CORREO,
            MesaDeAyuda.recortar(
                c.asunto() == null || c.asunto().isBlank() ? "(sin asunto)" : c.asunto().strip(),
                300),
            MesaDeAyuda.recortar(descripcion, 10000),
            MesaDeAyuda.recortar(
                c.nombreDe() == null || c.nombreDe().isBlank() ? c.de() : c.nombreDe(), 200),
            MesaDeAyuda.recortar(c.de() == null ? null : c.de().toLowerCase(Locale.ROOT), 254),
            conocida == null ? null : conocida.getUsuario(),
            conocida == null ? null : unidad(conocida),
            null,
            recortarId(c.messageId()));
    var r = mesaDeAyuda.abrir(cuenta(), s, adjuntos);
    LOG.info(() -> "Correo de " + c.de() + " abrió el ticket " + r.numero());
  }

  private Persona cuenta() {
    return personas
        .porUsuario(CuentaDeLaMesaDeAyuda.USUARIO)
        .orElseThrow(
            () -> new IllegalStateException("Falta la cuenta " + CuentaDeLaMesaDeAyuda.USUARIO));
  }

  private static boolean aceptado(AdjuntoRecibido a) {
    if (a.nombre() == null || a.contenido() == null) {
      return false;
    }
    try {
      TipoDeArchivo.confirmar(a.nombre(), new ByteArrayInputStream(a.contenido()));
      return true;
    } catch (ReglaIncumplidaException | IOException e) {
      return false;
    }
  }

  private Persona porCorreo(String correo) {
    if (correo == null) {
      return null;
    }
    return em.createQuery(
            "SELECT p FROM Persona p WHERE LOWER(p.correo) = :c AND p.activa = TRUE", Persona.class)
        .setParameter("c", correo.toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String unidad(Persona p) {
    var u = p.codigosDeUnidad();
    return u.isEmpty() ? null : u.iterator().next();
  }

  private static String remitente(CorreoRecibido c) {
    String s =
        c.nombreDe() == null || c.nombreDe().isBlank()
            ? c.de()
            : c.nombreDe() + " <" + c.de() + ">";
    return MesaDeAyuda.recortar(s == null ? "desconocido" : s, 254);
  }

  private static String recortarId(String id) {
    return id == null || id.length() <= 500 ? id : id.substring(0, 500);
  }
}
