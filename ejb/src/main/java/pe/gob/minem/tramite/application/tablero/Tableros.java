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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.application.tablero.Tablero.ExpedientesPorMes;
import pe.gob.minem.tramite.application.tablero.Tablero.PuntajeDeEncuesta;
import pe.gob.minem.tramite.application.tablero.Tablero.TicketsPorCategoria;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CategoriaDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.EncuestaDeServicio;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;
import pe.gob.minem.tramite.infrastructure.workflow.HistorialDeFlujos;

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
    var flujo =
        new CifrasDelFlujo(
            alcance,
            ahora,
            organizacion(),
            historial.instanciasEnCurso(),
            historial.pasosEnCurso(),
            historial.pasosTerminadosDesde(ahora.minus(Duration.ofDays(365))));
    var tablero =
        new Tablero(
            alcance.descripcion(),
            Reloj.formatear(ahora),
            flujo.instanciasPorProcedimiento(),
            flujo.pasosPorActividad(),
            flujo.tiempoPorActividad(),
            flujo.vencidosPorUnidad(),
            flujo.vencidosPorPersona(),
            expedientesPorMes(),
            alcance.mesaDeAyuda() ? ticketsPorCategoria() : null,
            alcance.mesaDeAyuda() ? encuestas() : null);
    LOG.fine(() -> "Tablero de " + p.getUsuario());
    return tablero;
  }

  private CifrasDelFlujo.Organizacion organizacion() {
    return new CifrasDelFlujo.Organizacion() {
      @Override
      public String unidadDe(String usuario) {
        return personas
            .porUsuario(usuario)
            .flatMap(x -> x.codigosDeUnidad().stream().findFirst())
            .orElse(null);
      }

      @Override
      public String nombreDeUnidad(String codigo) {
        return unidades.porCodigo(codigo).map(UnidadOrganica::getNombre).orElse(codigo);
      }

      @Override
      public String nombreDePersona(String usuario) {
        return personas.porUsuario(usuario).map(Persona::getNombreCompleto).orElse(usuario);
      }
    };
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

  private static final String SIN_CLASIFICAR = "Sin clasificar";
  private static final DateTimeFormatter MES = DateTimeFormatter.ofPattern("yyyy-MM");
}
