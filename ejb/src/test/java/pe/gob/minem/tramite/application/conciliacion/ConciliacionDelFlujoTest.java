package pe.gob.minem.tramite.application.conciliacion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;

class ConciliacionDelFlujoTest {

  static final Map<String, EstadoExpediente> EXPEDIENTES =
      Map.of(
          "EXP-2026-000001", EstadoExpediente.EN_TRAMITE,
          "EXP-2026-000002", EstadoExpediente.EN_ATENCION,
          "EXP-2026-000003", EstadoExpediente.ATENDIDO);

  @Test
  void procesoDeUnExpedienteInexistenteYExpedienteEnTramiteSinProceso() {
    var hallazgos =
        ConciliacionDelFlujo.revisar(
            Map.of("p1", "EXP-2026-000001", "p9", "EXP-2026-000009"),
            Map.of("v1", "COD1", "v2", "BORRADO"),
            EXPEDIENTES,
            EXPEDIENTES,
            Set.of("COD1"),
            Set.of());

    assertEquals(
        List.of(
            "PROCESO_SIN_EXPEDIENTE proceso p9",
            "PROCESO_SIN_EXPEDIENTE proceso v2",
            "EXPEDIENTE_SIN_PROCESO EXP-2026-000002"),
        hallazgos.stream().map(h -> h.tipo() + " " + h.objeto()).toList());
    assertEquals("Proceso sin expediente ni documento", hallazgos.get(0).etiqueta());
  }

  @Test
  void loQueSeConfirmaDuranteLaRevisionNoEsHallazgo() {
    // read before the instances: 4 not yet registered; 2 still in attention
    var antes = Map.of("EXP-2026-000002", EstadoExpediente.EN_ATENCION);
    // read after: 4 registered with its process (p4), 2 attended (its process ended)
    var despues =
        Map.of(
            "EXP-2026-000002", EstadoExpediente.ATENDIDO,
            "EXP-2026-000004", EstadoExpediente.REGISTRADO);

    var hallazgos =
        ConciliacionDelFlujo.revisar(
            Map.of("p4", "EXP-2026-000004"), Map.of(), antes, despues, Set.of(), Set.of());

    assertEquals(List.of(), hallazgos);
  }

  @Test
  void unProcesoDeUnExpedienteSinProcesoPropioTieneDueno() {
    // a month's backups expediente: no process of its own, named by the backups' instances
    var hallazgos =
        ConciliacionDelFlujo.revisar(
            Map.of("r1", "EXP-2026-000010", "r2", "EXP-2026-000011"),
            Map.of(),
            Map.of(),
            Map.of(),
            Set.of(),
            Set.of("EXP-2026-000010"));

    assertEquals(
        List.of("PROCESO_SIN_EXPEDIENTE proceso r2"),
        hallazgos.stream().map(h -> h.tipo() + " " + h.objeto()).toList());
  }
}
