package pe.gob.minem.tramite.infrastructure.workflow;

import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;

/**
 * A BPMN task as the portal knows it: the MAPRO activity it implements (procedure code such as
 * P/OGA-TI-01, number and name; tasks outside the MAPRO, like the responsable's "Atender", have
 * number 0), its step declaration (ADR 0013) and whether its process acts in the unit that holds
 * the expediente ({@code mapro:ambito="unidad-del-expediente"}, P/OGA-TI-01: the expediente moves
 * between units) or in the unit its cargo names (P/OGA-TI-02: the MAPRO fixes OTI, then OGA).
 */
public record ActividadMapro(
    String procedimiento,
    int numero,
    String nombre,
    DeclaracionDePaso paso,
    boolean enLaUnidadDelExpediente) {

  public static final String NS = "http://minem.gob.pe/tramite/mapro";
  public static final String AMBITO_EXPEDIENTE = "unidad-del-expediente";
}
