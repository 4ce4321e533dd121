package pe.gob.minem.tramite.application.tablero;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.tablero.Tablero.InstanciasPorProcedimiento;
import pe.gob.minem.tramite.application.tablero.Tablero.PasosPorActividad;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorPersona;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorUnidad;
import pe.gob.minem.tramite.infrastructure.workflow.ActividadMapro;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.InstanciaEnCurso;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Paso;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Proceso;

/** The workflow figures over a known set of instances, steps and durations. */
class CifrasDelFlujoTest {

  private static final Instant AHORA = Instant.parse("2026-12-02T15:00:00Z");
  private static final Proceso TI01 =
      new Proceso("P_OGA_TI_01", "P/OGA-TI-01", "Derivación de documentos para su atención");
  private static final Proceso ATENCION =
      new Proceso("atencion_expediente", null, "Atención de un expediente");
  private static final ActividadMapro ACT1 =
      new ActividadMapro("P/OGA-TI-01", 1, "Recibir", null, true);
  private static final ActividadMapro ACT4 =
      new ActividadMapro("P/OGA-TI-01", 4, "Recibir en la unidad", null, true);
  private static final ActividadMapro ATENDER =
      new ActividadMapro(null, 0, "Atender el expediente", null, false);

  private static final CifrasDelFlujo.Organizacion ORGANIZACION =
      new CifrasDelFlujo.Organizacion() {
        @Override
        public String unidadDe(String usuario) {
          return usuario.endsWith(".dgm") ? "DGM" : "OTI";
        }

        @Override
        public String nombreDeUnidad(String codigo) {
          return "Unidad " + codigo;
        }

        @Override
        public String nombreDePersona(String usuario) {
          return "Persona " + usuario;
        }
      };

  private static Paso enCurso(
      String id, Proceso p, ActividadMapro a, String unidad, String quien, Long vencioHaceHoras) {
    return new Paso(
        id,
        p,
        a,
        unidad,
        quien,
        vencioHaceHoras == null ? null : AHORA.minus(Duration.ofHours(vencioHaceHoras)),
        null);
  }

  private static Paso terminado(String unidad, long minutos) {
    return new Paso("x", TI01, ACT1, unidad, null, null, minutos * 60_000);
  }

  private static CifrasDelFlujo cifras(Alcance alcance) {
    List<InstanciaEnCurso> instancias =
        List.of(
            new InstanciaEnCurso("i1", TI01),
            new InstanciaEnCurso("i2", TI01),
            new InstanciaEnCurso("i3", TI01),
            new InstanciaEnCurso("a3", ATENCION),
            new InstanciaEnCurso("a4", ATENCION));
    List<Paso> pasos =
        List.of(
            enCurso("i1", TI01, ACT1, "OGA", null, 5L), // overdue, nobody took it
            enCurso("i2", TI01, ACT1, "OGA", "secretaria.oga", -3L), // due in 3 h
            enCurso("i3", TI01, ACT4, "DGM", "secretaria.dgm", 0L), // due right now: overdue
            enCurso("a4", ATENCION, ATENDER, null, "analista.dgm", 1L)); // the DGM's, by person
    List<Paso> terminados = new ArrayList<>();
    for (long m : new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}) {
      terminados.add(terminado("OGA", m));
    }
    terminados.add(terminado("DGM", 600));
    return new CifrasDelFlujo(alcance, AHORA, ORGANIZACION, instancias, pasos, terminados);
  }

  private static final Alcance TODO = new Alcance(true, true, Set.of(), "todo");
  private static final Alcance DGM = new Alcance(false, false, Set.of("DGM"), "DGM");

  @Test
  void elAdministradorCuentaTodo() {
    var c = cifras(TODO);
    assertEquals(
        List.of(
            new InstanciasPorProcedimiento(
                "P/OGA-TI-01", "Derivación de documentos para su atención", 3),
            new InstanciasPorProcedimiento(null, "Atención de un expediente (del portal)", 2)),
        c.instanciasPorProcedimiento());
    assertEquals(
        List.of(
            new PasosPorActividad("P/OGA-TI-01", TI01.nombre(), 1, "Recibir", 2),
            new PasosPorActividad("P/OGA-TI-01", TI01.nombre(), 4, "Recibir en la unidad", 1),
            new PasosPorActividad(
                null, "Atención de un expediente (del portal)", 0, "Atender el expediente", 1)),
        c.pasosPorActividad());
    var t = c.tiempoPorActividad();
    assertEquals(1, t.size());
    assertEquals(11, t.get(0).terminados());
    // 10…100 min and 600 min: the 6th of 11 is 60 min; ceil(0.95 × 11) = 11th, 600 min
    assertEquals(3600, t.get(0).p50Segundos());
    assertEquals(36000, t.get(0).p95Segundos());
    assertEquals("1 h 0 min", t.get(0).p50());
    assertEquals("10 h 0 min", t.get(0).p95());
    assertEquals(
        List.of(
            new VencidosPorUnidad("DGM", "Unidad DGM", 2),
            new VencidosPorUnidad("OGA", "Unidad OGA", 1)),
        c.vencidosPorUnidad());
    assertEquals(3, c.vencidosPorPersona().stream().mapToLong(VencidosPorPersona::vencidos).sum());
    assertEquals(
        new VencidosPorPersona(null, "Sin tomar (en la bandeja del cargo)", 1),
        c.vencidosPorPersona().stream().filter(v -> v.usuario() == null).findFirst().orElseThrow());
  }

  @Test
  void unDirectorCuentaSoloLaUnidadQueDirige() {
    var c = cifras(DGM);
    assertEquals(
        List.of(
            new InstanciasPorProcedimiento("P/OGA-TI-01", TI01.nombre(), 1),
            new InstanciasPorProcedimiento(null, "Atención de un expediente (del portal)", 1)),
        c.instanciasPorProcedimiento(),
        "las instancias con un paso abierto en la DGM");
    assertEquals(
        List.of(4, 0), c.pasosPorActividad().stream().map(PasosPorActividad::actividad).toList());
    var t = c.tiempoPorActividad();
    assertEquals(1, t.get(0).terminados());
    assertEquals(36000, t.get(0).p50Segundos());
    assertEquals(List.of(new VencidosPorUnidad("DGM", "Unidad DGM", 2)), c.vencidosPorUnidad());
    assertEquals(
        List.of("analista.dgm", "secretaria.dgm"),
        c.vencidosPorPersona().stream().map(VencidosPorPersona::usuario).sorted().toList());
  }
}
