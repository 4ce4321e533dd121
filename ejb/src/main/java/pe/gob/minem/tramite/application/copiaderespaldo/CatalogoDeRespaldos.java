package pe.gob.minem.tramite.application.copiaderespaldo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.CambioDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EjecucionDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The catálogo de respaldos of P/OGA-TI-06 (ADR 0027): read by the OTI's people, edited by the
 * Director de TI, the Especialista de Redes y Comunicaciones and the administrators, every change
 * kept with who, when, before and after. Act. 2 of the procedure writes it through {@link
 * #registrarDesdePaso}. Also starts the procedure for a new backup to program (its none start).
 */
@Stateless
public class CatalogoDeRespaldos {

  public static final String OTI = "OTI";
  public static final String ESPECIALISTA_DE_REDES = "OTI:ESPECIALISTA:REDES";
  public static final String PROCESO = "P_OGA_TI_06";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;
  @Inject Flujos flujos;
  @Inject ExpedienteDeRespaldos expedienteDelMes;

  /** An entry as the API and the page show it. */
  public record EntradaVista(
      Long id,
      String servidor,
      String informacion,
      String tipo,
      String frecuencia,
      Integer dia,
      String hora,
      String programacion,
      int retencionDias,
      String medio,
      String custodia,
      boolean activo,
      Instant ultimaProgramada,
      Instant siguiente,
      Instant creado,
      String creadoPor)
      implements Serializable {

    static EntradaVista de(EntradaDeCatalogo e) {
      Programacion p = e.programacion();
      return new EntradaVista(
          e.getId(),
          e.getServidor(),
          e.getInformacion(),
          e.getTipo().name(),
          e.getFrecuencia().name(),
          e.getDia(),
          e.getHora(),
          p.describir(),
          e.getRetencionDias(),
          e.getMedio().name(),
          e.getCustodia(),
          e.isActivo(),
          e.getUltimaProgramada(),
          e.isActivo() ? p.siguiente(e.getUltimaProgramada()) : null,
          e.getCreado(),
          e.getCreadoPor());
    }
  }

  /** A change of the history. */
  public record CambioVista(
      Instant momento,
      String usuario,
      String accion,
      Map<String, String> antes,
      Map<String, String> despues,
      String expediente)
      implements Serializable {}

  /** A run the scheduler started, with the step it waits at (none: finished). */
  public record ProgramadaVista(
      Instant programadoPara,
      String procesoId,
      String expediente,
      int omitidas,
      Instant iniciado,
      List<PendienteVista> pendientes)
      implements Serializable {}

  /** A step of this entry's P/OGA-TI-06 waiting in a bandeja. */
  public record PendienteVista(
      String tareaId, int actividad, String nombre, String procesoId, String expediente)
      implements Serializable {}

  /** An execution recorded at acts. 3 to 6. */
  public record EjecucionVista(
      Long id,
      String procesoId,
      int intento,
      String expediente,
      Instant programadoPara,
      Instant realizada,
      String realizadaPor,
      String modo,
      long tamanoMb,
      String resultado,
      String observacion,
      String medio,
      String etiquetaMedio,
      String custodia,
      String guiaEnvio,
      Instant enviada)
      implements Serializable {
    static EjecucionVista de(EjecucionDeRespaldo x) {
      return new EjecucionVista(
          x.getId(),
          x.getProcesoId(),
          x.getIntento(),
          x.getExpediente(),
          x.getProgramadoPara(),
          x.getRealizada(),
          x.getRealizadaPor(),
          x.getModo(),
          x.getTamanoMb(),
          x.getResultado().name(),
          x.getObservacion(),
          x.getMedio().name(),
          x.getEtiquetaMedio(),
          x.getCustodia(),
          x.getGuiaEnvio(),
          x.getEnviada());
    }
  }

  /**
   * An entry with its whole history, its scheduled runs, its executions and the steps of its
   * instances waiting now (scheduled or started at act. 1).
   */
  public record DetalleVista(
      EntradaVista entrada,
      List<CambioVista> historial,
      List<ProgramadaVista> programadas,
      List<EjecucionVista> ejecuciones,
      List<PendienteVista> pendientes)
      implements Serializable {}

  private static PendienteVista pendiente(Flujos.PasoEnCurso t) {
    return new PendienteVista(
        t.id(), t.actividad().numero(), t.nombre(), t.procesoId(), t.numero());
  }

  /** Who may edit the catalogue. */
  public static boolean puedeEditar(Persona p) {
    return p.isAdministrador()
        || p.tieneRolEn(Rol.DIRECTOR, OTI)
        || p.tieneGrupo(ESPECIALISTA_DE_REDES);
  }

  /** Who may read it: the OTI's people and the administrators. */
  public static boolean puedeVer(Persona p) {
    return puedeEditar(p) || p.perteneceA(OTI);
  }

  public boolean puedoEditar() {
    return puedeEditar(personaActual.persona());
  }

  public List<EntradaVista> listar() {
    exigir(false, "consultar el catálogo de respaldos");
    return entradas().stream().map(EntradaVista::de).toList();
  }

  public DetalleVista ver(long id) {
    exigir(false, "consultar el catálogo de respaldos");
    EntradaDeCatalogo e = entrada(id);
    List<CambioVista> historial =
        em
            .createQuery(
                "SELECT c FROM CambioDeCatalogo c WHERE c.catalogoId = :id ORDER BY c.momento, c.id",
                CambioDeCatalogo.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(
                c ->
                    new CambioVista(
                        c.getMomento(),
                        c.getUsuario(),
                        c.getAccion(),
                        leer(c.getAntes()),
                        leer(c.getDespues()),
                        c.getExpediente()))
            .toList();
    List<ProgramadaVista> programadas = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "SELECT programado_para, proceso_id, expediente, omitidas, iniciado"
                    + " FROM respaldo_programado WHERE catalogo_id = ? ORDER BY programado_para")
            .setParameter(1, id)
            .getResultList();
    for (Object[] f : filas) {
      String procesoId = (String) f[1];
      programadas.add(
          new ProgramadaVista(
              instante(f[0]),
              procesoId,
              (String) f[2],
              ((Number) f[3]).intValue(),
              instante(f[4]),
              flujos.pendientesDelProceso(procesoId).stream()
                  .map(CatalogoDeRespaldos::pendiente)
                  .toList()));
    }
    List<EjecucionVista> ejecuciones =
        em
            .createQuery(
                "SELECT x FROM EjecucionDeRespaldo x WHERE x.catalogoId = :id"
                    + " ORDER BY x.realizada, x.id",
                EjecucionDeRespaldo.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(EjecucionVista::de)
            .toList();
    java.util.Set<String> expedientes = new java.util.TreeSet<>();
    historial.stream()
        .map(CambioVista::expediente)
        .filter(x -> x != null)
        .forEach(expedientes::add);
    programadas.forEach(x -> expedientes.add(x.expediente()));
    List<PendienteVista> pendientes = new ArrayList<>();
    for (String numero : expedientes) {
      flujos.pendientesDelExpediente(numero).stream()
          .filter(t -> t.variables().get("catalogoId") instanceof Number n && n.longValue() == id)
          .map(CatalogoDeRespaldos::pendiente)
          .forEach(pendientes::add);
    }
    return new DetalleVista(EntradaVista.de(e), historial, programadas, ejecuciones, pendientes);
  }

  public EntradaVista crear(EntradaDeCatalogo.Datos datos) {
    Persona p = exigir(true, "editar el catálogo de respaldos");
    return EntradaVista.de(crearComo(p, datos, null));
  }

  public EntradaVista actualizar(long id, EntradaDeCatalogo.Datos datos) {
    Persona p = exigir(true, "editar el catálogo de respaldos");
    return EntradaVista.de(actualizarComo(p, entrada(id), datos, null));
  }

  public EntradaVista desactivar(long id) {
    Persona p = exigir(true, "editar el catálogo de respaldos");
    EntradaDeCatalogo e = entrada(id);
    var antes = e.resumen();
    e.desactivar();
    historial(e, p, "DESACTIVADA", antes, null);
    return EntradaVista.de(e);
  }

  public EntradaVista activar(long id) {
    Persona p = exigir(true, "editar el catálogo de respaldos");
    EntradaDeCatalogo e = entrada(id);
    var antes = e.resumen();
    e.activar(flujos.ahora());
    historial(e, p, "ACTIVADA", antes, null);
    return EntradaVista.de(e);
  }

  /**
   * Act. 2 of P/OGA-TI-06: the entry of this server (the same name, ignoring case) updated, or a
   * new one; recorded in the history with the expediente.
   */
  public EntradaDeCatalogo registrarDesdePaso(
      Persona p, EntradaDeCatalogo.Datos datos, String expediente) {
    Optional<EntradaDeCatalogo> existente =
        entradas().stream()
            .filter(e -> e.getServidor().equalsIgnoreCase(datos.servidor()))
            .findFirst();
    if (existente.isPresent()) {
      EntradaDeCatalogo e = existente.get();
      if (!e.isActivo()) {
        e.activar(flujos.ahora());
      }
      return actualizarComo(p, e, datos, expediente);
    }
    return crearComo(p, datos, expediente);
  }

  /**
   * A new backup to program (P/OGA-TI-06 from its none start, act. 1): started on the month's
   * expediente of backups; returns the expediente's number.
   */
  public String iniciarNuevo() {
    Persona p = exigir(true, "programar una nueva copia de respaldo");
    String numero =
        expedienteDelMes.numero(YearMonth.from(flujos.ahora().atZone(Programacion.LIMA)), p);
    Map<String, Object> variables = new HashMap<>();
    variables.put("numero", numero);
    variables.put("iniciadoPor", p.getUsuario());
    String procesoId = flujos.iniciar(PROCESO, numero, variables);
    auditoria.registrar(p.getUsuario(), "RESPALDO_NUEVO", numero, "P/OGA-TI-06 " + procesoId);
    return numero;
  }

  private EntradaDeCatalogo crearComo(Persona p, EntradaDeCatalogo.Datos datos, String expediente) {
    EntradaDeCatalogo e = new EntradaDeCatalogo(datos, p.getUsuario(), flujos.ahora());
    em.persist(e);
    em.flush();
    historial(e, p, "CREADA", null, expediente);
    return e;
  }

  private EntradaDeCatalogo actualizarComo(
      Persona p, EntradaDeCatalogo e, EntradaDeCatalogo.Datos datos, String expediente) {
    var antes = e.resumen();
    e.actualizar(datos, flujos.ahora());
    historial(e, p, "ACTUALIZADA", antes, expediente);
    return e;
  }

  private void historial(
      EntradaDeCatalogo e, Persona p, String accion, Map<String, String> antes, String expediente) {
    em.persist(
        new CambioDeCatalogo(
            e.getId(),
            Instant.now(),
            p.getUsuario(),
            accion,
            antes == null ? null : escribir(antes),
            escribir(e.resumen()),
            expediente));
    auditoria.registrar(
        p.getUsuario(),
        "CATALOGO_RESPALDO_" + accion,
        "catalogo-respaldo/" + e.getId(),
        e.getServidor() + " — " + e.programacion().describir());
  }

  public List<EntradaDeCatalogo> entradas() {
    return em.createQuery(
            "SELECT e FROM EntradaDeCatalogo e ORDER BY e.servidor, e.id", EntradaDeCatalogo.class)
        .getResultList();
  }

  public EntradaDeCatalogo entrada(long id) {
    EntradaDeCatalogo e = em.find(EntradaDeCatalogo.class, id);
    if (e == null) {
      throw new NoEncontradoException("No existe la entrada " + id + " del catálogo de respaldos.");
    }
    return e;
  }

  private Persona exigir(boolean editar, String accion) {
    Persona p = personaActual.persona();
    if (editar ? !puedeEditar(p) : !puedeVer(p)) {
      auditoria.registrarAparte(
          p.getUsuario(), "RECHAZO_CATALOGO_RESPALDO", "catalogo-respaldo", accion);
      throw new AccesoDenegadoException(
          editar
              ? "Solo el Director de TI, el Especialista de Redes y Comunicaciones o un administrador pueden "
                  + accion
                  + "."
              : "Solo el personal de la OTI puede " + accion + ".");
    }
    return p;
  }

  /** {@code clave=valor} lines, the value's line breaks escaped. */
  static String escribir(Map<String, String> m) {
    return m.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + (e.getValue() == null
                        ? ""
                        : e.getValue()
                            .replace("\\", "\\\\")
                            .replace("\n", "\\n")
                            .replace("\r", "")))
        .collect(Collectors.joining("\n"));
  }

  static Map<String, String> leer(String s) {
    if (s == null) {
      return null;
    }
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String linea : s.split("\n")) {
      int i = linea.indexOf('=');
      if (i > 0) {
        m.put(
            linea.substring(0, i),
            linea.substring(i + 1).replace("\\n", "\n").replace("\\\\", "\\"));
      }
    }
    return m;
  }

  static Instant instante(Object o) {
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.LocalDateTime l) {
      return java.sql.Timestamp.valueOf(l).toInstant();
    }
    if (o instanceof java.time.OffsetDateTime d) {
      return d.toInstant();
    }
    return o == null ? null : (Instant) o;
  }
}
