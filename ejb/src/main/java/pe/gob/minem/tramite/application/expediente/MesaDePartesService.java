package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.documentos.TipoDeArchivo;
import pe.gob.minem.tramite.infrastructure.persistence.CorrelativoExpedientes;

/**
 * The mesa de partes: registers an incoming expediente, stores its files, gives it its number and
 * starts its routing (P/OGA-TI-01), all in one transaction.
 */
@Stateless
public class MesaDePartesService {

  private static final Logger LOG = Logger.getLogger(MesaDePartesService.class.getName());

  /** Unit where expedientes are registered: the OGA's secretary (MAPRO P/OGA-TI-01, act. 1). */
  public static final String UNIDAD_DE_REGISTRO = "OGA";

  public static final String PROCESO = "atencion_expediente";

  private static final SecureRandom AZAR = new SecureRandom();
  private static final char[] ALFABETO = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  @Inject ExpedienteRepository expedientes;
  @Inject UnidadOrganicaRepository unidades;
  @Inject PersonaActual personaActual;
  @Inject CorrelativoExpedientes correlativos;
  @Inject DocumentStore documentos;
  @Inject pe.gob.minem.tramite.infrastructure.workflow.Flujos flujos;
  @Inject Auditoria auditoria;
  @Inject Event<ExpedienteRegistrado> registrado;
  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transacciones;

  @Inject
  @ConfigProperty(name = "tramite.archivos.tamano-maximo", defaultValue = "52428800")
  long tamanoMaximo;

  /** Who may register: the Secretaria de Administración (or the ADAC's mesa de partes). */
  public boolean puedeRegistrar(Persona p) {
    return p.tieneRolEn(Rol.SECRETARIA, UNIDAD_DE_REGISTRO) || p.tieneRolEn(Rol.SECRETARIA, "ADAC");
  }

  /** The units a document may come from (ADR 0037): the organisation's active units. */
  public List<UnidadOrganica> unidadesRemitentes() {
    return unidades.todas().stream().filter(UnidadOrganica::isActiva).toList();
  }

  public ExpedienteVista registrar(DatosDeRegistro datos, List<ArchivoRecibido> archivos) {
    return registrarComo(personaActual.persona(), datos, archivos);
  }

  /** Registers as the given person (the demo seeder uses it; the web goes through above). */
  public ExpedienteVista registrarComo(
      Persona secretaria, DatosDeRegistro datos, List<ArchivoRecibido> archivos) {
    if (!puedeRegistrar(secretaria)) {
      auditoria.registrarAparte(
          secretaria.getUsuario(), "RECHAZO_REGISTRO", null, "no tiene cargo de mesa de partes");
      throw new AccesoDenegadoException(
          "Solo la Secretaría de Administración (mesa de partes) puede registrar expedientes.");
    }
    if (archivos == null || archivos.isEmpty()) {
      throw new DatosInvalidosException(
          "archivos", "Adjunte al menos un archivo del documento presentado.");
    }
    UnidadOrganica oga = unidades.porCodigo(UNIDAD_DE_REGISTRO).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put("registradoPor", secretaria.getUsuario());
    return registrarEn(
        secretaria, oga, datos, archivos, PROCESO, variables, Expediente::anotarRegistro);
  }

  /**
   * Trámite interno (ADR 0037): a unit emits a document to another unit without the mesa de partes.
   * It is numbered from the same series, opened in {@code origen} and sent at once to {@code
   * destino}, where {@code proceso} receives it. The caller checks who may emit for the unit.
   */
  public ExpedienteVista emitirInterno(
      Persona emisor,
      UnidadOrganica origen,
      UnidadOrganica destino,
      DatosDeRegistro datos,
      List<ArchivoRecibido> archivos,
      String proceso,
      Map<String, Object> variables) {
    if (archivos == null || archivos.isEmpty()) {
      throw new DatosInvalidosException("archivos", "Falta el archivo del documento que se envía.");
    }
    Map<String, Object> v = new HashMap<>(variables == null ? Map.of() : variables);
    v.putIfAbsent("registradoPor", emisor.getUsuario());
    v.put("unidadDestino", destino.getCodigo());
    return registrarEn(
        emisor, origen, datos, archivos, proceso, v, (e, p) -> e.emitirYEnviar(destino, p));
  }

  /**
   * An expediente a unit opens for a document it drafts on its own initiative (ADR 0038): numbered
   * from the same series, in the unit, in the author's hands, without files (the document drafted
   * in it is its content) and without a process. The caller checks who may draft for the unit.
   */
  public ExpedienteVista abrirParaElaborar(
      Persona autor, UnidadOrganica unidad, DatosDeRegistro datos, String queSeElabora) {
    return registrarEn(
        autor,
        unidad,
        datos,
        List.of(),
        null,
        Map.of(),
        (e, p) -> e.abrirParaElaborar(p, queSeElabora));
  }

