package pe.gob.minem.tramite.domain.model.paso;

import java.util.Arrays;
import java.util.Optional;

/**
 * The special actions written in Java that a step's declaration may name ({@code manejador="…"}):
 * what the step does to the expediente or the document beyond setting process variables. Every
 * other behaviour of a step is declared in the BPMN file. A new procedure that needs a new special
 * action adds a constant here and its implementation in the application layer; a declaration naming
 * an unknown one fails to deploy.
 */
public enum Manejador {
  // P/OGA-TI-01 and the expediente's attention
  ENTREGAR_AL_DIRECTOR("expediente.entregar-al-director"),
  DISPONER_DERIVACION("expediente.disponer-derivacion"),
  DERIVAR_A_UNIDAD("expediente.derivar-a-unidad"),
  RECIBIR_EN_UNIDAD("expediente.recibir-en-unidad"),
  ASIGNAR_RESPONSABLE("expediente.asignar-responsable"),
  DERIVAR_A_RESPONSABLE("expediente.derivar-a-responsable"),
  ATENDER("expediente.atender"),
  // P/OGA-TI-02, on the step's document
  REMITIR("documento.remitir"),
  REMITIR_AJUSTADO("documento.remitir-ajustado"),
  REVISAR("documento.revisar"),
  OBSERVAR("documento.observar"),
  DECIDIR_REVISION_LEGAL("documento.decidir-revision-legal"),
  FIRMAR("documento.firmar"),
  DERIVAR_AL_AUTOR("documento.derivar-al-autor"),
  // P/OGA-TI-03, 04 and 05: deliverables drafted from their template, people assigned, outcomes of
  // processes run outside the portal
  ELABORAR_ENTREGABLE("documento.elaborar"),
  ASIGNAR_EN_EL_PROCESO("proceso.asignar-responsable"),
  RESULTADO_DE_ADQUISICION("adquisicion.registrar-resultado"),
  // P/OGA-TI-06: the catálogo de respaldos and the executions of each backup
  ACTUALIZAR_CATALOGO_DE_RESPALDOS("respaldo.actualizar-catalogo"),
  REGISTRAR_EJECUCION_DE_RESPALDO("respaldo.registrar-ejecucion"),
  // P/OGA-TI-09: the Mesa de Ayuda's ticket classified, its thread, its closing with the survey
  CLASIFICAR_TICKET("ticket.clasificar"),
  REGISTRAR_ACCIONES_EN_EL_TICKET("ticket.registrar-acciones"),
  CERRAR_TICKET("ticket.cerrar"),
  /** A procedure run for a ticket's request (P/OGA-TI-07) tells its thread and its requester. */
  AVISAR_EN_EL_TICKET("ticket.avisar"),
  // P/OGA-TI-10: the service's equipment at act. 1, the equipment's replacement at act. 16
  REGISTRAR_SERVICIO("servicio.registrar"),
  REGISTRAR_REPOSICION("patrimonio.registrar-reposicion"),
  // P/OGA-TI-11: the plan and its cronograma drawn from the inventory (acts. 1 and 3, drafted as
  // the
  // plan), each área's confirmation (8), the relación sent to Mesa de Ayuda (9), each item's
  // attention and the inventory updated (11, 18), the informe final (19, drafted)
  ELABORAR_PLAN_PREVENTIVO("preventivo.elaborar-plan"),
  CONFIRMAR_CRONOGRAMA("preventivo.confirmar-cronograma"),
  COMUNICAR_RELACION("preventivo.comunicar-relacion"),
  REGISTRAR_ATENCION_PREVENTIVA("preventivo.registrar-atencion"),
  ELABORAR_INFORME_PREVENTIVO("preventivo.elaborar-informe-final");

  private final String nombre;

  Manejador(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }

  /**
   * Drafts the step's deliverable from its template ({@code accion="elaborar"}): the generic
   * handler, or one that records the procedure's own data first and then drafts it.
   */
  public boolean elabora() {
    return this == ELABORAR_ENTREGABLE
        || this == ELABORAR_PLAN_PREVENTIVO
        || this == ELABORAR_INFORME_PREVENTIVO;
  }

  public static Optional<Manejador> de(String nombre) {
    return Arrays.stream(values()).filter(m -> m.nombre.equals(nombre)).findFirst();
  }
}
