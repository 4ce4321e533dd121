package pe.gob.minem.tramite.application.tablero;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.application.tablero.Tablero.ExpedientesPorMes;
import pe.gob.minem.tramite.application.tablero.Tablero.InstanciasPorProcedimiento;
import pe.gob.minem.tramite.application.tablero.Tablero.PasosPorActividad;
import pe.gob.minem.tramite.application.tablero.Tablero.PuntajeDeEncuesta;
import pe.gob.minem.tramite.application.tablero.Tablero.TicketsPorCategoria;
import pe.gob.minem.tramite.application.tablero.Tablero.TiempoPorActividad;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorPersona;
import pe.gob.minem.tramite.application.tablero.Tablero.VencidosPorUnidad;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CategoriaDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.EncuestaDeServicio;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Paso;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos.Proceso;

/**
 * The dashboards of directors and the OTI (ADR 0035), computed on each request from the workflow's
 * runtime and history, the expedientes and the Mesa de Ayuda, over what the caller may see ({@link
 * Alcance}). Anyone else is refused, and the refusal audited.
 */
@Stateless
public class Tableros {

  private static final Logger LOG = Logger.getLogger(Tableros.class.getName());

  /** The window of the history figures: the last 12 months. */
  static final int MESES = 12;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject HistorialDeFlujos historial;
  @Inject Flujos flujos;
  @Inject ConsultaExpedientes consulta;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;
  @Inject Auditoria auditoria;

  /** Whether this person has a dashboard (the menu's link). */
  public static boolean puedeVer(Persona p) {
    return p != null && Alcance.de(p).isPresent();
  }

  public Tablero tablero() {
    Persona p = personaActual.persona();
    Alcance alcance =
        Alcance.de(p)
            .orElseThrow(
                () -> {
                  auditoria.registrarAparte(
                      p.getUsuario(), "RECHAZO_TABLERO", "tableros", "no es director ni de la OTI");
                  return new AccesoDenegadoException(
                      "Los tableros son para los directores, los coordinadores de la OTI y los"
                          + " administradores.");
                });
    Instant ahora = flujos.ahora();
    Map<String, String> unidadDePersona = new HashMap<>();
    Function<Paso, String> unidad =
        paso ->
            paso.unidadDelCargo() != null
                ? paso.unidadDelCargo()
                : paso.asignado() == null
                    ? null
                    : unidadDePersona.computeIfAbsent(
                        paso.asignado(),
                        u ->
                            personas
                                .porUsuario(u)
                                .flatMap(x -> x.codigosDeUnidad().stream().findFirst())
                                .orElse(null));

    List<Paso> enCurso =
        historial.pasosEnCurso().stream()
            .filter(x -> alcance.incluye(x.proceso().codigo(), unidad.apply(x)))
            .toList();
    Set<String> instanciasConPaso = new HashSet<>();
    enCurso.forEach(x -> instanciasConPaso.add(x.procesoId()));
    List<Paso> terminados =
        historial.pasosTerminadosDesde(ahora.minus(Duration.ofDays(365))).stream()
            .filter(x -> alcance.incluye(x.proceso().codigo(), unidad.apply(x)))
            .toList();

    var tablero =
        new Tablero(
            alcance.descripcion(),
            Reloj.formatear(ahora),
            instancias(alcance, instanciasConPaso),
            pasosPorActividad(enCurso),
            tiempos(terminados),
            vencidosPorUnidad(enCurso, ahora, unidad),
            vencidosPorPersona(enCurso, ahora),
            expedientesPorMes(),
            alcance.mesaDeAyuda() ? ticketsPorCategoria() : null,
            alcance.mesaDeAyuda() ? encuestas() : null);
    LOG.fine(() -> "Tablero de " + p.getUsuario());
    return tablero;
  }

