package pe.gob.minem.tramite.application.correo;

/** A rendered mail ({@link PlantillasDeCorreo}): its subject, its plain text and its HTML. */
public record Mensaje(String asunto, String texto, String html) {}
