package pe.gob.minem.tramite.application.aviso;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.aviso.ItemDeAviso.Tipo;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.domain.model.monitoreo.AlertaDeMonitoreo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.plazo.Aviso;

/**
 * The lines of one person's bell (ADR 0036), read from what they may act on: the steps they hold or
 * that wait for one of their cargos (the bandeja's own query, so only expedientes they may see), a
 * step of P/OGA-TI-08 told as its monitoring alert and one of P/OGA-TI-09 as its ticket; the plazo
 * of each of those steps once its last day started or it passed; and the plazo notices the timers
 * left for them about steps of others (a director's «venció el plazo»). Newest first.
 */
@Stateless
public class AvisosDeLaPersona {

  static final String ALERTAS = "P/OGA-TI-08";
  static final String TICKETS = "P/OGA-TI-09";

  /** How long a director's stored plazo notice stays in the bell. */
  static final Duration VIGENCIA_DE_AVISOS = Duration.ofDays(14);

  static final int MAXIMO = 100;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject BandejaService bandeja;

  /** What the bell shows first: deadlines passed, then near, alerts, tickets, plain steps. */
  private static final List<Tipo> PRIMERO =
      List.of(Tipo.PLAZO_VENCIDO, Tipo.PLAZO_POR_VENCER, Tipo.ALERTA, Tipo.TICKET, Tipo.TAREA);

