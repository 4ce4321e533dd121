package pe.gob.minem.tramite.application.paso;

import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;

/**
 * What a deliverable prints beyond its step's fields, for those whose content comes from the
 * portal's records (the Informe técnico mensual de copias de respaldo: the month's executions per
 * server, successes and failures, a chart). A CDI bean implements it for the deliverables it knows;
 * {@link ManejadoresDelProceso} adds its sections after the step's data.
 */
public interface ContenidoDeEntregable {

  /** Does this bean fill this deliverable? */
  boolean llena(Entregable entregable);

  /**
   * The sections to print, from the step being completed and its process variables (in the step's
   * transaction: what it reads is what the report says).
   */
  List<PlantillaDocumento.Seccion> secciones(
      Entregable entregable, ContextoDePaso paso, Map<String, Object> variables);
}
