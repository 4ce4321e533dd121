package pe.gob.minem.tramite.application.correo;

/** Where an outgoing mail is: to send, being sent under a lease, sent, or given up. */
public enum EstadoDeCorreo {
  PENDIENTE,
  ENVIANDO,
  ENVIADO,
  FALLIDO
}