  /**
   * The bell's lines, at most {@value #MAXIMO}: the deadlines first and, within a kind, the newest
   * first, so that a person with hundreds of steps still sees the notice that one is overdue.
   */
  public List<ItemDeAviso> de(Persona p, Instant ahora, Instant vistoHasta) {
    List<ItemDeAviso> items = new ArrayList<>(todos(p, ahora, vistoHasta));
    items.sort(
        java.util.Comparator.comparingInt((ItemDeAviso i) -> PRIMERO.indexOf(i.tipo()))
            .thenComparing(
                ItemDeAviso::momento,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    return items.size() <= MAXIMO ? items : List.copyOf(items.subList(0, MAXIMO));
  }

  /** All of a person's lines: the daily digest counts them all. */
  public List<ItemDeAviso> todos(Persona p, Instant ahora, Instant vistoHasta) {
    List<ItemDeAviso> items = new ArrayList<>();
    List<Aviso> guardados =
        // the newest notices written by now: one written under a clock since set back (the tests'
        // clock) is not among the newest hundred forever
        em.createNamedQuery("Aviso.hasta", Aviso.class)
            .setParameter("usuario", p.getUsuario())
            .setParameter("ahora", ahora)
            .setMaxResults(MAXIMO)
            .getResultList();
    Map<String, Aviso> porVencerGuardado = new HashMap<>();
    for (Aviso a : guardados) {
      if (a.getTipo() == Aviso.Tipo.PLAZO_POR_VENCER) {
        porVencerGuardado.putIfAbsent(a.getTareaId(), a);
      }
    }
    Set<String> propias = new HashSet<>();
    for (TareaVista t : bandeja.tareasDe(p, FiltroBandeja.TODO)) {
      propias.add(t.id());
      items.add(deTarea(p, t, vistoHasta, ahora));
      Instant vence = t.venceElPaso();
      if (vence == null) {
        continue;
      }
      Instant ultimoDia = vence.minus(Duration.ofDays(1)); // Lima has no daylight saving time
      if (!ahora.isBefore(vence)) {
        items.add(
            ItemDeAviso.de(
                null,
                Tipo.PLAZO_VENCIDO,
                "Venció el plazo de «"
                    + t.nombre()
                    + "» del expediente "
                    + t.numero()
                    + " el "
                    + Reloj.FECHA.format(vence.minusSeconds(1))
                    + ".",
                enlaceDeTarea(t),
                t.numero(),
                t.id(),
                vence,
                vistoHasta,
                ahora));
      } else if (porVencerGuardado.containsKey(t.id())) {
        // the timer's own notice of the last day, which the person may mark read
        Aviso a = porVencerGuardado.get(t.id());
        items.add(
            ItemDeAviso.de(
                a.getId(),
                Tipo.PLAZO_POR_VENCER,
                a.getTexto(),
                enlaceDeTarea(t),
                t.numero(),
                t.id(),
                a.getCreado(),
                vistoHasta,
                ahora));
      } else if (!ahora.isBefore(ultimoDia)) {
        items.add(
            ItemDeAviso.de(
                null,
                Tipo.PLAZO_POR_VENCER,
                "El plazo de «"
                    + t.nombre()
                    + "» del expediente "
                    + t.numero()
                    + " vence hoy, a las 23:59 del "
                    + Reloj.FECHA.format(vence.minusSeconds(1))
                    + ".",
                enlaceDeTarea(t),
                t.numero(),
                t.id(),
                ultimoDia,
                vistoHasta,
                ahora));
      }
    }
    guardados.stream()
        .filter(a -> !propias.contains(a.getTareaId()))
        .filter(a -> a.getCreado().isAfter(ahora.minus(VIGENCIA_DE_AVISOS)))
        .map(
            a ->
                ItemDeAviso.de(
                    a.getId(),
                    a.getTipo() == Aviso.Tipo.PLAZO_VENCIDO
                        ? Tipo.PLAZO_VENCIDO
                        : Tipo.PLAZO_POR_VENCER,
                    a.getTexto(),
                    a.getNumeroExpediente() == null
                        ? "/bandeja.xhtml"
                        : "/expediente.xhtml?numero=" + a.getNumeroExpediente(),
                    a.getNumeroExpediente(),
                    a.getTareaId(),
                    a.getCreado(),
                    vistoHasta,
                    ahora))
        .forEach(items::add);
    items.sort(
        Comparator.comparing(ItemDeAviso::nuevo)
            .reversed()
            .thenComparing(ItemDeAviso::momento, Comparator.reverseOrder()));
    return items;
  }

  private ItemDeAviso deTarea(Persona p, TareaVista t, Instant vistoHasta, Instant ahora) {
    String paso = "«" + t.nombre() + "»";
    String donde =
        p.getUsuario().equals(t.asignado())
            ? " le fue asignado"
            : " espera en la bandeja de su cargo, sin tomar";
    if (ALERTAS.equals(t.procedimiento())) {
      var alerta =
          em.createQuery(
                  "SELECT a FROM AlertaDeMonitoreo a WHERE a.expedienteNumero = :n",
                  AlertaDeMonitoreo.class)
              .setParameter("n", t.numero())
              .setMaxResults(1)
              .getResultStream()
              .findFirst();
      if (alerta.isPresent()) {
        var a = alerta.get();
        return deLaTarea(
            t,
            Tipo.ALERTA,
            "Alerta «"
                + a.getNombre()
                + "»"
                + (a.getEquipo() == null ? "" : " en " + a.getEquipo())
                + " (expediente "
                + t.numero()
                + "): el paso "
                + paso
                + donde
                + ".",
            vistoHasta,
            ahora);
      }
    }
    if (TICKETS.equals(t.procedimiento())) {
      var ticket =
          em.createNamedQuery("Ticket.porExpediente", Ticket.class)
              .setParameter("numero", t.numero())
              .setMaxResults(1)
              .getResultStream()
              .findFirst();
      if (ticket.isPresent()) {
        var k = ticket.get();
        return deLaTarea(
            t,
            Tipo.TICKET,
            "Ticket " + k.getNumero() + " «" + k.getAsunto() + "»: el paso " + paso + donde + ".",
            vistoHasta,
            ahora);
      }
    }
    return deLaTarea(
        t,
        Tipo.TAREA,
        "Expediente " + t.numero() + " («" + t.asunto() + "»): el paso " + paso + donde + ".",
        vistoHasta,
        ahora);
  }

  /** A line about a task: its link, expediente, id and the moment it reached the bandeja. */
  private static ItemDeAviso deLaTarea(
      TareaVista t, Tipo tipo, String texto, Instant vistoHasta, Instant ahora) {
    return ItemDeAviso.de(
        null, tipo, texto, enlaceDeTarea(t), t.numero(), t.id(), t.creada(), vistoHasta, ahora);
  }

  private static String enlaceDeTarea(TareaVista t) {
    return "/tarea.xhtml?id=" + t.id();
  }
}
