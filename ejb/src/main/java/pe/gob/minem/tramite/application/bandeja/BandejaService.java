package pe.gob.minem.tramite.application.bandeja;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.ResumenBandeja;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.documento.FirmaDeDocumentos;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
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
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.infrastructure.workflow.ActividadMapro;
import pe.gob.minem.tramite.infrastructure.workflow.CatalogoDeActividades;
import pe.gob.minem.tramite.infrastructure.workflow.ConsultaDeBandeja;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos.PasoEnCurso;

/**
 * A person's bandeja: the workflow tasks they or their cargos may take, and the completion of any
 * step of any procedure from its declaration, with the domain change it makes, in one transaction.
 */
@Stateless
public class BandejaService {

  private static final Logger LOG = Logger.getLogger(BandejaService.class.getName());

  @Inject ExpedienteRepository expedientes;
  @Inject PersonaActual personaActual;
  @Inject Flujos flujos;
  @Inject CatalogoDeActividades actividades;
  @Inject Auditoria auditoria;
  @Inject Event<TareaCompletada> completada;
  @Inject FirmaDeDocumentos firmas;
  @Inject Pasos pasos;
  @Inject Destinos destinos;
  @Inject ConsultaDeBandeja consulta;

  /** At most this many tasks in one answer (one page of the bandeja). */
  public static final int MAXIMO_POR_PAGINA = 2000;

  public List<TareaVista> tareas(FiltroBandeja filtro) {
    return tareasDe(personaActual.persona(), filtro);
  }

  public List<TareaVista> tareasDe(Persona persona, FiltroBandeja filtro) {
    return paginaDe(persona, filtro, 0, MAXIMO_POR_PAGINA).tareas();
  }

  /** One page of the caller's bandeja, with the counts over all of it. */
  public PaginaBandeja pagina(FiltroBandeja filtro, int desde, int maximo) {
    return paginaDe(personaActual.persona(), filtro, desde, maximo);
  }

  /**
   * One page of a person's bandeja: filtered, counted, ordered (past their plazo first, then
   * priority other than NORMAL, then the oldest) and paged in the database (ADR 0045); only the
   * page's tasks and expedientes are read.
   */
  public PaginaBandeja paginaDe(Persona persona, FiltroBandeja filtro, int desde, int maximo) {
    var hoy = Reloj.hoy();
    var r =
        consulta.consultar(
            new ConsultaDeBandeja.Criterios(
                persona.getUsuario(),
                persona.grupos(),
                filtro.tipoDocumento(),
                filtro.prioridad(),
                filtro.soloVencidos(),
                filtro.texto(),
                hoy,
                flujos.ahora()),
            Math.max(0, desde),
            Math.max(0, Math.min(maximo, MAXIMO_POR_PAGINA)));
    List<PasoEnCurso> tareas = flujos.pendientes(r.ids());
    Map<String, Expediente> porNumero = expedientesDe(tareas);
    var ahora = Instant.now();
    List<TareaVista> vistas = new ArrayList<>(tareas.size());
    for (PasoEnCurso t : tareas) {
      Expediente e = porNumero.get(t.numero());
      if (e != null) {
        vistas.add(vista(t, e, ahora, hoy));
      }
    }
    return new PaginaBandeja(List.copyOf(vistas), r.total(), r.vencidas(), r.pasosVencidos());
  }

  public ResumenBandeja resumen(int porRecibir, int enviadasPendientes) {
    var cuentas = paginaDe(personaActual.persona(), FiltroBandeja.TODO, 0, 0);
    return new ResumenBandeja(
        (int) cuentas.total(), (int) cuentas.vencidas(), porRecibir, enviadasPendientes);
  }

  /** One task the given person may act on (the batch runs outside a web request). */
  public TareaVista tareaDe(Persona p, String tareaId) {
    PasoEnCurso t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    return vista(t, expedienteDe(t), Instant.now(), Reloj.hoy());
  }

