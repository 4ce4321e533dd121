package pe.gob.minem.tramite.application.preventivo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import pe.gob.minem.tramite.domain.model.equipo.Equipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * The annual plan of P/OGA-TI-11 (ADR 0033) and its cronograma, as rows: {@code plan_preventivo}
 * (one per year, on the expediente that runs the procedure) and {@code cronograma_preventivo} (one
 * per item of the inventory with its scheduled day, the área's confirmation, the ticket, the signed
 * formato de conformidad and when it was done). Runs in the caller's transaction (a step, the
 * start).
 */
@ApplicationScoped
public class CronogramaPreventivo {

  public static final ZoneId LIMA = ZoneId.of("America/Lima");

  /** The hour of the scheduled day when the item's attention opens (act. 11). */
  public static final int HORA_DE_INICIO = 8;

  public enum EstadoDelPlan {
    PROYECTO,
    EN_EJECUCION,
    CONCLUIDO
  }

  public enum EstadoDelEquipo {
    PROGRAMADO,
    EN_ATENCION,
    REALIZADO
  }

  /** What the Coordinador asks the plan to cover (act. 1 or 3). */
  public record Alcance(
      List<String> unidades, Set<TipoDeEquipo> tipos, LocalDate fechaInicio, int equiposPorDia) {}

  /** A plan as the API shows it. */
  public record Plan(
      int anio,
      String expediente,
      String estado,
      List<String> unidades,
      List<String> tipos,
      LocalDate fechaInicio,
      Integer equiposPorDia,
      int version,
      String iniciadoPor,
      Instant iniciado,
      List<Linea> cronograma) {}

  /** A row of the cronograma. */
  public record Linea(
      int orden,
      String codigoPatrimonial,
      String tipo,
      String unidad,
      String usuario,
      LocalDate fechaProgramada,
      String estado,
      String confirmadoPor,
      String ticket,
      Long conformidadDocumento,
      String conformidadNumero,
      Instant realizado) {}

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaRepository personas;

  // ---------------------------------------------------------------- the plan

  public boolean existe(int anio) {
    return !em.createNativeQuery("SELECT anio FROM plan_preventivo WHERE anio = ?")
        .setParameter(1, anio)
        .getResultList()
        .isEmpty();
  }

  public void abrir(int anio, String expediente, String usuario, Instant ahora) {
    em.createNativeQuery(
            "INSERT INTO plan_preventivo (anio, expediente, estado, version_plan, iniciado_por,"
                + " iniciado) VALUES (?, ?, ?, 0, ?, ?)")
        .setParameter(1, anio)
        .setParameter(2, expediente)
        .setParameter(3, EstadoDelPlan.PROYECTO.name())
        .setParameter(4, usuario)
        .setParameter(5, Timestamp.from(ahora))
        .executeUpdate();
  }

  public Optional<Plan> plan(int anio) {
    @SuppressWarnings("unchecked")
    List<Object[]> l =
        em.createNativeQuery(
                "SELECT anio, expediente, estado, unidades, tipos, fecha_inicio, equipos_por_dia,"
                    + " version_plan, iniciado_por, iniciado FROM plan_preventivo WHERE anio = ?")
            .setParameter(1, anio)
            .getResultList();
    return l.stream()
        .findFirst()
        .map(
            f ->
                new Plan(
                    ((Number) f[0]).intValue(),
                    (String) f[1],
                    (String) f[2],
                    lista((String) f[3]),
                    lista((String) f[4]),
                    fecha(f[5]),
                    f[6] == null ? null : ((Number) f[6]).intValue(),
                    ((Number) f[7]).intValue(),
                    (String) f[8],
                    instante(f[9]),
                    cronograma(anio)));
  }

  public EstadoDelPlan estado(int anio) {
    Object e =
        em.createNativeQuery("SELECT estado FROM plan_preventivo WHERE anio = ?")
            .setParameter(1, anio)
            .getSingleResult();
    return EstadoDelPlan.valueOf(e.toString());
  }

