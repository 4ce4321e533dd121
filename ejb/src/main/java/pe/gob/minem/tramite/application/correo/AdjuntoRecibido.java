package pe.gob.minem.tramite.application.correo;

/** A file attached to a received mail: its decoded name, its MIME type and its bytes. */
public record AdjuntoRecibido(String nombre, String tipo, byte[] contenido) {}
