package pe.gob.minem.tramite.application.conciliacion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;

/**
 * The workflow's running instances against the expedientes and documents their business keys name:
 * an instance whose key names nothing, and an expediente not yet attended whose attention process
 * is not running (its only end is «Expediente atendido»).
 *
 * <p>The expedientes are read before and after the instances, because registrations and attentions
 * go on meanwhile: an expediente is reported only if it was unattended both times (one attended in
 * between ended its process legitimately), an instance only if its key is still unknown after (one
 * registered in between brought its instance).
 */
final class ConciliacionDelFlujo {

  private ConciliacionDelFlujo() {}

  /**
   * @param deExpedientes running attention processes: instance id → business key (a number)
   * @param deDocumentos running visto bueno processes: instance id → business key (a code)
   * @param antes expedientes by number, read before the instances
   * @param despues the same, read after the instances
   * @param documentos the documents' codes, read after the instances
   * @param sinProcesoPropio expedientes that exist without a process of their own (the one that
   *     holds a month of backups), named by some instance: they are its owners
   */
  static List<Hallazgo> revisar(
      Map<String, String> deExpedientes,
      Map<String, String> deDocumentos,
      Map<String, EstadoExpediente> antes,
      Map<String, EstadoExpediente> despues,
      Set<String> documentos,
      Set<String> sinProcesoPropio) {
    List<Hallazgo> hallazgos = new ArrayList<>();
    Set<String> conProceso = new HashSet<>();
    for (var i : new TreeMap<>(deExpedientes).entrySet()) {
      if (i.getValue() != null && despues.containsKey(i.getValue())) {
        conProceso.add(i.getValue());
      } else if (i.getValue() != null && sinProcesoPropio.contains(i.getValue())) {
        // its owner exists; it has no process of its own to reconcile
      } else {
        hallazgos.add(sinDueno(i.getKey(), "el expediente", i.getValue()));
      }
    }
    for (var i : new TreeMap<>(deDocumentos).entrySet()) {
      if (i.getValue() == null || !documentos.contains(i.getValue())) {
        hallazgos.add(sinDueno(i.getKey(), "el documento con código", i.getValue()));
      }
    }
    for (var e : new TreeMap<>(antes).entrySet()) {
      EstadoExpediente ahora = despues.get(e.getKey());
      if (e.getValue() != EstadoExpediente.ATENDIDO
          && ahora != null
          && ahora != EstadoExpediente.ATENDIDO
          && !conProceso.contains(e.getKey())) {
        hallazgos.add(
            Hallazgo.de(
                TipoDeHallazgo.EXPEDIENTE_SIN_PROCESO,
                e.getKey(),
                "Está «" + ahora.etiqueta() + "» y no tiene un proceso de atención en curso.",
                null));
      }
    }
    return hallazgos;
  }

  private static Hallazgo sinDueno(String instancia, String que, String clave) {
    return Hallazgo.de(
        TipoDeHallazgo.PROCESO_SIN_EXPEDIENTE,
        "proceso " + instancia,
        clave == null
            ? "La instancia no tiene clave de negocio."
            : "Su clave de negocio nombra " + que + " " + clave + ", que no existe.",
        null);
  }
}