  public void cambiarEstado(int anio, EstadoDelPlan estado) {
    em.createNativeQuery("UPDATE plan_preventivo SET estado = ? WHERE anio = ?")
        .setParameter(1, estado.name())
        .setParameter(2, anio)
        .executeUpdate();
  }

  /**
   * The items the plan covers, from the inventory: of the units asked, of the kinds asked (all if
   * none), not written off, with an assigned person who has an account in the portal (she signs the
   * formato de conformidad), in order of unit and código.
   */
  public List<Equipo> equiposDelAlcance(Alcance a) {
    List<Equipo> l =
        em.createQuery(
                "SELECT e FROM Equipo e WHERE e.unidad IN :u AND e.estado <> :baja"
                    + " ORDER BY e.unidad, e.codigoPatrimonial",
                Equipo.class)
            .setParameter("u", a.unidades())
            .setParameter("baja", EstadoDeEquipo.DADO_DE_BAJA)
            .getResultList();
    List<Equipo> r = new ArrayList<>();
    for (Equipo e : l) {
      if (!a.tipos().isEmpty() && !a.tipos().contains(e.getTipo())) {
        continue;
      }
      if (e.getUsuarioAsignado() == null
          || personas.porUsuario(e.getUsuarioAsignado()).filter(p -> p.isActiva()).isEmpty()) {
        continue;
      }
      r.add(e);
    }
    return r;
  }

