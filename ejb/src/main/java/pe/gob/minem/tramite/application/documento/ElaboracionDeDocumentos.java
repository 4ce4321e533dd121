package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.documentos.TipoDeArchivo;
import pe.gob.minem.tramite.infrastructure.pdf.ConversorDocx;
import pe.gob.minem.tramite.infrastructure.pdf.PieDeVerificacion;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;

/**
 * Drafting documents inside an expediente: an analyst drafts one (a PDF, stamped with its
 * verification footer before any signature), uploads new versions while it is in his hands, and
 * sends it to be signed: through P/OGA-TI-02 in the OTI (the MAPRO), through the unit's own signing
 * path ({@code firma_en_unidad}, ADR 0038) in any other unit. What is read about them is in {@link
 * ConsultaDeDocumentos}.
 */
@Stateless
public class ElaboracionDeDocumentos {

  private static final Logger LOG = Logger.getLogger(ElaboracionDeDocumentos.class.getName());

  /** The unit whose MAPRO this is: its documents go through P/OGA-TI-02. */
  static final String UNIDAD_AUTORA = "OTI";

  /** P/OGA-TI-02, which every document the OTI drafts goes through. */
  public static final String PROCESO_VISTO_BUENO = "P_OGA_TI_02";

  /**
   * The signing path of a document drafted by any other unit (ADR 0038): its author sends it to the
   * unit's Director, who observes it or signs it.
   */
  public static final String PROCESO_DE_LA_UNIDAD = "firma_en_unidad";

  /** The cargos that draft documents in a unit. */
  private static final java.util.Set<Rol> ROLES_AUTORES =
      java.util.EnumSet.of(Rol.ANALISTA, Rol.ESPECIALISTA, Rol.COORDINADOR);

  /** How the OTI signs its documents' numbers. */
  static final String SIGLAS = "MINEM/OGA-OTI";

  /** Whether a process with this key is a document's signing path (keyed by its code). */
  public static boolean esProcesoDeFirma(String clave) {
    return PROCESO_VISTO_BUENO.equals(clave) || PROCESO_DE_LA_UNIDAD.equals(clave);
  }

  /** The signing path a document of this unit goes through. */
  static String procesoDeFirma(String unidad) {
    return UNIDAD_AUTORA.equals(unidad) ? PROCESO_VISTO_BUENO : PROCESO_DE_LA_UNIDAD;
  }

  @Inject ConsultaDeDocumentos lectura;
  @Inject DocumentoRepository documentosElaborados;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;
  @Inject pe.gob.minem.tramite.application.archivo.ColaDeIndexacion colaDelArchivo;
  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject DocumentStore documentos;
  @Inject pe.gob.minem.tramite.infrastructure.workflow.Flujos flujos;
  @Inject Auditoria auditoria;
  @Inject MesaDePartesService mesaDePartes;

  @Inject
  @ConfigProperty(name = "tramite.url-publica", defaultValue = "http://localhost:8080")
  String urlPublica;

  @Inject
  @ConfigProperty(name = "tramite.archivos.tamano-maximo", defaultValue = "52428800")
  long tamanoMaximo;

  /**
   * Drafts a document from a file: a PDF as it is, a Word document (DOCX) converted to PDF. Either
   * way it gets the verification footer before any signature.
   */
  public DocumentoVista crear(
      String numeroExpediente,
      TipoDocumentoInterno tipo,
      String asunto,
      boolean publico,
      ArchivoRecibido archivo) {
    return elaborar(
        numeroExpediente, tipo, asunto, publico, (autor, unidad, numero) -> pdfDe(archivo));
  }

