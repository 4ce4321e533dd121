package pe.gob.minem.tramite.infrastructure.workflow;

/**
 * The MAPRO activity a BPMN task implements: its procedure code (P/OGA-TI-01), its number and its
 * name. Tasks outside the MAPRO (e.g. the responsable's "Atender") have number 0.
 */
public record ActividadMapro(String procedimiento, int numero, String nombre) {
  public static final String NS = "http://minem.gob.pe/tramite/mapro";
}