  /** One task the caller may act on, with its expediente. */
  public TareaVista tarea(String tareaId) {
    Persona p = personaActual.persona();
    PasoEnCurso t = tareaActiva(tareaId);
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
    PasoEnCurso t = tareaActiva(tareaId);
    exigirPermiso(p, t, expedienteDe(t));
    if (t.asignado() == null) {
      flujos.tomar(tareaId, p.getUsuario());
      auditoria.registrar(p.getUsuario(), "TAREA_RECLAMADA", t.numero(), t.nombre());
    }
  }

  public void liberar(String tareaId) {
    Persona p = personaActual.persona();
    PasoEnCurso t = tareaActiva(tareaId);
    // a task with no cargo to go back to (the responsable's attention) stays with its person
    if (!p.getUsuario().equals(t.asignado()) || t.grupos().isEmpty()) {
      throw new ConflictoException(
          "Solo puede devolver a la bandeja de su cargo una tarea que tomó.");
    }
    flujos.soltar(tareaId);
  }

  /** Step 1 of client-side signing of a V°B° or suscripción task of the caller. */
  public pe.gob.minem.tramite.signing.PendingSignature prepararFirmaExterna(
      String tareaId, java.util.List<java.security.cert.X509Certificate> cadena) {
    Persona p = personaActual.persona();
    PasoEnCurso t = tareaActiva(tareaId);
    Expediente e = expedienteDe(t);
    exigirPermiso(p, t, e);
    Documento d = firmas.documentoDe(t.ejecucionId());
    if (t.paso() == null || !t.paso().firma() || d == null) {
      throw new ConflictoException("Esta tarea no lleva firma.");
    }
    return firmas.prepararFirmaExterna(
        t.id(), d, claseDeFirma(t.paso()), unidadDelPaso(t, e), p, cadena);
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
    PasoEnCurso t = tareaActiva(tareaId);
    Expediente e = expedienteDe(t);
    exigirPermiso(p, t, e);
    ActividadMapro act = t.actividad();
    DeclaracionDePaso paso = actividades.paso(t.definicionId(), t.clave());
    DeclaracionDePaso.Valores valores = paso.leer(r.entrada());
    Instant ahora = Instant.now();
    Instant creada = t.creado();
    String unidad = unidadDelPaso(t, e);
    Documento documento = firmas.documentoDe(t.ejecucionId());
    var contexto =
        new ContextoDePaso(
            p,
            e,
            documento,
            paso,
            valores,
            act.numero(),
            t.id(),
            creada,
            unidad,
            ahora,
            r.firmaExterna(),
            r.firmaConToken());
    EfectoDelPaso efecto = pasos.ejecutar(contexto);
    String descripcion =
        paso.descripcion() != null
            ? paso.descripcion()
            : efecto.descripcion() != null ? efecto.descripcion() : t.nombre();
    if (documento != null) {
      descripcion =
          documento.getTipo().etiqueta() + " «" + documento.getAsunto() + "»: " + descripcion;
    }
    e.anotarPaso(
        act.procedimiento(),
        act.numero(),
        paso.movimiento(),
        descripcion,
        p,
        unidad,
        new Movimiento.Destino(
            paso.destino() != null ? paso.destino() : efecto.destino(),
            efecto.unidadDestino(),
            efecto.personaDestino()),
        valores.instruccion(),
        t.id(),
        creada,
        ahora);
    Map<String, Object> variables = new HashMap<>(valores.variables());
    variables.putAll(efecto.variables());
    if (t.asignado() == null) {
      flujos.tomar(tareaId, p.getUsuario());
    }
    flujos.completar(tareaId, variables);
    auditoria.registrar(
        p.getUsuario(),
        "TAREA_COMPLETADA",
        e.getNumero(),
        "actividad " + act.numero() + ": " + t.nombre());
    expedientes.sincronizar();
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
  private static String unidadDelPaso(PasoEnCurso t, Expediente e) {
    if (!t.actividad().enLaUnidadDelExpediente() && t.unidadDelCargo().isPresent()) {
      return t.unidadDelCargo().get();
    }
    return e.getUnidadActual().getCodigo();
  }

  /** The task if it is still pending; a clear conflict if someone already completed it. */
  private PasoEnCurso tareaActiva(String tareaId) {
    var t = flujos.pendiente(tareaId);
    if (t.isPresent()) {
      return t.get();
    }
    var hecha = flujos.terminado(tareaId);
    if (hecha.isPresent()) {
      throw new ConflictoException(
          "La tarea ya fue atendida"
              + (hecha.get().asignado() == null ? "" : " por " + hecha.get().asignado())
              + " el "
              + Reloj.formatear(hecha.get().fin())
              + ".");
    }
    throw new NoEncontradoException("La tarea " + tareaId + " no existe.");
  }

  /**
   * The server-side check of every action on a task: the person holds the cargo its candidate group
   * names (or is its assignee), and the expediente is in that cargo's unit.
   */
  private void exigirPermiso(Persona p, PasoEnCurso t, Expediente e) {
    String motivo = motivoDeRechazo(p, t, e);
    if (motivo != null) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_TAREA", e.getNumero(), motivo);
      if (t.asignado() != null
          && !t.asignado().equals(p.getUsuario())
          && permitidoPorCargo(p, t, e)) {
        throw new ConflictoException("La tarea ya fue tomada por " + t.asignado() + ".");
      }
      throw new AccesoDenegadoException(motivo);
    }
  }

