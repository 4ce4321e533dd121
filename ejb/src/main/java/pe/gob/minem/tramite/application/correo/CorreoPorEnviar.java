package pe.gob.minem.tramite.application.correo;

import java.time.Instant;

/** An outbox row claimed by this node: its version is the claim's, checked when it is marked. */
public record CorreoPorEnviar(
    long id,
    long version,
    String messageId,
    String para,
    String asunto,
    String texto,
    String html,
    String enRespuestaA,
    Instant creado,
    int intentos) {}
