package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.TextoBuscado;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.Vistas.Pagina;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Reading expedientes: one by number, lists with filters and paging, the hoja de ruta, the files
 * and the process diagram, only what the caller may see. A person sees an expediente that passed
 * through one of their units, that they registered, or that they are responsible for; an
 * administrator sees all. An expediente they may not see is "not found", like one that does not
 * exist.
 */
@Stateless
public class ConsultaExpedientes {

  /**
   * Needs {@code LEFT JOIN e.responsable r}: a path through a null responsable would drop the row.
   */
  /**
   * The rule of {@link pe.gob.minem.tramite.application.archivo.Lectores#puedeVer} (ADR 0011) as a
   * query, so that the list shows exactly the expedientes that open for the same person: público,
   * every person; whoever handled it (registered it, is its responsable, acted or was named in its
   * hoja de ruta); reservado, the persons of a unit it passed through; confidencial, the directors
   * of such a unit.
   */
  private static final String VISIBLE =
      " (e.confidencialidad = pe.gob.minem.tramite.domain.model.expediente.Confidencialidad.PUBLICO"
          + " OR e.registradoPor = :usuario OR r.usuario = :usuario OR EXISTS (SELECT m0.id FROM"
          + " Movimiento m0 WHERE m0.expediente = e AND (m0.usuario = :usuario OR"
          + " m0.personaDestinoUsuario = :usuario))"
          + " OR (e.confidencialidad ="
          + " pe.gob.minem.tramite.domain.model.expediente.Confidencialidad.RESERVADO AND"
          + " (e.unidadActual.codigo IN :unidades OR EXISTS (SELECT m.id FROM Movimiento m WHERE"
          + " m.expediente = e AND (m.unidadCodigo IN :unidades OR m.unidadDestinoCodigo IN"
          + " :unidades))))"
          + " OR (e.confidencialidad ="
          + " pe.gob.minem.tramite.domain.model.expediente.Confidencialidad.CONFIDENCIAL AND"
          + " (e.unidadActual.codigo IN :dirigidas OR EXISTS (SELECT m2.id FROM Movimiento m2 WHERE"
          + " m2.expediente = e AND (m2.unidadCodigo IN :dirigidas OR m2.unidadDestinoCodigo IN"
          + " :dirigidas)))))";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteRepository expedientes;
  @Inject PersonaActual personaActual;
  @Inject DocumentStore documentos;
  @Inject Flujos flujos;
  @Inject Auditoria auditoria;

  /** The BPMN of the expediente's current process and where it is. */
  public record Diagrama(
      String titulo, String bpmnXml, List<String> activas, List<String> completadas) {}

  /** A file's bytes and how to serve them. */
  public record Contenido(ArchivoVista archivo, InputStream bytes) {}

  /** What anyone holding a cargo de recepción may check, without logging in. */
  public record Constancia(
      String numero,
      java.time.Instant fechaRegistro,
      int folios,
      String estado,
      String unidadActual) {}

  /** Public check of a verification code (the QR of the cargo de recepción); no personal data. */
  public java.util.Optional<Constancia> verificar(String codigo) {
    if (codigo == null
        || !codigo.strip().toUpperCase().matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
      return java.util.Optional.empty();
    }
    return em.createNamedQuery("Expediente.porCodigo", Expediente.class)
        .setParameter("codigo", codigo.strip().toUpperCase())
        .getResultStream()
        .findFirst()
        .map(
            e ->
                new Constancia(
                    e.getNumero(),
                    e.getFechaRegistro(),
                    e.getFolios(),
                    e.getEstado().etiqueta(),
                    e.getUnidadActual().getNombre()));
  }

  public ExpedienteVista buscar(String numero) {
    return ExpedienteVista.de(visible(numero), Reloj.hoy());
  }

