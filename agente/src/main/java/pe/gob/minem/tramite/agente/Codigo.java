package pe.gob.minem.tramite.agente;

/**
 * What went wrong, as the portal's page reads it ({@code codigo} of every error), with the HTTP
 * status the agent answers when it concerns the whole request.
 */
enum Codigo {
  /** The request's Origin is not one the agent was installed for (or is missing). */
  ORIGEN_NO_PERMITIDO(403),
  /** The Host header is not the agent's own loopback address: a DNS-rebinding attempt. */
  HOST_NO_PERMITIDO(403),
  SOLICITUD_INVALIDA(400),
  RUTA_DESCONOCIDA(404),
  METODO_NO_PERMITIDO(405),
  TIPO_DE_CONTENIDO(415),
  DEMASIADO_GRANDE(413),
  /** Another batch is being signed (its PIN dialog may be open). */
  OCUPADO(409),
  TOKEN_AUSENTE(409),
  CERTIFICADO_NO_ENCONTRADO(404),
  CERTIFICADO_VENCIDO(422),
  CERTIFICADO_AUN_NO_VIGENTE(422),
  PIN_INCORRECTO(422),
  PIN_BLOQUEADO(422),
  CANCELADO(422),
  /** No display and no console: the agent cannot ask for the PIN itself. */
  SIN_INTERFAZ(500),
  /** Per document: the token went away before this document was signed. */
  TOKEN_RETIRADO(409),
  /** Per document: the token refused to sign it (its data, its key). */
  ERROR_DE_FIRMA(500),
  ERROR_INTERNO(500);

  private final int estado;

  Codigo(int estado) {
    this.estado = estado;
  }

  int estado() {
    return estado;
  }
}
