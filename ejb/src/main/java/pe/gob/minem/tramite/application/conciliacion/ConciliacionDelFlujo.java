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
 */
final class ConciliacionDelFlujo {

  private ConciliacionDelFlujo() {}

  /**
   * @param deExpedientes running attention processes: instance id → business key (a number)
   * @param deDocumentos running visto bueno processes: instance id → business key (a code)
   */
  static List<Hallazgo> revisar(
      Map<String, String> deExpedientes,
      Map<String, String> deDocumentos,
      Map<String, EstadoExpediente> expedientes,
      Set<String> documentos) {
    List<Hallazgo> hallazgos = new ArrayList<>();
    Set<String> conProceso = new HashSet<>();
    for (var i : new TreeMap<>(deExpedientes).entrySet()) {
      if (i.getValue() != null && expedientes.containsKey(i.getValue())) {
        conProceso.add(i.getValue());
      } else {
        hallazgos.add(sinDueno(i.getKey(), "el expediente", i.getValue()));
      }
    }
    for (var i : new TreeMap<>(deDocumentos).entrySet()) {
      if (i.getValue() == null || !documentos.contains(i.getValue())) {
        hallazgos.add(sinDueno(i.getKey(), "el documento con código", i.getValue()));
      }
    }
    for (var e : new TreeMap<>(expedientes).entrySet()) {
      if (e.getValue() != EstadoExpediente.ATENDIDO && !conProceso.contains(e.getKey())) {
        hallazgos.add(
            Hallazgo.de(
                TipoDeHallazgo.EXPEDIENTE_SIN_PROCESO,
                e.getKey(),
                "Está «"
                    + e.getValue().etiqueta()
                    + "» y no tiene un proceso de atención en curso.",
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