  public Pagina<ExpedienteVista> listar(
      String texto, String estado, String prioridad, int pagina, int tamano) {
    Persona p = personaActual.persona();
    if (pagina < 0 || tamano < 1 || tamano > 200) {
      throw new DatosInvalidosException("page", "Página fuera de rango (tamaño entre 1 y 200).");
    }
    var where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!p.isAdministrador()) {
      where.append(" AND").append(VISIBLE);
      params.put("usuario", p.getUsuario());
      params.put("unidades", unidades(p));
      params.put("dirigidas", dirigidas(p));
    }
    if (texto != null && !texto.isBlank()) {
      where.append(
          (" AND (LOWER(e.numero) LIKE :texto OR LOWER(e.asunto) LIKE :texto OR"
                  + " LOWER(e.remitente.nombre) LIKE :texto OR e.remitente.numeroDocumento LIKE"
                  + " :texto)")
              .replace(":texto", ":texto" + TextoBuscado.ESCAPE));
      params.put("texto", TextoBuscado.contiene(texto));
    }
    if (estado != null && !estado.isBlank()) {
      where.append(" AND e.estado = :estado");
      params.put("estado", valor(EstadoExpediente.class, estado, "estado"));
    }
    if (prioridad != null && !prioridad.isBlank()) {
      where.append(" AND e.prioridad = :prioridad");
      params.put("prioridad", valor(Prioridad.class, prioridad, "prioridad"));
    }
    TypedQuery<Long> cuenta =
        em.createQuery(
            "SELECT COUNT(e) FROM Expediente e LEFT JOIN e.responsable r" + where, Long.class);
    TypedQuery<Expediente> q =
        em.createQuery(
            "SELECT e FROM Expediente e LEFT JOIN e.responsable r"
                + where
                + " ORDER BY e.fechaRegistro DESC, e.id DESC",
            Expediente.class);
    params.forEach(
        (k, v) -> {
          cuenta.setParameter(k, v);
          q.setParameter(k, v);
        });
    var hoy = Reloj.hoy();
    List<ExpedienteVista> items =
        q.setFirstResult(pagina * tamano)
            .setMaxResults(tamano)
            .getResultStream()
            .map(e -> ExpedienteVista.de(e, hoy))
            .toList();
    return new Pagina<>(items, cuenta.getSingleResult(), pagina, tamano);
  }

  /**
   * When the expedientes the caller may see were registered, from {@code desde} on (the dashboards'
   * volumes per month, ADR 0035): the same rule as {@link #listar}.
   */
  public List<java.time.Instant> fechasDeRegistroVisibles(java.time.Instant desde) {
    Persona p = personaActual.persona();
    String where =
        " WHERE e.fechaRegistro >= :desde" + (p.isAdministrador() ? "" : " AND" + VISIBLE);
    TypedQuery<java.time.Instant> q =
        em.createQuery(
            "SELECT e.fechaRegistro FROM Expediente e LEFT JOIN e.responsable r" + where,
            java.time.Instant.class);
    q.setParameter("desde", desde);
    if (!p.isAdministrador()) {
      q.setParameter("usuario", p.getUsuario());
      q.setParameter("unidades", unidades(p));
      q.setParameter("dirigidas", dirigidas(p));
    }
    return q.getResultList();
  }

  public List<MovimientoVista> hojaDeRuta(String numero) {
    return visible(numero).getMovimientos().stream().map(MovimientoVista::de).toList();
  }

  public Contenido archivo(String numero, long archivoId) {
    Expediente e = visible(numero);
    var a =
        e.getArchivos().stream()
            .filter(x -> x.getId() == archivoId)
            .findFirst()
            .orElseThrow(() -> new NoEncontradoException("El archivo no existe."));
    try {
      return new Contenido(
          new ArchivoVista(a.getId(), a.getNombre(), a.getTipoMime(), a.getTamano(), a.getSha256()),
          documentos.abrir(a.getSha256()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Where each process of the expediente stands: its routing or attention, and every document's
   * P/OGA-TI-02 still running, each drawn over its own definition version.
   */
  public List<Diagrama> diagramas(String numero) {
    return diagramas(visible(numero));
  }

  /** {@link #diagramas(String)} of an expediente the caller may see (already checked). */
  public List<Diagrama> diagramas(Expediente e) {
    // while it is being routed, the MAPRO's sub-process (P/OGA-TI-01); then the portal's process
    String instancia = flujos.subprocesoEnCurso(e.getProcesoId()).orElse(e.getProcesoId());
    List<Diagrama> l = new ArrayList<>();
    flujos.recorrido(instancia).ifPresent(r -> l.add(diagrama("Expediente " + e.getNumero(), r)));
    em.createQuery(
            "SELECT d FROM Documento d WHERE d.expediente = :e AND d.procesoId IS NOT NULL"
                + " ORDER BY d.id",
            pe.gob.minem.tramite.domain.model.documento.Documento.class)
        .setParameter("e", e)
        .getResultStream()
        .filter(d -> flujos.enCurso(d.getProcesoId()))
        .forEach(
            d ->
                flujos
                    .recorrido(d.getProcesoId())
                    .ifPresent(
                        r ->
                            l.add(
                                diagrama(d.getTipo().etiqueta() + " «" + d.getAsunto() + "»", r))));
    return l;
  }

  private static Diagrama diagrama(String titulo, Flujos.Recorrido r) {
    return new Diagrama(
        titulo + " — " + r.nombreDelProceso(), r.bpmnXml(), r.activas(), r.completadas());
  }

  /** The expediente, if the caller may see it; "not found" otherwise (and the refusal logged). */
  public Expediente visible(String numero) {
    return visiblePara(personaActual.persona(), numero);
  }

  /** As {@link #visible(String)}, for this person. */
  public Expediente visiblePara(Persona p, String numero) {
    var numeroLeido = NumeroExpediente.de(numero);
    String n = numeroLeido.toString();
    Expediente e =
        expedientes
            .porNumero(numeroLeido)
            .orElseThrow(() -> new NoEncontradoException("No existe el expediente " + n + "."));
    // the same rule as the archive's index (ADR 0011): público, reservado, confidencial
    if (!pe.gob.minem.tramite.application.archivo.Lectores.puedeVer(p, e)) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_CONSULTA",
          n,
          "sin acceso ("
              + e.getConfidencialidad().etiqueta().toLowerCase(java.util.Locale.ROOT)
              + ")");
      throw new NoEncontradoException("No existe el expediente " + n + ".");
    }
    return e;
  }

  private static List<String> dirigidas(Persona p) {
    var u = new ArrayList<String>();
    p.getCargos().stream()
        .filter(c -> c.getRol() == pe.gob.minem.tramite.domain.model.organizacion.Rol.DIRECTOR)
        .forEach(c -> u.add(c.getUnidad().getCodigo()));
    if (u.isEmpty()) {
      u.add("-");
    }
    return u;
  }

  private static List<String> unidades(Persona p) {
    var u = new ArrayList<>(p.codigosDeUnidad());
    if (u.isEmpty()) {
      u.add("-");
    }
    return u;
  }

  private static <E extends Enum<E>> E valor(Class<E> tipo, String texto, String campo) {
    try {
      return Enum.valueOf(tipo, texto.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(campo, "Valor no reconocido para " + campo + ": " + texto);
    }
  }
}