  /**
   * Draws the cronograma again (a new version of the plan): the items from the first day on, so
   * many per working day (no weekends nor holidays of the portal's calendar).
   */
  public List<Linea> programar(
      int anio, Alcance a, List<Equipo> equipos, java.util.function.Predicate<LocalDate> habil) {
    em.createNativeQuery("DELETE FROM cronograma_preventivo WHERE anio = ?")
        .setParameter(1, anio)
        .executeUpdate();
    LocalDate dia = primerHabil(a.fechaInicio(), habil);
    int enElDia = 0;
    int orden = 0;
    for (Equipo e : equipos) {
      if (enElDia == a.equiposPorDia()) {
        dia = primerHabil(dia.plusDays(1), habil);
        enElDia = 0;
      }
      enElDia++;
      orden++;
      em.createNativeQuery(
              "INSERT INTO cronograma_preventivo (anio, orden, codigo_patrimonial, tipo, unidad,"
                  + " usuario, fecha_programada, estado) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, anio)
          .setParameter(2, orden)
          .setParameter(3, e.getCodigoPatrimonial())
          .setParameter(4, e.getTipo().name())
          .setParameter(5, e.getUnidad())
          .setParameter(6, e.getUsuarioAsignado())
          .setParameter(7, Date.valueOf(dia))
          .setParameter(8, EstadoDelEquipo.PROGRAMADO.name())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE plan_preventivo SET unidades = ?, tipos = ?, fecha_inicio = ?,"
                + " equipos_por_dia = ?, version_plan = version_plan + 1 WHERE anio = ?")
        .setParameter(1, String.join(",", a.unidades()))
        .setParameter(2, String.join(",", a.tipos().stream().map(Enum::name).sorted().toList()))
        .setParameter(3, Date.valueOf(a.fechaInicio()))
        .setParameter(4, a.equiposPorDia())
        .setParameter(5, anio)
        .executeUpdate();
    return cronograma(anio);
  }

  static LocalDate primerHabil(LocalDate d, java.util.function.Predicate<LocalDate> habil) {
    LocalDate x = d;
    while (x.getDayOfWeek() == DayOfWeek.SATURDAY
        || x.getDayOfWeek() == DayOfWeek.SUNDAY
        || !habil.test(x)) {
      x = x.plusDays(1);
    }
    return x;
  }

  // ---------------------------------------------------------------- the cronograma

  public List<Linea> cronograma(int anio) {
    @SuppressWarnings("unchecked")
    List<Object[]> l =
        em.createNativeQuery(
                "SELECT orden, codigo_patrimonial, tipo, unidad, usuario, fecha_programada, estado,"
                    + " confirmado_por, ticket, conformidad_documento, conformidad_numero,"
                    + " realizado FROM cronograma_preventivo WHERE anio = ? ORDER BY orden")
            .setParameter(1, anio)
            .getResultList();
    return l.stream()
        .map(
            f ->
                new Linea(
                    ((Number) f[0]).intValue(),
                    (String) f[1],
                    (String) f[2],
                    (String) f[3],
                    (String) f[4],
                    fecha(f[5]),
                    (String) f[6],
                    (String) f[7],
                    (String) f[8],
                    f[9] == null ? null : ((Number) f[9]).longValue(),
                    (String) f[10],
                    instante(f[11])))
        .toList();
  }

  /** The units of the cronograma, in order. */
  public List<String> unidades(int anio) {
    Set<String> s = new LinkedHashSet<>();
    cronograma(anio).forEach(x -> s.add(x.unidad()));
    return List.copyOf(s);
  }

  /** Act. 8: the área's analyst confirms its part; returns how many items it has. */
  public int confirmar(int anio, String unidad, String usuario, Instant ahora) {
    return em.createNativeQuery(
            "UPDATE cronograma_preventivo SET confirmado_por = ?, confirmado = ?"
                + " WHERE anio = ? AND unidad = ?")
        .setParameter(1, usuario)
        .setParameter(2, Timestamp.from(ahora))
        .setParameter(3, anio)
        .setParameter(4, unidad)
        .executeUpdate();
  }

  /** The next item still to attend, by its place in the cronograma. */
  public Optional<Linea> siguiente(int anio) {
    return cronograma(anio).stream()
        .filter(x -> x.estado().equals(EstadoDelEquipo.PROGRAMADO.name()))
        .findFirst();
  }

  public Linea linea(int anio, String codigo) {
    return cronograma(anio).stream()
        .filter(x -> x.codigoPatrimonial().equals(codigo))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "El equipo " + codigo + " no está en el cronograma " + anio));
  }

  /** Act. 11: the service registered in Mesa de Ayuda with its ticket. */
  public void atender(int anio, String codigo, String ticket, Instant ahora) {
    em.createNativeQuery(
            "UPDATE cronograma_preventivo SET estado = ?, ticket = ?, atendido = ?"
                + " WHERE anio = ? AND codigo_patrimonial = ?")
        .setParameter(1, EstadoDelEquipo.EN_ATENCION.name())
        .setParameter(2, ticket)
        .setParameter(3, Timestamp.from(ahora))
        .setParameter(4, anio)
        .setParameter(5, codigo)
        .executeUpdate();
  }

  /** Act. 18: done, with the formato de conformidad its user signed. */
  public void realizar(
      int anio, String codigo, Long documento, String numeroDocumento, Instant ahora) {
    em.createNativeQuery(
            "UPDATE cronograma_preventivo SET estado = ?, conformidad_documento = ?,"
                + " conformidad_numero = ?, realizado = ? WHERE anio = ? AND codigo_patrimonial = ?")
        .setParameter(1, EstadoDelEquipo.REALIZADO.name())
        .setParameter(2, documento)
        .setParameter(3, numeroDocumento)
        .setParameter(4, Timestamp.from(ahora))
        .setParameter(5, anio)
        .setParameter(6, codigo)
        .executeUpdate();
  }

  /** The moment the item's attention opens: its day at 08:00 in Lima. */
  public static Instant apertura(LocalDate dia) {
    return dia.atTime(HORA_DE_INICIO, 0).atZone(LIMA).toInstant();
  }

  private static List<String> lista(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    List<String> l = new ArrayList<>();
    for (String x : s.split(",")) {
      if (!x.isBlank()) {
        l.add(x.strip().toUpperCase(Locale.ROOT));
      }
    }
    return l;
  }

  private static LocalDate fecha(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }

  private static Instant instante(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.LocalDateTime t) {
      return t.atZone(ZoneId.systemDefault()).toInstant();
    }
    return Instant.parse(o.toString());
  }
}