  /**
   * Drafts a document with the portal's template (letterhead, number, PARA/DE/ASUNTO block, body,
   * the signers' names with room for their stamps): the author writes only what the document says.
   */
  public DocumentoVista crearDesdePlantilla(
      String numeroExpediente,
      TipoDocumentoInterno tipo,
      String asunto,
      boolean publico,
      Redaccion redaccion) {
    if (redaccion == null || redaccion.cuerpo() == null || redaccion.cuerpo().isBlank()) {
      throw new DatosInvalidosException("cuerpo", "Escriba el texto (cuerpo) del documento.");
    }
    if (redaccion.cuerpo().length() > 50_000) {
      throw new DatosInvalidosException(
          "cuerpo", "El texto del documento no puede pasar de 50 000 caracteres.");
    }
    if (largo(redaccion.destinatario()) > 200
        || largo(redaccion.cargoDestinatario()) > 200
        || largo(redaccion.referencia()) > 500) {
      throw new DatosInvalidosException(
          "destinatario",
          "El destinatario y su cargo no pueden pasar de 200 caracteres, ni la referencia de 500.");
    }
    return elaborar(
        numeroExpediente,
        tipo,
        asunto,
        publico,
        (autor, unidad, numero) ->
            new Pdf(
                PlantillaDocumento.generar(
                    contenidoDePlantilla(
                        tipo,
                        unidad.getNombre(),
                        numero,
                        Reloj.hoy(),
                        asunto.strip(),
                        redaccion,
                        new PlantillaDocumento.NombreYCargo(
                            autor.getNombreCompleto(), autor.cargoEn(unidad.getCodigo())),
                        firmantes(tipo, autor, unidad.getCodigo()))),
                nombreDeArchivo(numero),
                VersionDocumento.Origen.PLANTILLA));
  }

  /** What the author writes in the template; the rest (number, date, remitente) is filled in. */
  public record Redaccion(
      String destinatario, String cargoDestinatario, String referencia, String cuerpo) {}

  /** The content of a new version: the PDF to store, its name and where it came from. */
  private record Pdf(byte[] bytes, String nombre, VersionDocumento.Origen origen) {}

  /** Where the first version comes from, once the author, his unit and the number are known. */
  @FunctionalInterface
  private interface Origen {
    Pdf para(Persona autor, UnidadOrganica unidad, String numero);
  }

  private DocumentoVista elaborar(
      String numeroExpediente,
      TipoDocumentoInterno tipo,
      String asunto,
      boolean publico,
      Origen contenidoInicial) {
    Persona autor = personaActual.persona();
    if (!esAutor(autor)) {
      auditoria.registrarAparte(
          autor.getUsuario(),
          "RECHAZO_DOCUMENTO",
          numeroExpediente,
          "no es analista, especialista o coordinador");
      throw new AccesoDenegadoException(
          "Solo un analista, especialista o coordinador de una unidad elabora documentos para visto bueno o suscripción.");
    }
    if (tipo == null) {
      throw new DatosInvalidosException("tipo", "Indique el tipo de documento.");
    }
    if (asunto == null || asunto.isBlank() || asunto.length() > 500) {
      throw new DatosInvalidosException(
          "asunto", "Indique el asunto del documento (hasta 500 caracteres).");
    }
    // without an expediente, the unit opens one of its own for the document (ADR 0038), once the
    // document itself is known to be good: a refused file spends no expediente number
    boolean expedienteNuevo = numeroExpediente == null || numeroExpediente.isBlank();
    Expediente e = null;
    if (!expedienteNuevo) {
      e = consulta.visible(numeroExpediente);
      if (!pe.gob.minem.tramite.application.archivo.Lectores.tramita(autor, e)) {
        auditoria.registrarAparte(
            autor.getUsuario(), "RECHAZO_DOCUMENTO", numeroExpediente, "expediente de otra unidad");
        throw new AccesoDenegadoException(
            "El expediente "
                + e.getNumero()
                + " no pasó por su unidad: no puede elaborar documentos en él.");
      }
    }
    UnidadOrganica unidad =
        unidad(expedienteNuevo ? unidadesDeRedaccion(autor).get(0) : unidadAutora(autor, e));
    String proceso = procesoDeFirma(unidad.getCodigo());
    if (PROCESO_DE_LA_UNIDAD.equals(proceso) && directorDe(unidad.getCodigo()).isEmpty()) {
      throw new ConflictoException(
          "La unidad «"
              + unidad.getNombre()
              + "» no tiene Director en el portal: nadie podría firmar el documento.");
    }
    Instant ahora = Instant.now();
    Pdf pdf =
        contenidoInicial.para(autor, unidad, numeroDelDocumento(tipo, unidad.getCodigo(), ahora));
    String codigo = MesaDePartesService.codigo();
    var contenido = guardarConPie(pdf, codigo);
    if (expedienteNuevo) {
      e = abrirExpediente(autor, unidad, tipo, asunto.strip());
    }
    var d = new Documento(e, tipo, asunto.strip(), autor, unidad, codigo, publico, ahora);
    d.nuevoContenido(
        pdf.nombre(),
        contenido.sha256(),
        contenido.tamano(),
        pdf.origen(),
        "Versión inicial",
        autor.getUsuario(),
        ahora);
    documentosElaborados.guardar(d);
    documentosElaborados.sincronizar();
    colaDelArchivo.encolar(e);
    Map<String, Object> variables = new HashMap<>();
    variables.put("numero", e.getNumero());
    variables.put("documentoId", d.getId());
    variables.put("documento", d.getCodigoVerificacion());
    variables.put("autor", autor.getUsuario());
    variables.put("paraSuscribir", tipo.paraSuscribir());
    variables.put("unidadAutora", unidad.getCodigo());
    d.iniciarProceso(flujos.iniciar(proceso, d.getCodigoVerificacion(), variables));
    e.anotarElaboracion(enLaHojaDeRuta(d), autor, unidad.getCodigo(), ahora);
    auditoria.registrar(
        autor.getUsuario(),
        "DOCUMENTO_CREADO",
        e.getNumero(),
        tipo.etiqueta() + " " + d.getCodigoVerificacion());
    String enExpediente = e.getNumero();
    LOG.info(
        () ->
            "Documento "
                + d.getCodigoVerificacion()
                + " creado en "
                + enExpediente
                + " por "
                + autor.getUsuario());
    return ConsultaDeDocumentos.vista(d);
  }

