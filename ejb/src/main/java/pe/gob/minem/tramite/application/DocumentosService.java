package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.documentos.TipoDeArchivo;
import pe.gob.minem.tramite.infrastructure.pdf.PieDeVerificacion;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;

/**
 * Documents inside an expediente: an analyst drafts one (a PDF, stamped with its verification
 * footer before any signature), uploads new versions while it is in his hands, and sends it
 * through P/OGA-TI-02.
 */
@Stateless
public class DocumentosService {

  private static final Logger LOG = Logger.getLogger(DocumentosService.class.getName());

  /** The unit whose MAPRO this is: its analysts, specialists and coordinators draft. */
  static final String UNIDAD_AUTORA = "OTI";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject DocumentStore documentos;
  @Inject MotorDeProcesos motor;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.url-publica", defaultValue = "http://localhost:8080")
  String urlPublica;

  @Inject
  @ConfigProperty(name = "tramite.archivos.tamano-maximo", defaultValue = "52428800")
  long tamanoMaximo;

  /** A document and its history, for the web and the API. */
  public record DocumentoVista(
      Long id, String numeroExpediente, String tipo, String tipoEtiqueta, boolean paraSuscribir,
      String asunto, String autor, String estado, String codigoVerificacion, boolean publico,
      int versionActual, List<VersionVista> versiones, List<FirmaVista> firmas) {}

  public record VersionVista(int numero, String nombre, String sha256, long tamano, String origen,
      String motivo, String creadaPor, Instant fecha) {}

  public record FirmaVista(String clase, int actividad, String firmante, String cargo, Instant fecha,
      String nivel, String indicacion, int version, boolean anulada, String motivoAnulacion) {}

  public DocumentoVista crear(String numeroExpediente, TipoDocumentoInterno tipo, String asunto,
      boolean publico, ArchivoRecibido archivo) {
    Persona autor = personaActual.persona();
    if (!puedeElaborar(autor)) {
      auditoria.registrarAparte(autor.getUsuario(), "RECHAZO_DOCUMENTO", numeroExpediente, "no es analista, especialista o coordinador");
      throw new AccesoDenegadoException(
          "Solo un analista, especialista o coordinador de la OTI elabora documentos para visto bueno o suscripción.");
    }
    if (tipo == null) {
      throw new DatosInvalidosException("tipo", "Indique el tipo de documento.");
    }
    if (asunto == null || asunto.isBlank() || asunto.length() > 500) {
      throw new DatosInvalidosException("asunto", "Indique el asunto del documento (hasta 500 caracteres).");
    }
    Expediente e = consulta.visible(numeroExpediente);
    Instant ahora = Instant.now();
    var d = new Documento(e, tipo, asunto.strip(), autor, unidad(UNIDAD_AUTORA), MesaDePartesService.codigo(), publico, ahora);
    var contenido = guardarConPie(archivo, d.getCodigoVerificacion());
    d.nuevoContenido(archivo.nombreLimpio(), contenido.sha256(), contenido.tamano(), VersionDocumento.Origen.SUBIDO,
        "Versión inicial", autor.getUsuario(), ahora);
    em.persist(d);
    em.flush();
    Map<String, Object> variables = new HashMap<>();
    variables.put("numero", e.getNumero());
    variables.put("documentoId", d.getId());
    variables.put("documento", d.getCodigoVerificacion());
    variables.put("autor", autor.getUsuario());
    variables.put("paraSuscribir", tipo.paraSuscribir());
    var instancia = motor.ejecucion().startProcessInstanceByKey(VistoBuenoService.PROCESO, d.getCodigoVerificacion(), variables);
    d.iniciarProceso(instancia.getId());
    e.anotar(new Movimiento.Datos(ahora, "P/OGA-TI-02", 0, Movimiento.Accion.ELABORACION,
        recortar(tipo.etiqueta() + " «" + d.getAsunto() + "» elaborado (versión 1)"), autor.getUsuario(),
        autor.getNombreCompleto(), autor.cargoEn(UNIDAD_AUTORA), UNIDAD_AUTORA, null, null, null, null, null, null));
    auditoria.registrar(autor.getUsuario(), "DOCUMENTO_CREADO", e.getNumero(), tipo + " " + d.getCodigoVerificacion());
    LOG.info(() -> "Documento " + d.getCodigoVerificacion() + " creado en " + e.getNumero() + " por " + autor.getUsuario());
    return vista(d);
  }

