package pe.gob.minem.tramite.application.correo;

import java.time.Instant;
import java.util.List;

/**
 * A mail read from the portal's mailbox (ADR 0029), fired as a synchronous CDI event inside the
 * transaction that records it in {@code correo_entrante} (row {@code id}): an observer that throws
 * rolls the record back and the mail is read again at the next poll. {@code de} is the sender's
 * address, {@code texto} the plain text (HTML converted), {@code enRespuestaA} the Message-IDs it
 * answers (In-Reply-To first, then References).
 */
public record CorreoRecibido(
    long id,
    String messageId,
    String de,
    String nombreDe,
    String asunto,
    String texto,
    List<String> enRespuestaA,
    Instant fecha,
    List<AdjuntoRecibido> adjuntos) {}