  /**
   * An expediente the portal opens itself for one of the OTI's procedures (ADR 0026) — an alert of
   * the monitoring software, a month of scheduled backups —: numbered and filed like any other,
   * with its files, in the unit that runs the procedure, and that procedure started on it instead
   * of the mesa de partes' attention. The caller decides who may open it; {@code registra} is who
   * the hoja de ruta names (a person, or the portal's technical account).
   */
  public ExpedienteVista registrarInterno(
      Persona registra,
      String unidad,
      DatosDeRegistro datos,
      List<ArchivoRecibido> archivos,
      String proceso,
      Map<String, Object> variables) {
    if (archivos == null || archivos.isEmpty()) {
      throw new DatosInvalidosException(
          "archivos", "Adjunte al menos un archivo del documento presentado.");
    }
    UnidadOrganica u =
        unidades
            .porCodigo(unidad)
            .orElseThrow(
                () ->
                    new DatosInvalidosException("unidad", "La unidad «" + unidad + "» no existe."));
    Map<String, Object> v = new HashMap<>(variables == null ? Map.of() : variables);
    v.putIfAbsent("registradoPor", registra.getUsuario());
    return registrarEn(registra, u, datos, archivos, proceso, v, Expediente::anotarRegistro);
  }

  private ExpedienteVista registrarEn(
      Persona secretaria,
      UnidadOrganica oga,
      DatosDeRegistro datos,
      List<ArchivoRecibido> archivos,
      String proceso,
      Map<String, Object> variablesDelProceso,
      java.util.function.BiConsumer<Expediente, Persona> primeraLinea) {
    datos = conUnidadRemitente(datos);
    for (ArchivoRecibido a : archivos) {
      TipoDeArchivo.declarado(a.nombreLimpio()); // refuse a bad extension before storing anything
    }
    Instant ahora = Instant.now();
    // files first: a wrong file is refused before a number is spent on the expediente
    List<Adjunto> adjuntos = new java.util.ArrayList<>();
    for (ArchivoRecibido a : archivos) {
      String nombre = a.nombreLimpio();
      try {
        var contenido = documentos.guardar(a.contenido(), tamanoMaximo);
        if (contenido.tamano() == 0) {
          throw new DatosInvalidosException("archivos", "El archivo «" + nombre + "» está vacío.");
        }
        String tipo;
        try (var in = documentos.abrir(contenido.sha256())) {
          tipo = TipoDeArchivo.confirmar(nombre, in);
        }
        adjuntos.add(new Adjunto(nombre, tipo, contenido.tamano(), contenido.sha256()));
      } catch (IOException e) {
        throw new UncheckedIOException("No se pudo guardar el archivo " + nombre, e);
      }
    }
    int anio = ahora.atZone(Reloj.LIMA).getYear();
    var numero = new NumeroExpediente(anio, correlativos.siguiente(anio));
    avisarSiSeRevierte(numero);
    var expediente =
        new Expediente(numero, datos, oga, secretaria.getUsuario(), ahora, Reloj.hoy(), codigo());
    adjuntos.forEach(a -> expediente.adjuntar(a.nombre(), a.tipo(), a.tamano(), a.sha256(), ahora));
    primeraLinea.accept(expediente, secretaria);
    expedientes.guardar(expediente);

    if (proceso != null) {
      Map<String, Object> variables = new HashMap<>(variablesDelProceso);
      variables.put("numero", expediente.getNumero());
      expediente.iniciarProceso(flujos.iniciar(proceso, expediente.getNumero(), variables));
    }

    auditoria.registrar(
        secretaria.getUsuario(),
        "EXPEDIENTE_REGISTRADO",
        expediente.getNumero(),
        archivos.size()
            + " archivo(s), prioridad "
            + datos.prioridad().etiqueta().toLowerCase(java.util.Locale.ROOT));
    expedientes.sincronizar();
    registrado.fire(new ExpedienteRegistrado(expediente.getNumero(), expediente.getAsunto()));
    LOG.info(() -> "Expediente " + numero + " registrado por " + secretaria.getUsuario());
    return ExpedienteVista.de(expediente, Reloj.hoy());
  }

  /**
   * A unit of the ministry as sender (ADR 0037) must be one of the organisation's active units; its
   * name is kept as it is today.
   */
  private DatosDeRegistro conUnidadRemitente(DatosDeRegistro datos) {
    var r = datos.remitente();
    if (!r.esUnidad()) {
      return datos;
    }
    UnidadOrganica u =
        unidades
            .porCodigo(r.getUnidadCodigo())
            .filter(UnidadOrganica::isActiva)
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "remitente.unidad",
                        "La unidad «"
                            + r.getUnidadCodigo()
                            + "» no es una unidad vigente del ministerio."));
    return datos.conRemitente(r.conNombreDeUnidad(u.getNombre()));
  }

  private record Adjunto(String nombre, String tipo, long tamano, String sha256) {}

  /** A number taken by a registration that then fails is never reused: say so in the log. */
  private void avisarSiSeRevierte(NumeroExpediente numero) {
    transacciones.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            if (estado != jakarta.transaction.Status.STATUS_COMMITTED) {
              LOG.warning(() -> "Número " + numero + " no utilizado: el registro se revirtió");
            }
          }
        });
  }

  /** A verification code people can type: 12 characters without look-alikes (0/O, 1/I). */
  public static String codigo() {
    var sb = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(ALFABETO[AZAR.nextInt(ALFABETO.length)]);
    }
    return sb.toString();
  }
}
