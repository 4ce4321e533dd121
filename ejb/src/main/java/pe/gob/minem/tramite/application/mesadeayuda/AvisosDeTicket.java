package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.correo.BandejaDeSalida;
import pe.gob.minem.tramite.application.correo.CorreoSaliente;
import pe.gob.minem.tramite.application.correo.PlantillasDeCorreo;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;

/**
 * What the user of a ticket is told by mail at each change (issue: «the user told by mail at each
 * change»): registered and classified, actions recorded, closed with the survey, the survey's
 * reminder. Written to the outbox (ADR 0029) in the step's transaction, so nothing is sent for a
 * step that rolls back; each with a key of its own, so a step retried never mails twice. Replies
 * find the ticket by the number in the subject or by the Message-ID they answer.
 */
@ApplicationScoped
public class AvisosDeTicket {

  @Inject BandejaDeSalida bandeja;
  @Inject PlantillasDeCorreo plantillas;

  void registrado(Ticket t) {
    enviar(t, "registrado", "ticket-registrado", Map.of("estado", t.getEstado().etiqueta()));
  }

  void actualizado(Ticket t, String detalle) {
    // one mail per recorded action: the key carries the moment it was recorded
    enviar(
        t,
        "actualizado-" + Instant.now().toEpochMilli(),
        "ticket-actualizado",
        Map.of("estado", t.getEstado().etiqueta(), "detalle", detalle == null ? "" : detalle));
  }

  void cerrado(Ticket t, String enlace) {
    enviar(
        t,
        "cerrado",
        "ticket-cerrado-encuesta",
        Map.of("estado", t.getEstado().etiqueta(), "enlace", enlace == null ? "" : enlace));
  }

  void recordatorio(Ticket t, String enlace) {
    enviar(t, "recordatorio", "encuesta-recordatorio", Map.of("enlace", enlace));
  }

  private void enviar(Ticket t, String que, String plantilla, Map<String, String> extra) {
    if (t.getSolicitanteCorreo() == null) {
      return; // a call or a visit without a mail: the operator tells the user
    }
    Map<String, String> v = new HashMap<>(extra);
    v.put("nombre", t.getSolicitanteNombre());
    v.put("numero", t.getNumero());
    v.put("asunto", t.getAsunto());
    v.put("fecha", Reloj.formatear(Instant.now()));
    var m = plantillas.render(plantilla, v);
    bandeja.encolar(
        new CorreoSaliente(
            "ticket:" + t.getNumero() + ":" + que,
            t.getSolicitanteCorreo(),
            m.asunto(),
            m.texto(),
            m.html(),
            t.getNumero(),
            t.getMensajeId()));
  }
}
