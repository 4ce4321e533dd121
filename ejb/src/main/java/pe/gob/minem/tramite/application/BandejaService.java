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
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.infrastructure.workflow.ActividadMapro;
import pe.gob.minem.tramite.infrastructure.workflow.CatalogoDeActividades;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;

/**
 * A person's bandeja: the workflow tasks they or their cargos may take, and the completion of each
 * step of P/OGA-TI-01 with the domain change it makes, in one transaction.
 */
@Stateless
public class BandejaService {

  private static final Logger LOG = Logger.getLogger(BandejaService.class.getName());
  static final String ATENDER = "atender";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject MotorDeProcesos motor;
  @Inject CatalogoDeActividades actividades;
  @Inject Auditoria auditoria;
  @Inject Event<TareaCompletada> completada;
  @Inject VistoBuenoService vistoBueno;

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

  /** Units an expediente can be derived to in act. 2: staffed units other than the OGA. */
  public List<UnidadOrganica> unidadesDeDestino() {
    return em.createQuery(
            "SELECT DISTINCT c.unidad FROM Persona p JOIN p.cargos c WHERE p.activa = TRUE AND"
                + " c.rol = :rol AND c.unidad.activa = TRUE AND c.unidad.codigo <> :oga ORDER BY"
                + " c.unidad.nombre",
            UnidadOrganica.class)
        .setParameter("rol", Rol.DIRECTOR)
        .setParameter("oga", MesaDePartesService.UNIDAD_DE_REGISTRO)
        .getResultList();
  }

