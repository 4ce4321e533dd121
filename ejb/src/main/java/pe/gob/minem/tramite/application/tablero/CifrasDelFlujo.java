package pe.gob.minem.tramite.application.tablero;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.tablero.Tablero.InstanciasPorProcedimiento;
import pe.gob.minem.tramite.application.tablero.Tablero.PasosPorActividad;
import pe.gob.minem.tramite.application.tablero.Tablero.TiempoPorActividad;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorPersona;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorUnidad;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.InstanciaEnCurso;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Paso;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Proceso;

/**
 * The workflow's figures of one dashboard (ADR 0035) from the instances and steps the workflow
 * reports, kept to what the viewer's {@link Alcance} covers: counts per procedure and activity, the
 * median and 95th percentile per activity, overdue steps per unit and per person.
 */
final class CifrasDelFlujo {

  /** What the figures need to know about people and units, by code or user name. */
  interface Organizacion {
    /** The unit a person works in (the first by code), null if unknown. */
    String unidadDe(String usuario);

    String nombreDeUnidad(String codigo);

    String nombreDePersona(String usuario);
  }

  private final Alcance alcance;
  private final Instant ahora;
  private final Organizacion organizacion;
  private final Map<String, String> unidadDePersona = new HashMap<>();
  private final List<InstanciaEnCurso> instancias;
  private final List<Paso> enCurso;
  private final List<Paso> terminados;

  CifrasDelFlujo(
      Alcance alcance,
      Instant ahora,
      Organizacion organizacion,
      List<InstanciaEnCurso> instancias,
      List<Paso> enCurso,
      List<Paso> terminados) {
    this.alcance = alcance;
    this.ahora = ahora;
    this.organizacion = organizacion;
    this.instancias = instancias;
    this.enCurso = enCurso.stream().filter(this::incluido).toList();
    this.terminados = terminados.stream().filter(this::incluido).toList();
  }

  /** The unit of a step: its cargo's, or, for a step given to a person, that person's. */
  String unidad(Paso paso) {
    if (paso.unidadDelCargo() != null) {
      return paso.unidadDelCargo();
    }
    return paso.asignado() == null
        ? null
        : unidadDePersona.computeIfAbsent(paso.asignado(), organizacion::unidadDe);
  }

  private boolean incluido(Paso x) {
    return alcance.incluye(x.proceso().codigo(), unidad(x));
  }

  /**
   * Running instances per procedure: every one for an administrator, the OTI's procedures for the
   * OTI, and those with a step open in the viewer's units.
   */
  List<InstanciasPorProcedimiento> instanciasPorProcedimiento() {
    Set<String> conPaso = new HashSet<>();
    enCurso.forEach(x -> conPaso.add(x.procesoId()));
    Map<Proceso, Long> cuenta = new TreeMap<>(POR_PROCEDIMIENTO);
    instancias.stream()
        .filter(
            i ->
                alcance.todo()
                    || (alcance.procedimientosDeLaOti() && i.proceso().codigo() != null)
                    || conPaso.contains(i.id()))
        .forEach(i -> cuenta.merge(i.proceso(), 1L, Long::sum));
    List<InstanciasPorProcedimiento> l = new ArrayList<>();
    cuenta.forEach((pr, n) -> l.add(new InstanciasPorProcedimiento(pr.codigo(), nombreDe(pr), n)));
    return l;
  }

  List<PasosPorActividad> pasosPorActividad() {
    Map<Actividad, Long> cuenta = new TreeMap<>();
    enCurso.forEach(x -> cuenta.merge(Actividad.de(x), 1L, Long::sum));
    List<PasosPorActividad> l = new ArrayList<>();
    cuenta.forEach(
        (a, n) -> l.add(new PasosPorActividad(a.codigo, a.procedimiento, a.numero, a.nombre, n)));
    return l;
  }

  List<TiempoPorActividad> tiempoPorActividad() {
    Map<Actividad, List<Long>> duraciones = new TreeMap<>();
    terminados.stream()
        .filter(x -> x.duracionMilisegundos() != null)
        .forEach(
            x ->
                duraciones
                    .computeIfAbsent(Actividad.de(x), k -> new ArrayList<>())
                    .add(x.duracionMilisegundos() / 1000));
    List<TiempoPorActividad> l = new ArrayList<>();
    duraciones.forEach(
        (a, d) -> {
          long[] s = d.stream().mapToLong(Long::longValue).toArray();
          long p50 = Percentiles.rangoMasCercano(s, 50);
          long p95 = Percentiles.rangoMasCercano(s, 95);
          l.add(
              new TiempoPorActividad(
                  a.codigo,
                  a.procedimiento,
                  a.numero,
                  a.nombre,
                  s.length,
                  p50,
                  p95,
                  Reloj.duracion(p50),
                  Reloj.duracion(p95)));
        });
    return l;
  }

  List<VencidosPorUnidad> vencidosPorUnidad() {
    Map<String, Long> cuenta = new TreeMap<>();
    enCurso.stream()
        .filter(this::vencido)
        .forEach(x -> cuenta.merge(unidad(x) == null ? "" : unidad(x), 1L, Long::sum));
    List<VencidosPorUnidad> l = new ArrayList<>();
    cuenta.forEach(
        (u, n) ->
            l.add(
                new VencidosPorUnidad(
                    u.isEmpty() ? null : u,
                    u.isEmpty() ? "Sin unidad" : organizacion.nombreDeUnidad(u),
                    n)));
    return l;
  }

  List<VencidosPorPersona> vencidosPorPersona() {
    Map<String, Long> cuenta = new TreeMap<>();
    enCurso.stream()
        .filter(this::vencido)
        .forEach(x -> cuenta.merge(x.asignado() == null ? "" : x.asignado(), 1L, Long::sum));
    List<VencidosPorPersona> l = new ArrayList<>();
    cuenta.forEach(
        (u, n) ->
            l.add(
                new VencidosPorPersona(
                    u.isEmpty() ? null : u,
                    u.isEmpty()
                        ? "Sin tomar (en la bandeja del cargo)"
                        : organizacion.nombreDePersona(u),
                    n)));
    l.sort(Comparator.comparingLong(VencidosPorPersona::vencidos).reversed());
    return l;
  }

  /** The same rule as the bandeja and the expediente's pending steps (ADR 0014). */
  private boolean vencido(Paso x) {
    return x.vence() != null && !ahora.isBefore(x.vence());
  }

  static String nombreDe(Proceso p) {
    return p.codigo() == null ? p.nombre() + " (del portal)" : p.nombre();
  }

  /** MAPRO procedures first by code, then the portal's own processes by name. */
  private static final Comparator<Proceso> POR_PROCEDIMIENTO =
      Comparator.comparing((Proceso p) -> p.codigo() == null ? "~" : p.codigo())
          .thenComparing(Proceso::nombre)
          .thenComparing(Proceso::clave);

  /** The key a step is counted under: its procedure and MAPRO activity. */
  private record Actividad(String codigo, String procedimiento, int numero, String nombre)
      implements Comparable<Actividad> {
    static Actividad de(Paso x) {
      return new Actividad(
          x.proceso().codigo(),
          nombreDe(x.proceso()),
          x.actividad().numero(),
          x.actividad().nombre());
    }

    @Override
    public int compareTo(Actividad o) {
      return Comparator.comparing((Actividad a) -> a.codigo == null ? "~" : a.codigo)
          .thenComparing(a -> a.procedimiento)
          .thenComparingInt(a -> a.numero)
          .thenComparing(a -> a.nombre == null ? "" : a.nombre)
          .compare(this, o);
    }
  }
}
