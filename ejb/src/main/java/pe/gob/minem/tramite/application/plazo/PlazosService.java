package pe.gob.minem.tramite.application.plazo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.plazo.Aviso;
import pe.gob.minem.tramite.domain.model.plazo.CalendarioLaboral;
import pe.gob.minem.tramite.domain.model.plazo.Feriado;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Plazos as people see them (ADR 0014): their notices, the steps pending on an expediente with
 * their due dates, and the holidays an administrator keeps.
 */
@Stateless
public class PlazosService {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject Flujos flujos;
  @Inject ConsultaExpedientes consulta;
  @Inject Auditoria auditoria;

  public record AvisoVista(
      long id,
      String tipo,
      String tipoEtiqueta,
      String texto,
      String numero,
      String tareaId,
      Instant vence,
      Instant creado,
      boolean leido)
      implements Serializable {}

  /** A step waiting on an expediente and its plazo (none if the step declares none). */
  public record PasoPendiente(
      String procedimiento,
      int actividad,
      String nombre,
      String asignado,
      Instant desde,
      Instant vence,
      boolean vencido,
      Integer diasHabilesRestantes)
      implements Serializable {}

  public record FeriadoVista(LocalDate fecha, String nombre) implements Serializable {}

  /** The caller's notices, newest first. */
  public List<AvisoVista> avisos() {
    return em.createNamedQuery("Aviso.de", Aviso.class)
        .setParameter("usuario", personaActual.usuario())
        .setMaxResults(200)
        .getResultStream()
        .map(PlazosService::vista)
        .toList();
  }

  public long avisosSinLeer() {
    return em.createQuery(
            "SELECT COUNT(a) FROM Aviso a WHERE a.usuario = :u AND a.leido IS NULL", Long.class)
        .setParameter("u", personaActual.usuario())
        .getSingleResult();
  }

  public AvisoVista marcarLeido(long id) {
    Aviso a = em.find(Aviso.class, id);
    if (a == null || !a.getUsuario().equals(personaActual.usuario())) {
      throw new NoEncontradoException("No existe el aviso " + id + ".");
    }
    a.marcarLeido(Instant.now());
    return vista(a);
  }

  /** The steps waiting on an expediente the caller may see, with their plazos. */
  public List<PasoPendiente> pendientes(String numero) {
    return pendientes(consulta.visible(numero));
  }

  /**
   * {@link #pendientes(String)} of an expediente the caller may see: for the application's services
   * that already checked it with {@link ConsultaExpedientes#visible(String)}.
   */
  public List<PasoPendiente> pendientes(Expediente e) {
    Instant ahora = flujos.ahora();
    CalendarioLaboral cal = flujos.calendario();
    LocalDate hoy = LocalDate.ofInstant(ahora, CalendarioLaboral.LIMA);
    return flujos.pendientesDelExpediente(e.getNumero()).stream()
        .map(
            t -> {
              var act = t.actividad();
              Instant vence = t.vence();
              return new PasoPendiente(
                  act.procedimiento(),
                  act.numero(),
                  t.nombre(),
                  t.asignado(),
                  t.creado(),
                  vence,
                  vence != null && !ahora.isBefore(vence),
                  vence == null
                      ? null
                      : cal.diasHabilesHasta(
                          hoy, LocalDate.ofInstant(vence.minusSeconds(1), CalendarioLaboral.LIMA)));
            })
        .toList();
  }

  public List<FeriadoVista> feriados() {
    return em.createQuery("SELECT f FROM Feriado f ORDER BY f.fecha", Feriado.class)
        .getResultStream()
        .map(f -> new FeriadoVista(f.getFecha(), f.getNombre()))
        .toList();
  }

  /** Adds or renames a holiday (administrators only). */
  public FeriadoVista guardarFeriado(LocalDate fecha, String nombre) {
    Persona p = exigirAdministrador("editar los feriados");
    if (fecha == null) {
      throw new DatosInvalidosException("fecha", "Indique la fecha del feriado (aaaa-mm-dd).");
    }
    String limpio = nombre == null ? "" : nombre.strip();
    if (limpio.isEmpty() || limpio.length() > 120) {
      throw new DatosInvalidosException(
          "nombre", "Indique el nombre del feriado (hasta 120 caracteres).");
    }
    Feriado f = em.find(Feriado.class, fecha);
    if (f == null) {
      em.persist(new Feriado(fecha, limpio));
    } else {
      f.renombrar(limpio);
    }
    auditoria.registrar(p.getUsuario(), "FERIADO_GUARDADO", fecha.toString(), limpio);
    flujos.olvidarFeriados();
    return new FeriadoVista(fecha, limpio);
  }

  public void quitarFeriado(LocalDate fecha) {
    Persona p = exigirAdministrador("editar los feriados");
    Feriado f = fecha == null ? null : em.find(Feriado.class, fecha);
    if (f == null) {
      throw new NoEncontradoException("No hay feriado el " + fecha + ".");
    }
    em.remove(f);
    auditoria.registrar(p.getUsuario(), "FERIADO_QUITADO", fecha.toString(), f.getNombre());
    flujos.olvidarFeriados();
  }

  private Persona exigirAdministrador(String accion) {
    Persona p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_FERIADO", "feriado", accion);
      throw new AccesoDenegadoException("Solo un administrador puede " + accion + ".");
    }
    return p;
  }

  private static AvisoVista vista(Aviso a) {
    return new AvisoVista(
        a.getId(),
        a.getTipo().name(),
        a.getTipo().etiqueta(),
        a.getTexto(),
        a.getNumeroExpediente(),
        a.getTareaId(),
        a.getVence(),
        a.getCreado(),
        a.getLeido() != null);
  }
}