  /**
   * The expediente a unit opens for a document it drafts on its own initiative (ADR 0038): numbered
   * from the same series, the unit as sender, in the author's hands; no process attends it (the
   * document's signing path does), and it is attended when the document is sent.
   */
  private Expediente abrirExpediente(
      Persona autor, UnidadOrganica unidad, TipoDocumentoInterno tipo, String asunto) {
    var datos =
        new DatosDeRegistro(
            asunto,
            pe.gob.minem.tramite.domain.model.expediente.Origen.ORGANO_MINISTERIO,
            Remitente.deUnidad(
                unidad.getCodigo(),
                unidad.getNombre(),
                autor.getNombreCompleto(),
                autor.cargoEn(unidad.getCodigo())),
            pe.gob.minem.tramite.application.tramiteinterno.EnvioInterno.tipoDeExpediente(tipo),
            "En elaboración",
            1,
            Prioridad.NORMAL,
            PLAZO_DE_ELABORACION);
    String numero = mesaDePartes.abrirParaElaborar(autor, unidad, datos, tipo.etiqueta()).numero();
    return consulta.visible(numero);
  }

  /** Working days a unit has to draft, sign and send a document it opened an expediente for. */
  static final int PLAZO_DE_ELABORACION = 7;

  /** A deliverable drafted in a step: its document, its printed number and the version made. */
  public record EntregableElaborado(Documento documento, String numero, int version) {}

