package pe.gob.minem.tramite.domain.model.expediente;

import pe.gob.minem.tramite.domain.model.ConEtiqueta;

public enum EstadoExpediente implements ConEtiqueta {
  /** Registered at the mesa de partes, not yet handed to the Director General. */
  REGISTRADO("Registrado"),
  /** Being routed (derivado) between units. */
  EN_TRAMITE("En trámite"),
  /** With the person responsible for it. */
  EN_ATENCION("En atención"),
  /** Attended by its responsable. */
  ATENDIDO("Atendido");

  private final String etiqueta;

  EstadoExpediente(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }
}