  /**
   * A new content while the document is with its author (before sending it, or when changes were
   * asked). Every V°B° given so far is voided, and the hoja de ruta says so.
   */
  public DocumentoVista nuevaVersion(long documentoId, ArchivoRecibido archivo) {
    Persona p = personaActual.persona();
    Documento d = em.find(Documento.class, documentoId);
    if (d == null) {
      throw new NoEncontradoException("No existe el documento " + documentoId + ".");
    }
    consulta.visible(d.getExpediente().getNumero());
    if (!d.getAutor().getUsuario().equals(p.getUsuario())) {
      auditoria.registrarAparte(p.getUsuario(), "RECHAZO_VERSION", d.getCodigoVerificacion(), "no es el autor");
      throw new AccesoDenegadoException("Solo el autor del documento sube nuevas versiones.");
    }
    boolean enManosDelAutor = motor.tareas().createTaskQuery().processInstanceId(d.getProcesoId())
        .taskAssignee(p.getUsuario()).taskDefinitionKeys(List.of("vb1", "vb4")).count() > 0;
    if (!enManosDelAutor) {
      throw new ConflictoException(
          "El documento está en revisión: podrá subir una nueva versión cuando se le soliciten cambios.");
    }
    Instant ahora = Instant.now();
    var contenido = guardarConPie(archivo, d.getCodigoVerificacion());
    List<Firma> anuladas = d.nuevoContenido(archivo.nombreLimpio(), contenido.sha256(), contenido.tamano(),
        VersionDocumento.Origen.SUBIDO, "Ajustes del autor", p.getUsuario(), ahora);
    String detalle = anuladas.isEmpty() ? "" : "; anula el V°B° de " + String.join(", ",
        anuladas.stream().map(Firma::getFirmanteNombre).toList()) + ", que deberá darse de nuevo";
    d.getExpediente().anotar(new Movimiento.Datos(ahora, "P/OGA-TI-02", 4, Movimiento.Accion.NUEVA_VERSION,
        recortar(d.getTipo().etiqueta() + " «" + d.getAsunto() + "»: versión " + d.versionActual().getNumero() + detalle),
        p.getUsuario(), p.getNombreCompleto(), p.cargoEn(UNIDAD_AUTORA), UNIDAD_AUTORA, null, null, null, null, null, null));
    auditoria.registrar(p.getUsuario(), "DOCUMENTO_VERSION", d.getCodigoVerificacion(), "versión " + d.versionActual().getNumero());
    return vista(d);
  }

  public DocumentoVista buscar(long documentoId) {
    Documento d = em.find(Documento.class, documentoId);
    if (d == null) {
      throw new NoEncontradoException("No existe el documento " + documentoId + ".");
    }
    consulta.visible(d.getExpediente().getNumero());
    return vista(d);
  }

  public List<DocumentoVista> deExpediente(String numero) {
    var e = consulta.visible(numero);
    return em.createNamedQuery("Documento.deExpediente", Documento.class)
        .setParameter("numero", e.getNumero()).getResultStream().map(DocumentosService::vista).toList();
  }

  /** The bytes of a version (the current one when {@code numero} is 0). */
  public byte[] contenido(long documentoId, int numero) {
    Documento d = em.find(Documento.class, documentoId);
    if (d == null) {
      throw new NoEncontradoException("No existe el documento " + documentoId + ".");
    }
    consulta.visible(d.getExpediente().getNumero());
    var v = numero == 0 ? d.versionActual()
        : d.getVersiones().stream().filter(x -> x.getNumero() == numero).findFirst()
            .orElseThrow(() -> new NoEncontradoException("No existe la versión " + numero + "."));
    try (var in = documentos.abrir(v.getSha256())) {
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public boolean puedeElaborar(Persona p) {
    return p.tieneRolEn(Rol.ANALISTA, UNIDAD_AUTORA) || p.tieneRolEn(Rol.ESPECIALISTA, UNIDAD_AUTORA)
        || p.tieneRolEn(Rol.COORDINADOR, UNIDAD_AUTORA);
  }

  /** Only PDFs for now; the verification footer goes on before any signature. */
  private DocumentStore.Contenido guardarConPie(ArchivoRecibido archivo, String codigo) {
    String nombre = archivo.nombreLimpio();
    try {
      byte[] bytes = archivo.contenido().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, tamanoMaximo + 1));
      if (bytes.length > tamanoMaximo) {
        throw new pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException(tamanoMaximo);
      }
      if (bytes.length == 0) {
        throw new DatosInvalidosException("archivo", "El archivo «" + nombre + "» está vacío.");
      }
      String tipo = TipoDeArchivo.confirmar(nombre, new ByteArrayInputStream(bytes));
      if (!TipoDeArchivo.PDF.equals(tipo)) {
        throw new DatosInvalidosException("archivo", "Suba el documento en PDF.");
      }
      byte[] conPie;
      try {
        conPie = PieDeVerificacion.estampar(bytes, codigo, urlVerificacion(codigo));
      } catch (IllegalArgumentException ex) {
        throw new DatosInvalidosException("archivo", ex.getMessage());
      } catch (RuntimeException ex) {
        throw new DatosInvalidosException("archivo", "El PDF «" + nombre + "» está dañado o no se puede leer.");
      }
      return documentos.guardar(new ByteArrayInputStream(conPie), Long.MAX_VALUE);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  String urlVerificacion(String codigo) {
    return urlPublica.replaceAll("/+$", "") + "/verificar.xhtml?codigo=" + codigo;
  }

  private pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica unidad(String codigo) {
    return em.createNamedQuery("UnidadOrganica.porCodigo", pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica.class)
        .setParameter("codigo", codigo).getSingleResult();
  }

  static DocumentoVista vista(Documento d) {
    return new DocumentoVista(d.getId(), d.getExpediente().getNumero(), d.getTipo().name(), d.getTipo().etiqueta(),
        d.getTipo().paraSuscribir(), d.getAsunto(), d.getAutor().getUsuario(), d.getEstado().name(),
        d.getCodigoVerificacion(), d.isPublico(), d.versionActual().getNumero(),
        d.getVersiones().stream().map(v -> new VersionVista(v.getNumero(), v.getNombre(), v.getSha256(), v.getTamano(),
            v.getOrigen().name(), v.getMotivo(), v.getCreadaPor(), v.getFecha())).toList(),
        d.getFirmas().stream().map(f -> new FirmaVista(f.getClase().name(), f.getActividad(), f.getFirmanteNombre(),
            f.getCargo(), f.getFecha(), f.getNivel(), f.getIndicacion(), f.getVersion().getNumero(), f.isAnulada(),
            f.getMotivoAnulacion())).toList());
  }

  private static String recortar(String s) {
    return s.length() <= 300 ? s : s.substring(0, 297) + "…";
  }
}