  /**
   * Drafts a deliverable of a procedure (P/OGA-TI-03, 04, 05; ADR 0026) in the step's transaction:
   * the first time a new document of the expediente with its own number, afterwards (the step is
   * redone after observations) a new version of the same document with the same number, which voids
   * the signatures given to the previous one. The PDF is the portal's archival template (PDF/A-2B)
   * with the verification footer; the archive indexes it.
   *
   * @param existente the deliverable's document drafted before in this instance, or null
   * @param numeroPrevio the number printed on it, or null
   * @param contenido the template's content for a number
   */
  public EntregableElaborado elaborarEntregable(
      Persona autor,
      Expediente e,
      Entregable entregable,
      Long existente,
      String numeroPrevio,
      String procesoId,
      java.util.function.Function<String, PlantillaDocumento.Contenido> contenido,
      Instant ahora) {
    Documento d = existente == null ? null : documentosElaborados.porId(existente).orElse(null);
    String numero =
        d != null && numeroPrevio != null
            ? numeroPrevio
            : numeroDelDocumento(entregable.tipo(), UNIDAD_AUTORA, ahora);
    var pdf =
        new Pdf(
            PlantillaDocumento.generar(contenido.apply(numero)),
            nombreDeArchivo(numero),
            VersionDocumento.Origen.PLANTILLA);
    boolean nuevo = d == null;
    if (nuevo) {
      d =
          new Documento(
              e,
              entregable.tipo(),
              recortar(entregable.titulo() + ": " + e.getAsunto(), 500),
              autor,
              unidad(UNIDAD_AUTORA),
              MesaDePartesService.codigo(),
              false,
              ahora);
      d.iniciarProceso(procesoId);
    }
    var guardado = guardarConPie(pdf, d.getCodigoVerificacion());
    d.nuevoContenido(
        pdf.nombre(),
        guardado.sha256(),
        guardado.tamano(),
        pdf.origen(),
        nuevo ? "Versión inicial" : "Nueva versión del entregable",
        autor.getUsuario(),
        ahora);
    if (nuevo) {
      documentosElaborados.guardar(d);
    }
    documentosElaborados.sincronizar();
    colaDelArchivo.encolar(e);
    auditoria.registrar(
        autor.getUsuario(),
        nuevo ? "DOCUMENTO_CREADO" : "DOCUMENTO_NUEVA_VERSION",
        e.getNumero(),
        entregable.titulo()
            + " "
            + d.getCodigoVerificacion()
            + " versión "
            + d.versionActual().getNumero());
    return new EntregableElaborado(d, numero, d.versionActual().getNumero());
  }

  private static String recortar(String s, int maximo) {
    return s.length() <= maximo ? s : s.substring(0, maximo - 1) + "…";
  }

  /**
   * A new content while the document is with its author (before sending it, or when changes were
   * asked). Every V°B° given so far is voided, and the hoja de ruta says so.
   */
  public DocumentoVista nuevaVersion(long documentoId, ArchivoRecibido archivo) {
    Persona p = personaActual.persona();
    Documento d = lectura.visible(documentoId);
    if (!d.getAutor().getUsuario().equals(p.getUsuario())) {
      auditoria.registrarAparte(
          p.getUsuario(), "RECHAZO_VERSION", d.getCodigoVerificacion(), "no es el autor");
      throw new AccesoDenegadoException("Solo el autor del documento sube nuevas versiones.");
    }
    // the author holds it on a step that sends the document on (P/OGA-TI-02 acts. 1 and 4, and
    // the same two steps of the unit's signing path)
    boolean enManosDelAutor =
        flujos.pendientesDelProceso(d.getProcesoId()).stream()
            .filter(t -> p.getUsuario().equals(t.asignado()))
            .anyMatch(t -> t.paso() != null && t.paso().accion() == TipoDeAccion.REMITIR_DOCUMENTO);
    if (!enManosDelAutor) {
      throw new ConflictoException(
          "El documento está en revisión: podrá subir una nueva versión cuando se le soliciten cambios.");
    }
    Instant ahora = Instant.now();
    Pdf pdf = pdfDe(archivo);
    var contenido = guardarConPie(pdf, d.getCodigoVerificacion());
    List<Firma> anuladas =
        d.nuevoContenido(
            pdf.nombre(),
            contenido.sha256(),
            contenido.tamano(),
            pdf.origen(),
            "Ajustes del autor",
            p.getUsuario(),
            ahora);
    d.getExpediente()
        .anotarNuevaVersion(
            enLaHojaDeRuta(d),
            d.versionActual().getNumero(),
            anuladas.stream().map(Firma::getFirmanteNombre).toList(),
            p,
            d.getUnidad().getCodigo(),
            ahora);
    colaDelArchivo.encolar(d.getExpediente());
    auditoria.registrar(
        p.getUsuario(),
        "DOCUMENTO_VERSION",
        d.getCodigoVerificacion(),
        "versión " + d.versionActual().getNumero());
    return ConsultaDeDocumentos.vista(d);
  }

  /**
   * Whether a person drafts documents: an analyst, specialist or coordinator of some unit. Static
   * so that {@link ConsultaDeDocumentos} answers it without a call through the container.
   */
  static boolean esAutor(Persona p) {
    return !unidadesDeRedaccion(p).isEmpty();
  }

