package pe.gob.minem.tramite.application.correo;

import java.time.Instant;
import java.util.List;

/** A mailbox message as parsed, before it is recorded; {@code descartados} notes dropped files. */
public record CorreoLeido(
    String messageId,
    String de,
    String nombreDe,
    String asunto,
    String texto,
    List<String> enRespuestaA,
    Instant fecha,
    List<AdjuntoRecibido> adjuntos,
    List<String> descartados) {

  CorreoRecibido comoEvento(long id) {
    return new CorreoRecibido(
        id, messageId, de, nombreDe, asunto, texto, enRespuestaA, fecha, adjuntos);
  }
}
