package pe.gob.minem.tramite.application.archivo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.Facetas;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.archivo.BusquedaGuardada;
import pe.gob.minem.tramite.domain.model.archivo.TareaDeIndexacion;
import pe.gob.minem.tramite.domain.model.archivo.TextoExtraido;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.EstadoDocumento;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.ArchivoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.archivo.ComponentesDelArchivo;

/**
 * The archive as people use it: search (only what the caller may see, filtered inside the index
 * query), their saved searches, and for administrators the index's health, the documents whose text
 * could not be extracted, and a rebuild from the database and the document store.
 */
@Stateless
public class ArchivoService {

  private static final Logger LOG = Logger.getLogger(ArchivoService.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteRepository expedientes;
  @Inject DocumentoRepository documentos;
  @Inject UnidadOrganicaRepository unidades;

  @Inject PersonaActual personaActual;
  @Inject ComponentesDelArchivo archivo;
  @Inject ColaDeIndexacion cola;
  @Inject IndexadorDelArchivo indexador;
  @Inject Auditoria auditoria;
  @Inject ConteosDelArchivo conteosDelArchivo;

  /** What the person asked for. */
  public record Busqueda(
      String texto,
      Map<String, Set<String>> filtros,
      LocalDate desde,
      LocalDate hasta,
      Consulta.Orden orden,
      int inicio,
      int tamano) {}

  public Resultado buscar(Busqueda b) {
    if (b.texto() != null && b.texto().length() > 500) {
      throw new DatosInvalidosException("q", "La búsqueda no puede pasar de 500 caracteres.");
    }
    if (b.desde() != null && b.hasta() != null && b.hasta().isBefore(b.desde())) {
      throw new DatosInvalidosException("hasta", "La fecha final es anterior a la inicial.");
    }
    for (String f : b.filtros().keySet()) {
      if (!Facetas.TODAS.contains(f)) {
        throw new DatosInvalidosException(f, "No se puede filtrar por «" + f + "».");
      }
    }
    int tamano = b.tamano() <= 0 ? 20 : Math.min(b.tamano(), 100);
    Persona p = personaActual.persona();
    return archivo
        .indice()
        .buscar(
            new Consulta(
                b.texto(),
                b.filtros(),
                b.desde(),
                b.hasta(),
                b.orden(),
                Math.max(0, b.inicio()),
                tamano,
                Lectores.de(p)));
  }

  /** The words to show for a facet value (the index keeps codes). */
  public Map<String, String> etiquetas() {
    Map<String, String> e = new HashMap<>();
    for (var v : EstadoExpediente.values()) {
      e.put(Facetas.ESTADO + ":" + v.name(), v.etiqueta());
    }
    for (var v : EstadoDocumento.values()) {
      e.put(Facetas.ESTADO + ":" + v.name(), v.etiqueta());
    }
    for (var v : TipoDocumento.values()) {
      e.put(Facetas.TIPO + ":" + v.name(), v.etiqueta());
    }
    for (var v : TipoDocumentoInterno.values()) {
      e.put(Facetas.TIPO + ":" + v.name(), v.etiqueta());
    }
    for (var v : Origen.values()) {
      e.put(Facetas.ORIGEN + ":" + v.name(), v.etiqueta());
    }
    for (UnidadOrganica u : unidades.todas()) {
      e.put(Facetas.UNIDAD + ":" + u.getCodigo(), u.getCodigo() + " — " + u.getNombre());
    }
    e.put(Facetas.FIRMADO + ":si", "Firmado");
    e.put(Facetas.FIRMADO + ":no", "Sin firma");
    e.put(Facetas.CLASE + ":" + EntradasDelArchivo.EXPEDIENTE, "Expediente");
    e.put(Facetas.CLASE + ":" + EntradasDelArchivo.ARCHIVO, "Archivo recibido");
    e.put(Facetas.CLASE + ":" + EntradasDelArchivo.DOCUMENTO, "Documento elaborado");
    return e;
  }

  // ------------------------------------------------------------------ saved searches

  /** A saved search. */
  public record Guardada(long id, String nombre, String consulta, Instant creada)
      implements Serializable {}

  public List<Guardada> busquedasGuardadas() {
    Persona p = personaActual.persona();
    return em.createQuery(
            "SELECT b FROM BusquedaGuardada b WHERE b.persona = :p ORDER BY b.nombre",
            BusquedaGuardada.class)
        .setParameter("p", p)
        .getResultStream()
        .map(b -> new Guardada(b.getId(), b.getNombre(), b.getConsulta(), b.getCreada()))
        .toList();
  }

  /** Saves (or replaces, same name) a search of the caller's. */
  public Guardada guardarBusqueda(String nombre, String consulta) {
    if (nombre == null || nombre.isBlank() || nombre.strip().length() > 120) {
      throw new DatosInvalidosException(
          "nombre", "Indique un nombre para la búsqueda (hasta 120 caracteres).");
    }
    if (consulta == null || consulta.length() > 2000) {
      throw new DatosInvalidosException("consulta", "La búsqueda es demasiado larga.");
    }
    Persona p = personaActual.persona();
    String n = nombre.strip();
    var existente =
        em.createQuery(
                "SELECT b FROM BusquedaGuardada b WHERE b.persona = :p AND b.nombre = :n",
                BusquedaGuardada.class)
            .setParameter("p", p)
            .setParameter("n", n)
            .getResultStream()
            .findFirst();
    BusquedaGuardada b;
    if (existente.isPresent()) {
      b = existente.get();
      b.reemplazar(consulta, Instant.now());
    } else {
      b = new BusquedaGuardada(p, n, consulta, Instant.now());
      em.persist(b);
      em.flush();
    }
    return new Guardada(b.getId(), b.getNombre(), b.getConsulta(), b.getCreada());
  }

  public void eliminarBusqueda(long id) {
    Persona p = personaActual.persona();
    var b = em.find(BusquedaGuardada.class, id);
    if (b == null || !b.getPersona().getId().equals(p.getId())) {
      if (b != null) {
        auditoria.registrarAparte(
            p.getUsuario(), "RECHAZO_BUSQUEDA", String.valueOf(id), "búsqueda de otra persona");
      }
      throw new NoEncontradoException("No existe la búsqueda guardada " + id + ".");
    }
    em.remove(b);
  }

  // ------------------------------------------------------------------ administration

  /** Index health: its counts beside the database's, the queue and the extraction outcomes. */
  public record Estado(
      Map<String, Long> indice,
      Map<String, Long> baseDeDatos,
      boolean coincide,
      long colaPendiente,
      long colaEnCurso,
      long colaFallida,
      long textosExtraidos,
      long textosFallidos,
      long textosPorReintentar,
      boolean trabajando,
      String extractor,
      String directorio,
      Reconstruccion reconstruccion)
      implements Serializable {}

  /** A rebuild's progress. */
  public record Reconstruccion(Instant inicio, long total, long hechas, boolean terminada)
      implements Serializable {
    public int porcentaje() {
      return total == 0 ? 100 : (int) (100 * hechas / total);
    }
  }

  public Estado estado() {
    exigirAdministrador("consultar el estado del índice");
    var conteos = conteosDelArchivo.contar();
    return new Estado(
        conteos.indice(),
        conteos.baseDeDatos(),
        conteos.coinciden(),
        cola(TareaDeIndexacion.Estado.PENDIENTE),
        cola(TareaDeIndexacion.Estado.EN_CURSO),
        cola(TareaDeIndexacion.Estado.FALLIDA),
        textos(TextoExtraido.Estado.EXTRAIDO),
        textos(TextoExtraido.Estado.FALLIDO),
        textos(TextoExtraido.Estado.REINTENTAR),
        indexador.trabajando(),
        archivo.extractor().descripcion(),
        archivo.ubicacion(),
        reconstruccion());
  }

  /** A stored file whose text could not be extracted, and why. */
  public record Falla(
      long id,
      String clase,
      long referencia,
      String expediente,
      String nombre,
      String motivo,
      int intentos,
      String estado,
      Instant fecha)
      implements Serializable {}

  public List<Falla> fallas() {
    exigirAdministrador("consultar las extracciones fallidas");
    return em.createQuery(
            "SELECT t FROM TextoExtraido t WHERE t.estado <> :ok ORDER BY t.fecha DESC",
            TextoExtraido.class)
        .setParameter("ok", TextoExtraido.Estado.EXTRAIDO)
        .setMaxResults(500)
        .getResultStream()
        .map(
            t -> {
              var origen = origenDe(t);
              return new Falla(
                  t.getId(),
                  t.getClase().name(),
                  t.getReferencia(),
                  origen.expediente().getNumero(),
                  origen.nombre(),
                  t.getMotivo(),
                  t.getIntentos(),
                  t.getEstado().name(),
                  t.getFecha());
            })
        .toList();
  }

  /** Tries a failed extraction again (e.g. after installing the OCR engine). */
  public void reintentar(long textoId) {
    Persona p = exigirAdministrador("reintentar una extracción");
    var t = em.find(TextoExtraido.class, textoId);
    if (t == null) {
      throw new NoEncontradoException("No existe la extracción " + textoId + ".");
    }
    t.reintentar();
    cola.encolar(origenDe(t).expediente());
    auditoria.registrar(
        p.getUsuario(), "ARCHIVO_REINTENTO", t.getClase() + ":" + t.getReferencia(), null);
  }

  /**
   * Empties the index and queues every expediente: the worker rebuilds the entries from the
   * database and the stored texts (extracting only what is missing). Durable: a restart midway
   * carries on.
   */
  public Reconstruccion reconstruir() {
    Persona p = exigirAdministrador("reconstruir el índice");
    var indice = archivo.indice();
    indice.vaciar();
    indice.confirmar();
    Instant inicio = Instant.now();
    List<Long> ids = expedientes.ids();
    for (long id : ids) {
      cola.encolar(id);
    }
    archivo.reconstruccionIniciada(inicio, ids.size());
    auditoria.registrar(
        p.getUsuario(), "ARCHIVO_RECONSTRUCCION", "indice", ids.size() + " expedientes");
    LOG.info("Archivo: reconstrucción del índice pedida por " + p.getUsuario());
    return new Reconstruccion(inicio, ids.size(), 0, ids.isEmpty());
  }

  public Reconstruccion reconstruccion() {
    var inicio = archivo.inicioReconstruccion();
    if (inicio == null) {
      return null;
    }
    long faltan =
        em.createQuery(
                "SELECT COUNT(t) FROM TareaDeIndexacion t WHERE t.creada >= :inicio AND t.estado IN"
                    + " :estados",
                Long.class)
            .setParameter("inicio", inicio)
            .setParameter(
                "estados",
                List.of(TareaDeIndexacion.Estado.PENDIENTE, TareaDeIndexacion.Estado.EN_CURSO))
            .getSingleResult();
    long total = archivo.totalReconstruccion();
    long hechas = Math.max(0, total - faltan);
    return new Reconstruccion(inicio, total, hechas, faltan == 0);
  }

  private record Procedencia(Expediente expediente, String nombre) {}

  private Procedencia origenDe(TextoExtraido t) {
    if (t.getClase() == TextoExtraido.Clase.ARCHIVO) {
      ArchivoExpediente a = expedientes.archivo(t.getReferencia()).orElseThrow();
      return new Procedencia(a.getExpediente(), a.getNombre());
    }
    VersionDocumento v = documentos.version(t.getReferencia()).orElseThrow();
    return new Procedencia(
        v.getDocumento().getExpediente(),
        v.getDocumento().getAsunto() + " (versión " + v.getNumero() + ")");
  }

  private Persona exigirAdministrador(String accion) {
    Persona p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_ARCHIVO", "indice", accion);
      throw new AccesoDenegadoException("Solo un administrador puede " + accion + ".");
    }
    return p;
  }

  private long cola(TareaDeIndexacion.Estado estado) {
    return em.createQuery(
            "SELECT COUNT(t) FROM TareaDeIndexacion t WHERE t.estado = :e", Long.class)
        .setParameter("e", estado)
        .getSingleResult();
  }

  private long textos(TextoExtraido.Estado estado) {
    return em.createQuery("SELECT COUNT(t) FROM TextoExtraido t WHERE t.estado = :e", Long.class)
        .setParameter("e", estado)
        .getSingleResult();
  }
}