  /** The units a person drafts for (the OTI first: its MAPRO), in the order of his cargos. */
  static List<String> unidadesDeRedaccion(Persona p) {
    var unidadesAutoras =
        p.getCargos().stream()
            .filter(c -> ROLES_AUTORES.contains(c.getRol()))
            .map(c -> c.getUnidad().getCodigo())
            .distinct()
            .sorted(java.util.Comparator.comparing(u -> !UNIDAD_AUTORA.equals(u)))
            .toList();
    return unidadesAutoras;
  }

  /**
   * The unit a document is drafted for: of the author's units, one the expediente passed through
   * (it is handled there), else his first.
   */
  static String unidadAutora(Persona autor, Expediente e) {
    List<String> suyas = unidadesDeRedaccion(autor);
    var porDonde = pe.gob.minem.tramite.application.archivo.Lectores.unidadesPorLasQuePaso(e);
    return suyas.stream().filter(porDonde::contains).findFirst().orElse(suyas.get(0));
  }

  /** The PDF of an uploaded file: a PDF as it is, a DOCX converted with LibreOffice. */
  private Pdf pdfDe(ArchivoRecibido archivo) {
    String nombre = archivo.nombreLimpio();
    try {
      byte[] bytes =
          archivo.contenido().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, tamanoMaximo + 1));
      if (bytes.length > tamanoMaximo) {
        throw new pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException(
            tamanoMaximo);
      }
      if (bytes.length == 0) {
        throw new DatosInvalidosException("archivo", "El archivo «" + nombre + "» está vacío.");
      }
      String tipo = TipoDeArchivo.confirmar(nombre, new ByteArrayInputStream(bytes));
      if (TipoDeArchivo.PDF.equals(tipo)) {
        return new Pdf(bytes, nombre, VersionDocumento.Origen.SUBIDO);
      }
      if (TipoDeArchivo.DOCX.equals(tipo)) {
        return new Pdf(
            new ConversorDocx().convertir(bytes, nombre),
            comoPdf(nombre),
            VersionDocumento.Origen.CONVERTIDO);
      }
      throw new DatosInvalidosException("archivo", "Suba el documento en PDF o en Word (.docx).");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The verification footer goes on before any signature. */
  private DocumentStore.Contenido guardarConPie(Pdf pdf, String codigo) {
    byte[] conPie;
    try {
      conPie = PieDeVerificacion.estampar(pdf.bytes(), codigo, urlVerificacion(codigo));
    } catch (IllegalArgumentException ex) {
      throw new DatosInvalidosException("archivo", ex.getMessage());
    } catch (RuntimeException ex) {
      throw new DatosInvalidosException(
          "archivo", "El PDF «" + pdf.nombre() + "» está dañado o no se puede leer.");
    }
    try {
      return documentos.guardar(new ByteArrayInputStream(conPie), Long.MAX_VALUE);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * The document's number: the next of its type in the author's unit this year. It is printed in a
   * template document; documents of the same type drafted at the very same moment may share it
   * until one is redrafted (the verification code, not this number, identifies the document).
   */
  private String numeroDelDocumento(TipoDocumentoInterno tipo, String unidad, Instant ahora) {
    int anio = ahora.atZone(Reloj.LIMA).getYear();
    Instant inicio = LocalDate.of(anio, 1, 1).atStartOfDay(Reloj.LIMA).toInstant();
    long anteriores = documentosElaborados.contarDelTipo(tipo, unidad, inicio);
    return numero(tipo, anteriores + 1, anio, siglas(unidad));
  }

  /** "INFORME TÉCNICO N° 012-2026-MINEM/OGA-OTI". */
  static String numero(TipoDocumentoInterno tipo, long correlativo, int anio) {
    return numero(tipo, correlativo, anio, SIGLAS);
  }

  /** "MEMORANDO N° 003-2026-MINEM/DGM". */
  static String numero(TipoDocumentoInterno tipo, long correlativo, int anio, String siglas) {
    return String.format(
        "%s N° %03d-%d-%s", tipo.etiqueta().toUpperCase(Reloj.ES_PE), correlativo, anio, siglas);
  }

  /** How a unit signs its documents' numbers: the OTI under the OGA, the others by their code. */
  static String siglas(String unidad) {
    return UNIDAD_AUTORA.equals(unidad) ? SIGLAS : "MINEM/" + unidad;
  }

  /** "Lima, 26 de noviembre de 2026". */
  /**
   * The constancia with which the OTI opens one of its own expedientes (the month's backups, the
   * year's preventive plan): the procedure as reference, why it is opened, signed by who opens it.
   */
  public static byte[] constanciaDeApertura(
      String asunto, String procedimiento, String cuerpo, Persona quien) {
    return PlantillaDocumento.generar(
        new PlantillaDocumento.Contenido(
            "CONSTANCIA",
            "Oficina de Tecnologías de la Información",
            null,
            lugarYFecha(Reloj.hoy()),
            null,
            null,
            asunto,
            procedimiento,
            cuerpo,
            List.of(
                new PlantillaDocumento.NombreYCargo(
                    quien.getNombreCompleto(), quien.cargoEn("OTI")))));
  }

  public static String lugarYFecha(LocalDate dia) {
    return "Lima, " + DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Reloj.ES_PE).format(dia);
  }

  static PlantillaDocumento.Contenido contenidoDePlantilla(
      TipoDocumentoInterno tipo,
      String unidad,
      String numero,
      LocalDate dia,
      String asunto,
      Redaccion r,
      PlantillaDocumento.NombreYCargo remitente,
      List<PlantillaDocumento.NombreYCargo> firmantes) {
    String destinatario = vacioANulo(r.destinatario());
    return new PlantillaDocumento.Contenido(
        tipo.etiqueta().toUpperCase(Reloj.ES_PE),
        unidad,
        numero,
        lugarYFecha(dia),
        destinatario == null
            ? null
            : new PlantillaDocumento.NombreYCargo(destinatario, vacioANulo(r.cargoDestinatario())),
        remitente,
        asunto,
        vacioANulo(r.referencia()),
        r.cuerpo().strip(),
        firmantes);
  }

  /** "Oficio N° 003-2026-MINEM-OGA-OTI.pdf" without the characters a file name cannot have. */
  static String nombreDeArchivo(String numero) {
    return numero.replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
  }

  static String comoPdf(String nombre) {
    int punto = nombre.lastIndexOf('.');
    return (punto > 0 ? nombre.substring(0, punto) : nombre) + ".pdf";
  }

  /**
   * Printed above the space for the stamps: for the types that are signed, who signs them — the
   * Director General de Administración for the OTI's (P/OGA-TI-02 act. 11), the unit's Director for
   * any other unit's; the author for those that end with V°B°s.
   */
  private List<PlantillaDocumento.NombreYCargo> firmantes(
      TipoDocumentoInterno tipo, Persona autor, String unidad) {
    if (tipo.paraSuscribir()) {
      String quienSuscribe =
          UNIDAD_AUTORA.equals(unidad) ? MesaDePartesService.UNIDAD_DE_REGISTRO : unidad;
      var director = directorDe(quienSuscribe);
      if (director.isPresent()) {
        return List.of(
            new PlantillaDocumento.NombreYCargo(
                director.get().getNombreCompleto(), director.get().cargoEn(quienSuscribe)));
      }
    }
    return List.of(
        new PlantillaDocumento.NombreYCargo(autor.getNombreCompleto(), autor.cargoEn(unidad)));
  }

  private java.util.Optional<Persona> directorDe(String unidad) {
    return personas.deUnidad(unidad).stream()
        .filter(p -> p.tieneRolEn(Rol.DIRECTOR, unidad))
        .findFirst();
  }

  private static int largo(String s) {
    return s == null ? 0 : s.length();
  }

  private static String vacioANulo(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  String urlVerificacion(String codigo) {
    return urlPublica.replaceAll("/+$", "") + "/verificar.xhtml?codigo=" + codigo;
  }

  private UnidadOrganica unidad(String codigo) {
    return unidades.porCodigo(codigo).orElseThrow();
  }

  /** How the hoja de ruta names a document: its type and asunto. */
  private static String enLaHojaDeRuta(Documento d) {
    return d.getTipo().etiqueta() + " «" + d.getAsunto() + "»";
  }
}