  private String motivoDeRechazo(Persona p, PasoEnCurso t, Expediente e) {
    if (p.getUsuario().equals(t.asignado())) {
      return null;
    }
    if (t.asignado() != null) {
      return "La tarea está asignada a otra persona.";
    }
    return permitidoPorCargo(p, t, e)
        ? null
        : "Esta tarea corresponde a otro cargo o a otra unidad: no puede atenderla.";
  }

  private static boolean permitidoPorCargo(Persona p, PasoEnCurso t, Expediente e) {
    for (String grupo : t.grupos()) {
      if (p.tieneGrupo(grupo)) {
        String unidadDelGrupo = Flujos.unidadDelGrupo(grupo);
        // P/OGA-TI-01 moves the expediente between units: its steps belong to the unit it is in.
        // P/OGA-TI-02's cargos are fixed by the MAPRO (OTI, then OGA) wherever the expediente is.
        boolean enLaUnidad = t.actividad().enLaUnidadDelExpediente();
        if (!enLaUnidad || unidadDelGrupo.equals(e.getUnidadActual().getCodigo())) {
          return true;
        }
      }
    }
    return false;
  }

  private TareaVista vista(PasoEnCurso t, Expediente e, Instant ahora, java.time.LocalDate hoy) {
    ActividadMapro act = t.actividad();
    return new TareaVista(
        t.id(),
        e.getNumero(),
        e.getAsunto(),
        act.procedimiento(),
        act.numero(),
        t.nombre(),
        t.clave(),
        t.asignado(),
        t.creado(),
        Duration.between(t.creado(), ahora).toSeconds(),
        e.getPrioridad().name(),
        e.getTipoDocumento().name(),
        e.estaVencido(hoy),
        e.getFechaLimite(),
        t.variable("documento"),
        act.paso(),
        t.vence(),
        t.vence() != null && !flujos.ahora().isBefore(t.vence()));
  }

  private Expediente expedienteDe(PasoEnCurso t) {
    return NumeroExpediente.exacto(t.numero())
        .flatMap(expedientes::porNumero)
        .orElseThrow(() -> new NoEncontradoException("El expediente de la tarea no existe."));
  }

  /** The tasks' expedientes by number (a task whose number does not exist has none). */
  private Map<String, Expediente> expedientesDe(List<PasoEnCurso> tareas) {
    var numeros =
        tareas.stream()
            .map(PasoEnCurso::numero)
            .map(NumeroExpediente::exacto)
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    if (numeros.isEmpty()) {
      return Map.of();
    }
    Map<String, Expediente> mapa = new HashMap<>();
    expedientes.porNumeros(numeros).forEach(e -> mapa.put(e.getNumero(), e));
    return mapa;
  }
}
