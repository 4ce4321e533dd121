package pe.gob.minem.tramite.signing;

import java.time.Instant;

/**
 * A timestamp that covers a signature.
 *
 * @param type DSS's type: SIGNATURE_TIMESTAMP, DOCUMENT_TIMESTAMP (archive), ...
 * @param tsa the timestamp authority's subject
 */
public record TimestampInfo(
    String type, Instant productionTime, String tsa, Indication indication, String subIndication) {}
