package pe.gob.minem.tramite.application.correo;

/**
 * A mail to send (ADR 0029). {@code clave} is the idempotency key: enqueuing a second mail with the
 * same key does nothing. {@code html} may be null (text only); {@code referencia} is a free
 * business reference (an expediente or ticket number) that administrators see; {@code enRespuestaA}
 * is an optional Message-ID this mail answers (In-Reply-To and References).
 */
public record CorreoSaliente(
    String clave,
    String para,
    String asunto,
    String texto,
    String html,
    String referencia,
    String enRespuestaA) {}