  private List<InstanciasPorProcedimiento> instancias(Alcance alcance, Set<String> conPaso) {
    Map<Proceso, Long> cuenta = new TreeMap<>(POR_PROCEDIMIENTO);
    historial.instanciasEnCurso().stream()
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

  private static List<PasosPorActividad> pasosPorActividad(List<Paso> enCurso) {
    Map<Actividad, Long> cuenta = new TreeMap<>();
    enCurso.forEach(x -> cuenta.merge(Actividad.de(x), 1L, Long::sum));
    List<PasosPorActividad> l = new ArrayList<>();
    cuenta.forEach(
        (a, n) -> l.add(new PasosPorActividad(a.codigo, a.procedimiento, a.numero, a.nombre, n)));
    return l;
  }

  private static List<TiempoPorActividad> tiempos(List<Paso> terminados) {
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

  private List<VencidosPorUnidad> vencidosPorUnidad(
      List<Paso> enCurso, Instant ahora, Function<Paso, String> unidad) {
    Map<String, Long> cuenta = new TreeMap<>();
    enCurso.stream()
        .filter(x -> vencido(x, ahora))
        .forEach(x -> cuenta.merge(unidad.apply(x) == null ? "" : unidad.apply(x), 1L, Long::sum));
    List<VencidosPorUnidad> l = new ArrayList<>();
    cuenta.forEach(
        (u, n) ->
            l.add(
                new VencidosPorUnidad(
                    u.isEmpty() ? null : u,
                    u.isEmpty()
                        ? "Sin unidad"
                        : unidades.porCodigo(u).map(UnidadOrganica::getNombre).orElse(u),
                    n)));
    return l;
  }

  private List<VencidosPorPersona> vencidosPorPersona(List<Paso> enCurso, Instant ahora) {
    Map<String, Long> cuenta = new TreeMap<>();
    enCurso.stream()
        .filter(x -> vencido(x, ahora))
        .forEach(x -> cuenta.merge(x.asignado() == null ? "" : x.asignado(), 1L, Long::sum));
    List<VencidosPorPersona> l = new ArrayList<>();
    cuenta.forEach(
        (u, n) ->
            l.add(
                new VencidosPorPersona(
                    u.isEmpty() ? null : u,
                    u.isEmpty()
                        ? "Sin tomar (en la bandeja del cargo)"
                        : personas.porUsuario(u).map(Persona::getNombreCompleto).orElse(u),
                    n)));
    l.sort(Comparator.comparingLong(VencidosPorPersona::vencidos).reversed());
    return l;
  }

  /** The same rule as the bandeja and the expediente's pending steps (ADR 0014). */
  private static boolean vencido(Paso x, Instant ahora) {
    return x.vence() != null && !ahora.isBefore(x.vence());
  }

  private List<ExpedientesPorMes> expedientesPorMes() {
    YearMonth actual = YearMonth.from(Reloj.hoy());
    YearMonth primero = actual.minusMonths(MESES - 1L);
    Map<YearMonth, Long> cuenta = new LinkedHashMap<>();
    for (YearMonth m = primero; !m.isAfter(actual); m = m.plusMonths(1)) {
      cuenta.put(m, 0L);
    }
    Instant desde = primero.atDay(1).atStartOfDay(Reloj.LIMA).toInstant();
    consulta
        .fechasDeRegistroVisibles(desde)
        .forEach(
            f -> cuenta.computeIfPresent(YearMonth.from(f.atZone(Reloj.LIMA)), (k, n) -> n + 1));
    List<ExpedientesPorMes> l = new ArrayList<>();
    cuenta.forEach((m, n) -> l.add(new ExpedientesPorMes(m.format(MES), etiqueta(m), n)));
    return l;
  }

  static String etiqueta(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Reloj.ES_PE).toLowerCase(Reloj.ES_PE)
        + " de "
        + m.getYear();
  }

  private Instant haceUnAnio() {
    return YearMonth.from(Reloj.hoy())
        .minusMonths(MESES - 1L)
        .atDay(1)
        .atStartOfDay(Reloj.LIMA)
        .toInstant();
  }

  private List<TicketsPorCategoria> ticketsPorCategoria() {
    Map<String, Long> cuenta = new LinkedHashMap<>();
    for (CategoriaDeTicket c : CategoriaDeTicket.values()) {
      cuenta.put(c.etiqueta(), 0L);
    }
    cuenta.put(SIN_CLASIFICAR, 0L);
    em.createQuery(
            "SELECT t.categoria, COUNT(t) FROM Ticket t WHERE t.registrado >= :desde"
                + " GROUP BY t.categoria",
            Object[].class)
        .setParameter("desde", haceUnAnio())
        .getResultList()
        .forEach(
            r ->
                cuenta.put(
                    r[0] == null ? SIN_CLASIFICAR : ((CategoriaDeTicket) r[0]).etiqueta(),
                    (Long) r[1]));
    List<TicketsPorCategoria> l = new ArrayList<>();
    cuenta.forEach((c, n) -> l.add(new TicketsPorCategoria(c, n)));
    return l;
  }

  private List<PuntajeDeEncuesta> encuestas() {
    List<EncuestaDeServicio> respondidas =
        em.createQuery(
                "SELECT e FROM EncuestaDeServicio e WHERE e.respondida IS NOT NULL AND"
                    + " e.respondida >= :desde",
                EncuestaDeServicio.class)
            .setParameter("desde", haceUnAnio())
            .getResultList();
    List<PuntajeDeEncuesta> l = new ArrayList<>();
    for (int i = 0; i < EncuestaDeServicio.PREGUNTAS.length; i++) {
      int q = i;
      int[] r =
          respondidas.stream()
              .map(e -> e.respuestas()[q])
              .filter(x -> x != null)
              .mapToInt(Integer::intValue)
              .toArray();
      Double promedio = Percentiles.promedio(r);
      l.add(
          new PuntajeDeEncuesta(
              EncuestaDeServicio.PREGUNTAS[i],
              r.length,
              promedio,
              Percentiles.mediana(r),
              enPalabras(promedio)));
    }
    return l;
  }

  /** «4.3 de 5 (Bueno)»: the scale's word nearest to the mean. */
  static String enPalabras(Double promedio) {
    if (promedio == null) {
      return "Sin respuestas";
    }
    int cercano = (int) Math.max(1, Math.min(5, Math.round(promedio)));
    return promedio + " de 5 (" + EncuestaDeServicio.ESCALA[cercano - 1] + ")";
  }

  private static String nombreDe(Proceso p) {
    return p.codigo() == null ? p.nombre() + " (del portal)" : p.nombre();
  }

  private static final String SIN_CLASIFICAR = "Sin clasificar";
  private static final DateTimeFormatter MES = DateTimeFormatter.ofPattern("yyyy-MM");

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
