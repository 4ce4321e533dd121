package pe.gob.minem.tramite.application.equipo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.TextoBuscado;
import pe.gob.minem.tramite.application.Vistas.Pagina;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.Equipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EventoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The OTI's equipment inventory (ADR 0030), which the service desk (P/OGA-TI-09) and the corrective
 * and preventive maintenance (P/OGA-TI-10, 11) read and append to. Every change writes an event of
 * the item's history in the same transaction. The OTI's people register, edit and see everything;
 * the administrators see everything; anyone else sees only the items assigned to her. {@link
 * #porCodigo}, {@link #asignadosA}, {@link #enGarantia} and {@link #historia} check nobody: they
 * are for the procedures' steps, which have authorised their actor already.
 */
@Stateless
public class InventarioDeEquipos {

  public static final String OTI = "OTI";

  private static final Logger LOG = Logger.getLogger(InventarioDeEquipos.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Auditoria auditoria;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;
  @Inject Flujos flujos;

  /** An item as the API and the page show it: codes and their Spanish labels. */
  public record EquipoVista(
      String codigoPatrimonial,
      String tipo,
      String tipoEtiqueta,
      String marca,
      String modelo,
      String serie,
      String usuarioAsignado,
      String unidad,
      String ubicacion,
      LocalDate garantiaHasta,
      boolean enGarantia,
      String estado,
      String estadoEtiqueta,
      long version)
      implements Serializable {

    public static EquipoVista de(Equipo e, LocalDate hoy) {
      return new EquipoVista(
          e.getCodigoPatrimonial(),
          e.getTipo().name(),
          e.getTipo().etiqueta(),
          e.getMarca(),
          e.getModelo(),
          e.getSerie(),
          e.getUsuarioAsignado(),
          e.getUnidad(),
          e.getUbicacion(),
          e.getGarantiaHasta(),
          e.enGarantia(hoy),
          e.getEstado().name(),
          e.getEstado().etiqueta(),
          e.getVersion());
    }
  }

  /** A line of the history. */
  public record EventoVista(
      Instant instante,
      String tipo,
      String tipoEtiqueta,
      String descripcion,
      String referencia,
      String actor)
      implements Serializable {
    public static EventoVista de(EventoDeEquipo x) {
      return new EventoVista(
          x.getInstante(),
          x.getTipo().name(),
          x.getTipo().etiqueta(),
          x.getDescripcion(),
          x.getReferencia(),
          x.getActor());
    }
  }

  /** An item with its whole history, oldest first. */
  public record DetalleDeEquipo(EquipoVista equipo, List<EventoVista> historia)
      implements Serializable {}

  /** Who registers, edits and imports: the OTI's people. */
  public static boolean puedeEditar(Persona p) {
    return p != null && p.perteneceA(OTI);
  }

  /** Who sees every item: the OTI's people and the administrators. */
  public static boolean veTodo(Persona p) {
    return p != null && (p.isAdministrador() || p.perteneceA(OTI));
  }

  // ---------------------------------------------------------------- changes

  public Equipo registrar(DatosDeEquipo d, Persona actor) {
    exigirEdicion(actor, "registrar equipos", "equipos");
    DatosDeEquipo datos = conUnidad(d);
    if (porCodigo(datos.codigoPatrimonial()).isPresent()) {
      throw new ConflictoException(
          "Ya existe el equipo con código patrimonial " + datos.codigoPatrimonial() + ".");
    }
    Equipo e = new Equipo(datos, ahora());
    em.persist(e);
    evento(e, TipoDeEventoDeEquipo.REGISTRO, descripcionDeRegistro(e), null, actor);
    em.flush(); // the version the answer carries is the one a PUT must send back
    LOG.info(() -> "Equipo registrado: " + e.getCodigoPatrimonial() + " por " + actor.getUsuario());
    return e;
  }

  /**
   * New data for an item read at {@code version}: 409 if someone changed it since. The history gets
   * one event listing the changes (ASIGNACION when the person changes); none if nothing did.
   */
  public Equipo actualizar(String codigo, DatosDeEquipo d, long version, Persona actor) {
    exigirEdicion(actor, "editar equipos", "equipo/" + codigo);
    Equipo e = equipo(codigo);
    if (!e.getCodigoPatrimonial().equals(d.codigoPatrimonial())) {
      throw new DatosInvalidosException(
          "codigoPatrimonial", "El código patrimonial de un equipo no se cambia.");
    }
    if (e.getVersion() != version) {
      throw new ConflictoException(
          "Otra persona modificó el equipo "
              + e.getCodigoPatrimonial()
              + " después de que usted lo leyera. Actualice e inténtelo de nuevo.");
    }
    aplicar(e, conUnidad(d), actor, null);
    em.flush();
    return e;
  }

  /** Writes the data on the item and its event; returns the changes (empty: nothing changed). */
  private List<String> aplicar(Equipo e, DatosDeEquipo d, Persona actor, String referencia) {
    boolean otraPersona = e.otraPersona(d);
    List<String> cambios = e.actualizar(d);
    if (!cambios.isEmpty()) {
      evento(
          e,
          otraPersona ? TipoDeEventoDeEquipo.ASIGNACION : TipoDeEventoDeEquipo.ACTUALIZACION,
          String.join("; ", cambios),
          referencia,
          actor);
      LOG.info(
          () -> "Equipo actualizado: " + e.getCodigoPatrimonial() + " por " + actor.getUsuario());
    }
    return cambios;
  }

  /**
   * A line of the item's history written by a procedure's step (a ticket, a maintenance, a loan…),
   * in the caller's transaction. The OTI's people note anything; anyone else only a ticket of an
   * item assigned to her. An unknown código is refused (400), which rolls the caller back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void anotar(
      String codigo,
      TipoDeEventoDeEquipo tipo,
      String descripcion,
      String referencia,
      Persona actor) {
    if (tipo == null) {
      throw new DatosInvalidosException("tipo", "Indique el tipo de anotación.");
    }
    Equipo e = equipoExistente(codigo);
    if (!puedeEditar(actor) && !(tipo == TipoDeEventoDeEquipo.TICKET && asignadoA(e, actor))) {
      rechazar(actor, "anotar en la historia del equipo", "equipo/" + e.getCodigoPatrimonial());
    }
    String texto =
        DatosDeEquipo.texto(
            "descripcion", "La descripción", descripcion, EventoDeEquipo.LARGO_DESCRIPCION, true);
    evento(e, tipo, texto, referencia(referencia), actor);
    LOG.info(
        () ->
            "Equipo "
                + e.getCodigoPatrimonial()
                + ": "
                + tipo
                + " anotado por "
                + actor.getUsuario());
  }

  /**
   * A new state (en reparación, préstamo, baja, operativo again) with its event: MANTENIMIENTO_
   * CORRECTIVO, PRESTAMO, BAJA or ACTUALIZACION. The same state again writes nothing.
   */
  public void cambiarEstado(
      String codigo, EstadoDeEquipo estado, String descripcion, String referencia, Persona actor) {
    if (estado == null) {
      throw new DatosInvalidosException("estado", "Indique el nuevo estado del equipo.");
    }
    Equipo e = equipoExistente(codigo);
    exigirEdicion(actor, "cambiar el estado de un equipo", "equipo/" + e.getCodigoPatrimonial());
    String texto = DatosDeEquipo.texto("descripcion", "La descripción", descripcion, 1800, false);
    String ref = referencia(referencia);
    EstadoDeEquipo antes = e.getEstado();
    if (!e.cambiarEstado(estado)) {
      return;
    }
    TipoDeEventoDeEquipo tipo =
        switch (estado) {
          case EN_REPARACION -> TipoDeEventoDeEquipo.MANTENIMIENTO_CORRECTIVO;
          case EN_PRESTAMO -> TipoDeEventoDeEquipo.PRESTAMO;
          case DADO_DE_BAJA -> TipoDeEventoDeEquipo.BAJA;
          case OPERATIVO -> TipoDeEventoDeEquipo.ACTUALIZACION;
        };
    evento(
        e,
        tipo,
        "Estado: "
            + antes.etiqueta()
            + " → "
            + estado.etiqueta()
            + (texto == null ? "" : ". " + texto),
        ref,
        actor);
    LOG.info(
        () -> "Equipo " + e.getCodigoPatrimonial() + ": " + estado + " por " + actor.getUsuario());
  }

  // ---------------------------------------------------------------- reading

  public Optional<Equipo> porCodigo(String codigo) {
    if (codigo == null || codigo.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT e FROM Equipo e WHERE e.codigoPatrimonial = :c", Equipo.class)
        .setParameter("c", codigo.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public List<Equipo> asignadosA(String usuario) {
    if (usuario == null || usuario.isBlank()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM Equipo e WHERE e.usuarioAsignado = :u ORDER BY e.codigoPatrimonial",
            Equipo.class)
        .setParameter("u", usuario.strip().toLowerCase(Locale.ROOT))
        .getResultList();
  }

  /** Under warranty on that day; an unknown código is refused. */
  public boolean enGarantia(String codigo, LocalDate fecha) {
    return equipoExistente(codigo).enGarantia(fecha == null ? hoy() : fecha);
  }

  public List<EventoDeEquipo> historia(String codigo) {
    Equipo e = equipoExistente(codigo);
    return em.createQuery(
            "SELECT x FROM EventoDeEquipo x WHERE x.equipo = :e ORDER BY x.instante, x.id",
            EventoDeEquipo.class)
        .setParameter("e", e)
        .getResultList();
  }

  /** An item and its history, for whom may see it (refusals audited). */
  public DetalleDeEquipo ver(String codigo, Persona viewer) {
    Equipo e = equipo(codigo);
    if (!veTodo(viewer) && !asignadoA(e, viewer)) {
      rechazar(viewer, "ver equipos que no tiene asignados", "equipo/" + e.getCodigoPatrimonial());
    }
    return new DetalleDeEquipo(
        EquipoVista.de(e, hoy()),
        historia(e.getCodigoPatrimonial()).stream().map(EventoVista::de).toList());
  }

  /** The items the viewer may see matching the criteria; outside the OTI, only her own. */
  public Pagina<Equipo> buscar(CriteriosDeEquipo c, Persona viewer) {
    if (viewer == null) {
      throw new AccesoDenegadoException("Debe iniciar sesión.");
    }
    StringBuilder donde = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parametros = new HashMap<>();
    String usuario = veTodo(viewer) ? c.usuario() : viewer.getUsuario();
    if (usuario != null) {
      donde.append(" AND e.usuarioAsignado = :usuario");
      parametros.put("usuario", usuario);
    }
    if (c.q() != null) {
      donde.append(
          (" AND (LOWER(e.codigoPatrimonial) LIKE :q OR LOWER(e.serie) LIKE :q OR LOWER(e.marca)"
                  + " LIKE :q OR LOWER(e.modelo) LIKE :q OR LOWER(e.usuarioAsignado) LIKE :q OR"
                  + " LOWER(e.ubicacion) LIKE :q)")
              .replace(" LIKE :q", " LIKE :q" + TextoBuscado.ESCAPE));
      parametros.put("q", TextoBuscado.contiene(c.q()));
    }
    if (c.tipo() != null) {
      donde.append(" AND e.tipo = :tipo");
      parametros.put("tipo", c.tipo());
    }
    if (c.unidad() != null) {
      donde.append(" AND e.unidad = :unidad");
      parametros.put("unidad", c.unidad());
    }
    if (c.estado() != null) {
      donde.append(" AND e.estado = :estado");
      parametros.put("estado", c.estado());
    }
    if (c.enGarantia() != null) {
      donde.append(
          c.enGarantia()
              ? " AND e.garantiaHasta >= :fecha"
              : " AND (e.garantiaHasta IS NULL OR e.garantiaHasta < :fecha)");
      parametros.put("fecha", c.fecha() == null ? hoy() : c.fecha());
    }
    boolean desc = c.orden().startsWith("-");
    String columna =
        switch (desc ? c.orden().substring(1) : c.orden()) {
          case "tipo" -> "e.tipo";
          case "marca" -> "e.marca";
          case "usuario" -> "e.usuarioAsignado";
          case "unidad" -> "e.unidad";
          case "ubicacion" -> "e.ubicacion";
          case "garantia" -> "e.garantiaHasta";
          case "estado" -> "e.estado";
          default -> "e.codigoPatrimonial";
        };
    TypedQuery<Equipo> consulta =
        em.createQuery(
            "SELECT e FROM Equipo e"
                + donde
                + " ORDER BY "
                + columna
                + (desc ? " DESC" : "")
                + " NULLS LAST, e.codigoPatrimonial",
            Equipo.class);
    TypedQuery<Long> cuenta = em.createQuery("SELECT COUNT(e) FROM Equipo e" + donde, Long.class);
    parametros.forEach(
        (k, v) -> {
          consulta.setParameter(k, v);
          cuenta.setParameter(k, v);
        });
    List<Equipo> filas =
        consulta.setFirstResult(c.pagina() * c.tamano()).setMaxResults(c.tamano()).getResultList();
    return new Pagina<>(filas, cuenta.getSingleResult(), c.pagina(), c.tamano());
  }

  /** Today in Lima, by the engine's clock (moved only in the tests' server). */
  public LocalDate hoy() {
    return LocalDate.ofInstant(ahora(), Reloj.LIMA);
  }

  // ---------------------------------------------------------------- helpers

  /** The person and the unit checked; the unit taken from the person when not given. */
  private DatosDeEquipo conUnidad(DatosDeEquipo d) {
    var padron = LecturaDeInventario.padron(personas, unidades);
    if (d.usuarioAsignado() != null && !padron.existeUsuario(d.usuarioAsignado())) {
      throw new DatosInvalidosException(
          "usuarioAsignado", "No existe el usuario «" + d.usuarioAsignado() + "» en el portal.");
    }
    if (d.unidad() != null && !padron.existeUnidad(d.unidad())) {
      throw new DatosInvalidosException(
          "unidad", "No existe la unidad orgánica «" + d.unidad() + "».");
    }
    if (d.unidad() != null || d.usuarioAsignado() == null) {
      return d;
    }
    return new DatosDeEquipo(
        d.codigoPatrimonial(),
        d.tipo(),
        d.marca(),
        d.modelo(),
        d.serie(),
        d.usuarioAsignado(),
        padron.unidadDe(d.usuarioAsignado()),
        d.ubicacion(),
        d.garantiaHasta(),
        d.estado());
  }

  private void evento(
      Equipo e, TipoDeEventoDeEquipo tipo, String descripcion, String referencia, Persona actor) {
    em.persist(new EventoDeEquipo(e, ahora(), tipo, descripcion, referencia, actor.getUsuario()));
    auditoria.registrar(
        actor.getUsuario(),
        "EQUIPO_" + tipo.name(),
        "equipo/" + e.getCodigoPatrimonial(),
        descripcion == null ? tipo.etiqueta() : descripcion);
  }

  static String descripcionDeRegistro(Equipo e) {
    List<String> partes = new ArrayList<>();
    partes.add(
        e.getTipo().etiqueta()
            + " "
            + e.getMarca()
            + (e.getModelo() == null ? "" : " " + e.getModelo())
            + (e.getSerie() == null ? "" : ", serie " + e.getSerie()));
    if (e.getUsuarioAsignado() != null) {
      partes.add("asignado a " + e.getUsuarioAsignado());
    }
    if (e.getUnidad() != null) {
      partes.add("unidad " + e.getUnidad());
    }
    if (e.getUbicacion() != null) {
      partes.add(e.getUbicacion());
    }
    partes.add("estado " + e.getEstado().etiqueta());
    return "Registrado: " + String.join("; ", partes);
  }

  private static String referencia(String referencia) {
    return DatosDeEquipo.texto(
        "referencia", "La referencia", referencia, EventoDeEquipo.LARGO_REFERENCIA, false);
  }

  private static boolean asignadoA(Equipo e, Persona p) {
    return p != null && p.getUsuario().equals(e.getUsuarioAsignado());
  }

  /** The item, or 404. */
  private Equipo equipo(String codigo) {
    return porCodigo(codigo)
        .orElseThrow(
            () ->
                new NoEncontradoException(
                    "No existe el equipo con código patrimonial " + limpio(codigo) + "."));
  }

  /** The item a step names, or 400: the step's data are wrong, not the address. */
  private Equipo equipoExistente(String codigo) {
    return porCodigo(codigo)
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    "codigoPatrimonial",
                    "No existe el equipo con código patrimonial "
                        + limpio(codigo)
                        + " en el inventario."));
  }

  private static String limpio(String codigo) {
    if (codigo == null || codigo.isBlank()) {
      return "(vacío)";
    }
    String c = Auditoria.neutralizar(codigo.strip());
    return c.length() <= 30 ? c : c.substring(0, 30) + "…";
  }

  private void exigirEdicion(Persona actor, String accion, String objeto) {
    if (!puedeEditar(actor)) {
      rechazar(actor, accion, objeto);
    }
  }

  private void rechazar(Persona actor, String accion, String objeto) {
    String usuario = actor == null ? "(anónimo)" : actor.getUsuario();
    auditoria.registrarAparte(usuario, "RECHAZO_EQUIPO", objeto, accion);
    throw new AccesoDenegadoException("Solo el personal de la OTI puede " + accion + ".");
  }

  private Instant ahora() {
    return flujos.ahora();
  }
}
