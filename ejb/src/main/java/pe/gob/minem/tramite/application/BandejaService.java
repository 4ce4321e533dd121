package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.ResumenBandeja;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.application.paso.Destinos;
import pe.gob.minem.tramite.application.paso.EfectoDelPaso;
import pe.gob.minem.tramite.application.paso.Pasos;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.infrastructure.workflow.ActividadMapro;
import pe.gob.minem.tramite.infrastructure.workflow.CatalogoDeActividades;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;

/**
 * A person's bandeja: the workflow tasks they or their cargos may take, and the completion of any
 * step of any procedure from its declaration, with the domain change it makes, in one transaction.
 */
@Stateless
public class BandejaService {

  private static final Logger LOG = Logger.getLogger(BandejaService.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject MotorDeProcesos motor;
  @Inject CatalogoDeActividades actividades;
  @Inject Auditoria auditoria;
  @Inject Event<TareaCompletada> completada;
  @Inject FirmaDeDocumentos firmas;
  @Inject Pasos pasos;
  @Inject Destinos destinos;

  public List<TareaVista> tareas(FiltroBandeja filtro) {
    return tareasDe(personaActual.persona(), filtro);
  }

  public List<TareaVista> tareasDe(Persona persona, FiltroBandeja filtro) {
    var q = motor.tareas().createTaskQuery().active().includeProcessVariables();
    Set<String> grupos = persona.grupos();
    if (grupos.isEmpty()) {
      q.taskAssignee(persona.getUsuario());
    } else {
      q.or().taskAssignee(persona.getUsuario()).taskCandidateGroupIn(grupos).endOr();
    }
    List<Task> tareas = q.orderByTaskCreateTime().asc().listPage(0, 2000);
    Map<String, Expediente> expedientes = expedientes(tareas);
    var hoy = Reloj.hoy();
    var ahora = Instant.now();
    List<TareaVista> vistas = new ArrayList<>();
    for (Task t : tareas) {
      Expediente e = expedientes.get(numeroDe(t));
      if (e == null) {
        continue;
      }
      var v = vista(t, e, ahora, hoy);
      if (filtro.tipoDocumento() != null && !filtro.tipoDocumento().equals(v.tipoDocumento())) {
        continue;
      }
      if (filtro.prioridad() != null && !filtro.prioridad().equals(v.prioridad())) {
        continue;
      }
      if (filtro.soloVencidos() && !v.vencido()) {
        continue;
      }
      if (!filtro.coincide(v.numero(), v.asunto())) {
        continue;
      }
      vistas.add(v);
    }
    vistas.sort(
        Comparator.comparing(TareaVista::vencido)
            .reversed()
            .thenComparing(v -> v.prioridad().equals("NORMAL"))
            .thenComparing(TareaVista::creada));
    return vistas;
  }

  public ResumenBandeja resumen(int porRecibir, int enviadasPendientes) {
    var tareas = tareas(FiltroBandeja.TODO);
    int vencidas = (int) tareas.stream().filter(TareaVista::vencido).count();
    return new ResumenBandeja(tareas.size(), vencidas, porRecibir, enviadasPendientes);
  }

  /** One task the given person may act on (the batch runs outside a web request). */
  public TareaVista tareaDe(Persona p, String tareaId) {
    Task t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    return vista(t, expedienteDe(t), Instant.now(), Reloj.hoy());
  }

  /** One task the caller may act on, with its expediente. */
  public TareaVista tarea(String tareaId) {
    Persona p = personaActual.persona();
    Task t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    return vista(t, expedienteDe(t), Instant.now(), Reloj.hoy());
  }

  /** Units a {@code unidad} field offers: staffed units other than the OGA. */
  public List<UnidadOrganica> unidadesDeDestino() {
    return destinos.unidades();
  }

  /** People of the unit a {@code responsable} field offers (not its director nor secretary). */
  public List<Persona> responsablesPosibles(String codigoUnidad) {
    return destinos.responsables(codigoUnidad);
  }

  public void reclamar(String tareaId) {
    Persona p = personaActual.persona();
    Task t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    if (t.getAssignee() == null) {
      motor.tareas().claim(tareaId, p.getUsuario());
      auditoria.registrar(p.getUsuario(), "TAREA_RECLAMADA", numeroDe(t), t.getName());
    }
  }

  public void liberar(String tareaId) {
    Persona p = personaActual.persona();
    Task t = tareaActiva(tareaId);
    // a task with no cargo to go back to (the responsable's attention) stays with its person
    boolean sinCargo =
        motor.tareas().getIdentityLinksForTask(tareaId).stream()
            .noneMatch(l -> l.getGroupId() != null);
    if (!p.getUsuario().equals(t.getAssignee()) || sinCargo) {
      throw new ConflictoException(
          "Solo puede devolver a la bandeja de su cargo una tarea que tomó.");
    }
    motor.tareas().unclaim(tareaId);
  }

  /** Step 1 of client-side signing of a V°B° or suscripción task of the caller. */
  public pe.gob.minem.tramite.signing.PendingSignature prepararFirmaExterna(
      String tareaId, java.util.List<java.security.cert.X509Certificate> cadena) {
    Persona p = personaActual.persona();
    Task t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    Expediente e = expedienteDe(t);
    ActividadMapro act = actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    Documento d = firmas.documentoDe(t.getExecutionId());
    if (act.paso() == null || !act.paso().firma() || d == null) {
      throw new ConflictoException("Esta tarea no lleva firma.");
    }
    return firmas.prepararFirmaExterna(
        t.getId(), d, claseDeFirma(act.paso()), unidadDelPaso(t, e, act), p, cadena);
  }

  public ExpedienteVista completar(String tareaId, ResultadoTarea resultado) {
    return completarComo(personaActual.persona(), tareaId, resultado);
  }

  /**
   * Completes a step as the given person (the demo seeder and the batch use it; the web goes
   * through above): the input is checked against the step's declaration, its handler changes the
   * expediente or document, the hoja de ruta and the audit trail say so, and the workflow moves on
   * with the declared variables, all in this transaction (ADR 0013).
   */
  public ExpedienteVista completarComo(Persona p, String tareaId, ResultadoTarea r) {
    Task t = tareaActiva(tareaId);
    Expediente e = expedienteDe(t);
    exigirPermiso(p, t, e);
    ActividadMapro act = actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    DeclaracionDePaso paso = actividades.paso(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    DeclaracionDePaso.Valores valores = paso.leer(r.entrada());
    Instant ahora = Instant.now();
    Instant creada = t.getCreateTime().toInstant();
    String unidad = unidadDelPaso(t, e, act);
    Documento documento = firmas.documentoDe(t.getExecutionId());
    var contexto =
        new ContextoDePaso(
            p,
            e,
            documento,
            paso,
            valores,
            act.numero(),
            t.getId(),
            creada,
            unidad,
            ahora,
            r.firmaExterna(),
            r.firmaConToken());
    EfectoDelPaso efecto = pasos.ejecutar(contexto);
    String descripcion =
        paso.descripcion() != null
            ? paso.descripcion()
            : efecto.descripcion() != null ? efecto.descripcion() : t.getName();
    if (documento != null) {
      descripcion =
          documento.getTipo().etiqueta() + " «" + documento.getAsunto() + "»: " + descripcion;
    }
    e.anotar(
        new Movimiento.Datos(
            ahora,
            act.procedimiento(),
            act.numero(),
            paso.movimiento(),
            recortar(descripcion),
            p.getUsuario(),
            p.getNombreCompleto(),
            p.cargoEn(unidad),
            unidad,
            paso.destino() != null ? paso.destino() : efecto.destino(),
            efecto.unidadDestino(),
            efecto.personaDestino(),
            valores.instruccion(),
            t.getId(),
            Duration.between(creada, ahora).toSeconds()));
    Map<String, Object> variables = new HashMap<>(valores.variables());
    variables.putAll(efecto.variables());
    if (t.getAssignee() == null) {
      motor.tareas().claim(tareaId, p.getUsuario());
    }
    motor.tareas().complete(tareaId, variables);
    auditoria.registrar(
        p.getUsuario(),
        "TAREA_COMPLETADA",
        e.getNumero(),
        "actividad " + act.numero() + ": " + t.getName());
    em.flush();
    completada.fire(new TareaCompletada(tareaId, e.getNumero(), act.numero(), e.getAsunto()));
    LOG.info(
        () ->
            "Expediente "
                + e.getNumero()
                + ": "
                + p.getUsuario()
                + " completó la tarea "
                + tareaId
                + " (actividad "
                + act.numero()
                + ")");
    return ExpedienteVista.de(e, Reloj.hoy());
  }

  private static Firma.Clase claseDeFirma(DeclaracionDePaso paso) {
    return paso.accion() == TipoDeAccion.SUSCRIPCION
        ? Firma.Clase.SUSCRIPCION
        : Firma.Clase.VISTO_BUENO;
  }

  /**
   * The unit a step acts in: the expediente's, for a process that follows it between units
   * (P/OGA-TI-01); otherwise the unit its cargo names (P/OGA-TI-02: OTI, then OGA).
   */
  private String unidadDelPaso(Task t, Expediente e, ActividadMapro act) {
    if (!act.enLaUnidadDelExpediente()) {
      for (IdentityLink l : motor.tareas().getIdentityLinksForTask(t.getId())) {
        if (l.getGroupId() != null && l.getGroupId().contains(":")) {
          return l.getGroupId().substring(0, l.getGroupId().indexOf(':'));
        }
      }
    }
    return e.getUnidadActual().getCodigo();
  }

  private static String recortar(String s) {
    return s.length() <= 300 ? s : s.substring(0, 297) + "…";
  }

  /** The task if it is still pending; a clear conflict if someone already completed it. */
  private Task tareaActiva(String tareaId) {
    Task t =
        tareaId == null ? null : motor.tareas().createTaskQuery().taskId(tareaId).singleResult();
    if (t != null) {
      return t;
    }
    var hecha =
        tareaId == null
            ? null
            : motor
                .historial()
                .createHistoricTaskInstanceQuery()
                .taskId(tareaId)
                .finished()
                .singleResult();
    if (hecha != null) {
      throw new ConflictoException(
          "La tarea ya fue atendida"
              + (hecha.getAssignee() == null ? "" : " por " + hecha.getAssignee())
              + " el "
              + Reloj.formatear(hecha.getEndTime().toInstant())
              + ".");
    }
    throw new NoEncontradoException("La tarea " + tareaId + " no existe.");
  }

  /**
   * The server-side check of every action on a task: the person holds the cargo its candidate group
   * names (or is its assignee), and the expediente is in that cargo's unit.
   */
  private void exigirPermiso(Persona p, Task t, Expediente e) {
    String motivo = motivoDeRechazo(p, t, e);
    if (motivo != null) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_TAREA", e.getNumero(), motivo);
      if (t.getAssignee() != null
          && !t.getAssignee().equals(p.getUsuario())
          && permitidoPorCargo(p, t, e)) {
        throw new ConflictoException("La tarea ya fue tomada por " + t.getAssignee() + ".");
      }
      throw new AccesoDenegadoException(motivo);
    }
  }

  private String motivoDeRechazo(Persona p, Task t, Expediente e) {
    if (p.getUsuario().equals(t.getAssignee())) {
      return null;
    }
    if (t.getAssignee() != null) {
      return "La tarea está asignada a otra persona.";
    }
    return permitidoPorCargo(p, t, e)
        ? null
        : "Esta tarea corresponde a otro cargo o a otra unidad: no puede atenderla.";
  }

  private boolean permitidoPorCargo(Persona p, Task t, Expediente e) {
    for (IdentityLink l : motor.tareas().getIdentityLinksForTask(t.getId())) {
      if (l.getGroupId() != null && p.tieneGrupo(l.getGroupId())) {
        String unidadDelGrupo = l.getGroupId().substring(0, l.getGroupId().indexOf(':'));
        // P/OGA-TI-01 moves the expediente between units: its steps belong to the unit it is in.
        // P/OGA-TI-02's cargos are fixed by the MAPRO (OTI, then OGA) wherever the expediente is.
        boolean enLaUnidad =
            actividades
                .de(t.getProcessDefinitionId(), t.getTaskDefinitionKey())
                .enLaUnidadDelExpediente();
        if (!enLaUnidad || unidadDelGrupo.equals(e.getUnidadActual().getCodigo())) {
          return true;
        }
      }
    }
    return false;
  }

  private TareaVista vista(Task t, Expediente e, Instant ahora, java.time.LocalDate hoy) {
    ActividadMapro act = actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    return new TareaVista(
        t.getId(),
        e.getNumero(),
        e.getAsunto(),
        act.procedimiento(),
        act.numero(),
        t.getName(),
        t.getTaskDefinitionKey(),
        t.getAssignee(),
        t.getCreateTime().toInstant(),
        Duration.between(t.getCreateTime().toInstant(), ahora).toSeconds(),
        e.getPrioridad().name(),
        e.getTipoDocumento().name(),
        e.estaVencido(hoy),
        e.getFechaLimite(),
        variable(t, "documento"),
        act.paso(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        t.getDueDate() != null && !motor.reloj().getCurrentTime().before(t.getDueDate()));
  }

  private Expediente expedienteDe(Task t) {
    String numero = numeroDe(t);
    return em.createNamedQuery("Expediente.porNumero", Expediente.class)
        .setParameter("numero", numero)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoEncontradoException("El expediente de la tarea no existe."));
  }

  private String variable(Task t, String nombre) {
    Object v = t.getProcessVariables() == null ? null : t.getProcessVariables().get(nombre);
    if (v == null) {
      v = motor.ejecucion().getVariable(t.getExecutionId(), nombre);
    }
    return v == null ? null : v.toString();
  }

  private String numeroDe(Task t) {
    Object n = t.getProcessVariables() == null ? null : t.getProcessVariables().get("numero");
    if (n == null) {
      n = motor.ejecucion().getVariable(t.getExecutionId(), "numero");
    }
    return (String) n;
  }

  private Map<String, Expediente> expedientes(List<Task> tareas) {
    var numeros = tareas.stream().map(this::numeroDe).filter(n -> n != null).distinct().toList();
    if (numeros.isEmpty()) {
      return Map.of();
    }
    Map<String, Expediente> mapa = new HashMap<>();
    for (int i = 0; i < numeros.size(); i += 500) {
      em.createNamedQuery("Expediente.porNumeros", Expediente.class)
          .setParameter("numeros", numeros.subList(i, Math.min(numeros.size(), i + 500)))
          .getResultStream()
          .forEach(e -> mapa.put(e.getNumero(), e));
    }
    return mapa;
  }
}