  /** People of the unit who can be named responsable in act. 5 (not its director). */
  public List<Persona> responsablesPosibles(String codigoUnidad) {
    return em.createNamedQuery("Persona.deUnidad", Persona.class)
        .setParameter("unidad", codigoUnidad)
        .getResultStream()
        .filter(p -> !p.tieneRolEn(Rol.DIRECTOR, codigoUnidad))
        .filter(p -> !p.tieneRolEn(Rol.SECRETARIA, codigoUnidad))
        .toList();
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
    if (!p.getUsuario().equals(t.getAssignee()) || ATENDER.equals(t.getTaskDefinitionKey())) {
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
    if (!VistoBuenoService.esPaso(t) || !VistoBuenoService.esFirma(t)) {
      throw new ConflictoException("Esta tarea no lleva firma.");
    }
    return vistoBueno.prepararFirmaExterna(t, p, cadena);
  }

  public ExpedienteVista completar(String tareaId, ResultadoTarea resultado) {
    return completarComo(personaActual.persona(), tareaId, resultado);
  }

  /** Completes a step as the given person (the demo seeder uses it; the web goes through above). */
  public ExpedienteVista completarComo(Persona p, String tareaId, ResultadoTarea r) {
    Task t = tareaActiva(tareaId);
    Expediente e = expedienteDe(t);
    exigirPermiso(p, t, e);
    ActividadMapro act = actividades.de(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    Instant ahora = Instant.now();
    long espera = Duration.between(t.getCreateTime().toInstant(), ahora).toSeconds();
    String unidadActual = e.getUnidadActual().getCodigo();
    Map<String, Object> variables = new HashMap<>();
    Movimiento.Datos mov;
    if (VistoBuenoService.esPaso(t)) {
      mov = vistoBueno.paso(p, t, e, r, act, ahora, espera, variables);
    } else
      switch (t.getTaskDefinitionKey()) {
        case "act1" -> {
          e.entregarAlDirector();
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.ENTREGA,
                  "Entrega del expediente al Director General",
                  unidadActual,
                  "Director General de Administración",
                  null,
                  null,
                  r,
                  t,
                  ahora,
                  espera);
        }
        case "act2" -> {
          if (r.unidad() == null) {
            throw new DatosInvalidosException(
                "unidad", "Elija la unidad orgánica a la que se derivará el expediente.");
          }
          UnidadOrganica u = unidadDeDestino(r.unidad());
          e.disponerDerivacion(u);
          variables.put("unidadDestino", u.getCodigo());
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.DISPOSICION,
                  "Toma conocimiento y dispone la derivación a " + u.getNombre(),
                  unidadActual,
                  u.getNombre(),
                  u.getCodigo(),
                  null,
                  r,
                  t,
                  ahora,
                  espera);
        }
        case "act3" -> {
          UnidadOrganica origen = e.getUnidadActual();
          e.derivarAUnidad();
          em.persist(
              new RemisionFisica(e, origen, e.getUnidadDestino(), null, p.getUsuario(), ahora));
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.DERIVACION,
                  "Derivación a " + e.getUnidadDestino().getNombre() + " y remisión en físico",
                  unidadActual,
                  e.getUnidadDestino().getNombre(),
                  e.getUnidadDestino().getCodigo(),
                  null,
                  r,
                  t,
                  ahora,
                  espera);
        }
        case "act4" -> {
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.RECEPCION,
                  "Verificación, registro y entrega al Director",
                  unidadActual,
                  "Director de " + e.getUnidadActual().getNombre(),
                  null,
                  null,
                  r,
                  t,
                  ahora,
                  espera);
        }
        case "act5" -> {
          if (r.responsable() == null) {
            throw new DatosInvalidosException(
                "responsable", "Elija a la persona responsable de evaluar el expediente.");
          }
          Persona resp = responsableDe(unidadActual, r.responsable());
          e.asignarResponsable(resp);
          variables.put("responsable", resp.getUsuario());
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.ASIGNACION,
                  "Toma conocimiento y asigna como responsable a " + resp.getNombreCompleto(),
                  unidadActual,
                  resp.getNombreCompleto(),
                  unidadActual,
                  resp.getUsuario(),
                  r,
                  t,
                  ahora,
                  espera);
        }
        case "act6" -> {
          e.derivarAResponsable();
          em.persist(
              new RemisionFisica(
                  e,
                  e.getUnidadActual(),
                  e.getUnidadActual(),
                  e.getResponsable(),
                  p.getUsuario(),
                  ahora));
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.DERIVACION,
                  "Derivación al responsable y remisión en físico",
                  unidadActual,
                  e.getResponsable().getNombreCompleto(),
                  unidadActual,
                  e.getResponsable().getUsuario(),
                  r,
                  t,
                  ahora,
                  espera);
        }
        case ATENDER -> {
          e.atender();
          mov =
              movimiento(
                  p,
                  act,
                  Movimiento.Accion.ATENCION,
                  "Atención del expediente",
                  unidadActual,
                  null,
                  null,
                  null,
                  r,
                  t,
                  ahora,
                  espera);
        }
        default -> throw new ConflictoException("Paso desconocido: " + t.getTaskDefinitionKey());
      }
    e.anotar(mov);
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

  private Movimiento.Datos movimiento(
      Persona p,
      ActividadMapro act,
      Movimiento.Accion accion,
      String descripcion,
      String unidad,
      String destino,
      String unidadDestino,
      String personaDestino,
      ResultadoTarea r,
      Task t,
      Instant ahora,
      long espera) {
    return new Movimiento.Datos(
        ahora,
        act.procedimiento(),
        act.numero(),
        accion,
        descripcion,
        p.getUsuario(),
        p.getNombreCompleto(),
        p.cargoEn(unidad),
        unidad,
        destino,
        unidadDestino,
        personaDestino,
        r.instruccion(),
        t.getId(),
        espera);
  }

  private UnidadOrganica unidadDeDestino(String codigo) {
    return unidadesDeDestino().stream()
        .filter(u -> u.getCodigo().equalsIgnoreCase(codigo))
        .findFirst()
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    "unidad",
                    "La unidad «"
                        + codigo
                        + "» no existe o no tiene director para recibir expedientes."));
  }

  private Persona responsableDe(String unidad, String usuario) {
    return responsablesPosibles(unidad).stream()
        .filter(p -> p.getUsuario().equals(usuario))
        .findFirst()
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    "responsable",
                    "«"
                        + usuario
                        + "» no es una persona de la unidad "
                        + unidad
                        + " que pueda ser responsable."));
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
        if (VistoBuenoService.esPaso(t) || unidadDelGrupo.equals(e.getUnidadActual().getCodigo())) {
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
        variable(t, "documento"));
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
    if (v == null && VistoBuenoService.esPaso(t)) {
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
