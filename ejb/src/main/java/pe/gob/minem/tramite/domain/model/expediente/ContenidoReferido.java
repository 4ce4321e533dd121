package pe.gob.minem.tramite.domain.model.expediente;

/**
 * A row that refers to a stored content by its SHA-256, named for a person: the expediente it
 * belongs to and what it is ("solicitud.pdf", "Informe técnico (versión 2)").
 */
public record ContenidoReferido(String sha256, String expediente, String descripcion) {}
