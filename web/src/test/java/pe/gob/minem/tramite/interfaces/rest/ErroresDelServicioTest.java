package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;
import pe.gob.minem.tramite.interfaces.fallas.CaidaDeLaBaseDeDatos;

/** Which exception becomes which problem response, and what an unexpected one must not reveal. */
class ErroresDelServicioTest {

  private static final String INTERNO =
      "ERROR: duplicate key value violates unique constraint \"uk_secreto\" en /opt/payara/domains";
  private static final String GENERICO = "Ocurrió un error inesperado; no se guardó ningún cambio.";

  private final ErroresDelServicio mapeador = new ErroresDelServicio();

  {
    // the database answers: an unexpected error is a defect (500), not an outage
    mapeador.caidas = new CaidaDeLaBaseDeDatos(System::nanoTime, Duration.ofMinutes(1), () -> true);
  }

  private final Logger log = Logger.getLogger(ErroresDelServicio.class.getName());
  private final List<LogRecord> registros = new ArrayList<>();
  private final Handler captura =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          registros.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private boolean padres;

  @BeforeEach
  void capturarLog() {
    padres = log.getUseParentHandlers();
    log.setUseParentHandlers(false); // keep the expected stack traces out of the build output
    log.addHandler(captura);
  }

  @AfterEach
  void soltarLog() {
    log.removeHandler(captura);
    log.setUseParentHandlers(padres);
  }

  private static Problema problema(Response r) {
    return (Problema) r.getEntity();
  }

  /** Status line and body agree, and the body is an RFC 9457 problem. */
  private static Problema verificar(Response r, int status, String titulo) {
    assertEquals(status, r.getStatus());
    assertTrue(
        r.getMediaType().isCompatible(MediaType.valueOf("application/problem+json")),
        "tipo: " + r.getMediaType());
    assertEquals("UTF-8", r.getMediaType().getParameters().get("charset"));
    Problema p = problema(r);
    assertEquals("about:blank", p.type());
    assertEquals(status, p.status());
    assertEquals(titulo, p.title());
    return p;
  }

  @Test
  void datosInvalidosEs400ConElCampoYElMensajeDelDominio() {
    var r = mapeador.toResponse(new DatosInvalidosException("asunto", "Indique el asunto."));
    var p = verificar(r, 400, "Datos inválidos");
    assertEquals("Indique el asunto.", p.detail());
    assertEquals("asunto", p.campo());
  }

  @Test
  void campoAnidadoSeConservaTalCual() {
    var r =
        mapeador.toResponse(
            new DatosInvalidosException("remitente.numeroDocumento", "El DNI debe tener 8."));
    assertEquals("remitente.numeroDocumento", problema(r).campo());
  }

  @Test
  void contenidoDemasiadoGrandeEs413EnArchivosAunqueSeaUnaReglaIncumplida() {
    var r = mapeador.toResponse(new ContenidoDemasiadoGrandeException(25L * 1024 * 1024));
    var p = verificar(r, 413, "Archivo demasiado grande");
    assertEquals("El archivo supera el tamaño máximo permitido de 25 MB.", p.detail());
    assertEquals("archivos", p.campo());
  }

  @Test
  void unaClaveDeIdempotenciaReutilizadaConOtraSolicitudEs422() {
    var r =
        mapeador.toResponse(
            new jakarta.ejb.EJBException(
                new pe.gob.minem.tramite.application.idempotencia.ClaveReutilizadaException()));
    var p = verificar(r, 422, "Clave de idempotencia reutilizada");
    assertTrue(p.detail().contains("Idempotency-Key"), p.detail());
    assertEquals("Idempotency-Key", p.campo());
  }

  @Test
  void unaPeticionConLaMismaClaveEnCursoEs409() {
    var r =
        mapeador.toResponse(
            new pe.gob.minem.tramite.application.idempotencia.PeticionEnCursoException());
    verificar(r, 409, "Conflicto");
  }

  @Test
  void firmaRechazadaEs400ConSuPropioTitulo() {
    var r = mapeador.toResponse(new FirmaRechazadaException("El certificado está revocado."));
    var p = verificar(r, 400, "Firma rechazada");
    assertEquals("El certificado está revocado.", p.detail());
    assertNull(p.campo());
  }

  @Test
  void reglaIncumplidaEs400SinCampo() {
    var r = mapeador.toResponse(new ReglaIncumplidaException("El expediente ya está archivado."));
    var p = verificar(r, 400, "Solicitud no válida");
    assertEquals("El expediente ya está archivado.", p.detail());
    assertNull(p.campo());
  }

  @Test
  void noEncontradoEs404() {
    var r = mapeador.toResponse(new NoEncontradoException("No existe el documento 7."));
    assertEquals("No existe el documento 7.", verificar(r, 404, "No encontrado").detail());
  }

  @Test
  void accesoDenegadoEs403() {
    var r = mapeador.toResponse(new AccesoDenegadoException("Solo el autor sube versiones."));
    assertEquals("Solo el autor sube versiones.", verificar(r, 403, "Acceso denegado").detail());
  }

  @Test
  void conflictoEs409() {
    var r = mapeador.toResponse(new ConflictoException("La tarea ya fue completada."));
    assertEquals("La tarea ya fue completada.", verificar(r, 409, "Conflicto").detail());
  }

  @Test
  void servicioNoDisponibleEs503ConRetryAfterYSigueSiendoUnProblema() {
    var r = mapeador.toResponse(new ServicioNoDisponibleException("La TSA no responde."));
    var p = verificar(r, 503, "Servicio no disponible");
    assertEquals("La TSA no responde.", p.detail());
    assertEquals("60", r.getHeaderString("Retry-After"));
  }

  @Test
  void laCausaDeNegocioSeBuscaBajoLasEnvolturasDelContenedor() {
    var envuelta =
        new EJBTransactionRolledbackException(
            "Transaction aborted",
            new EJBException(new DatosInvalidosException("folios", "Los folios van de 1 a 100.")));
    var p = verificar(mapeador.toResponse(envuelta), 400, "Datos inválidos");
    assertEquals("Los folios van de 1 a 100.", p.detail());
    assertEquals("folios", p.campo());
    assertTrue(registros.isEmpty(), "una regla de negocio no es un error del servidor");
  }

  @Test
  void unaReglaDeNegocioPesaMasQueLaConcurrenciaQueLaEnvuelve() {
    var e = new OptimisticLockException(new ConflictoException("La tarea ya fue tomada."));
    assertEquals(
        "La tarea ya fue tomada.", verificar(mapeador.toResponse(e), 409, "Conflicto").detail());
  }

  @Test
  void ejbAccessExceptionEs403ConUnMensajePropioNoElDelContenedor() {
    var r =
        mapeador.toResponse(
            new EJBAccessException("Client not authorized for this invocation: ejb/Bandeja#x"));
    var p = verificar(r, 403, "Acceso denegado");
    assertEquals("No tiene permiso para esta acción.", p.detail());
  }

  @Test
  void ejbAccessExceptionEnvueltaTambienEs403() {
    var e = new EJBException(new EJBAccessException("Client not authorized"));
    assertEquals(403, mapeador.toResponse(e).getStatus());
    assertSame(e.getCause(), ErroresDelServicio.causaDeNegocio(e));
  }

  @Test
  void bloqueoOptimistaDeJpaEs409() {
    var e = new EJBException(new RollbackException(new OptimisticLockException(INTERNO)));
    var p = verificar(mapeador.toResponse(e), 409, "Conflicto");
    assertTrue(p.detail().startsWith("Otra persona modificó el mismo elemento"), p.detail());
    assertFalse(p.detail().contains("uk_secreto"));
  }

  @Test
  void bloqueoOptimistaDeFlowableEs409() {
    var e = new RuntimeException("flowable", new FlowableOptimisticLockingException(INTERNO));
    assertTrue(ErroresDelServicio.esConcurrencia(e));
    verificar(mapeador.toResponse(e), 409, "Conflicto");
  }

  @Test
  void claveUnicaRotaPorOtraPeticionEs409() {
    var sql = new SQLIntegrityConstraintViolationException(INTERNO, "23505");
    var e = new EJBException(new RuntimeException("flush", sql));
    assertTrue(ErroresDelServicio.esConcurrencia(e));
    assertFalse(problema(mapeador.toResponse(e)).detail().contains("uk_secreto"));
    assertEquals(409, mapeador.toResponse(e).getStatus());
  }

  @Test
  void otroErrorSqlNoEsConcurrenciaSinoUn500() {
    var e = new RuntimeException("db", new SQLException("syntax error at or near", "42601"));
    assertFalse(ErroresDelServicio.esConcurrencia(e));
    assertFalse(ErroresDelServicio.esConcurrencia(new SQLException("sin estado")));
    assertEquals(500, mapeador.toResponse(e).getStatus());
  }

  @Test
  void laBaseDeDatosSinConexionEs503ConRetryAfterYElDiscoLlenoEs507() {
    var caida = new RuntimeException("db", new SQLException("Connection refused", "08001"));
    var r = mapeador.toResponse(caida);
    assertEquals(503, r.getStatus());
    assertEquals("10", r.getHeaderString("Retry-After"));
    assertTrue(problema(r).detail().contains("no se completó"), problema(r)::detail);
    assertFalse(problema(r).detail().contains("refused"));

    var lleno = new EJBException(new java.io.IOException("No space left on device"));
    var d = mapeador.toResponse(lleno);
    assertEquals(507, d.getStatus());
    assertTrue(problema(d).detail().contains("almacenamiento"), problema(d)::detail);
    assertEquals(null, d.getHeaderString("Retry-After"));
  }

  @Test
  void rutaInexistenteEs404SinRepetirElMensajeDeJaxRs() {
    var r = mapeador.toResponse(new NotFoundException("HTTP 404 Not Found /api/v1/interno"));
    var p = verificar(r, 404, "No encontrado");
    assertEquals("El recurso solicitado no existe.", p.detail());
  }

  @Test
  void metodoNoPermitidoEs405() {
    var r = mapeador.toResponse(new NotAllowedException("GET", new String[] {"POST"}));
    assertEquals(
        "Método HTTP no permitido aquí.", verificar(r, 405, "Método no permitido").detail());
  }

  @Test
  void otrosErroresDelCliente4xxConservanSuEstadoConUnDetalleGenerico() {
    for (var e :
        List.of(
            new BadRequestException("Unrecognized field \"x\" (class interno.Clase)"),
            new NotAcceptableException(),
            new NotSupportedException())) {
      int esperado = e.getResponse().getStatus();
      var p = verificar(mapeador.toResponse(e), esperado, "Solicitud no válida");
      assertEquals("La solicitud no es válida: revise el formato.", p.detail());
    }
  }

  @Test
  void unErrorInesperadoEs500GenericoSinFiltrarNadaInternoYQuedaEnElLog() {
    var e = new IllegalStateException(INTERNO, new NullPointerException("campo interno"));
    var r = mapeador.toResponse(e);
    var p = verificar(r, 500, "Error interno");
    assertEquals(GENERICO, p.detail());
    assertNull(p.campo());
    String cuerpo = JsonbBuilder.create().toJson(p);
    assertFalse(cuerpo.contains("uk_secreto"), cuerpo);
    assertFalse(cuerpo.contains("payara"), cuerpo);
    assertFalse(cuerpo.contains("Exception"), cuerpo);
    assertFalse(cuerpo.contains("\tat "), cuerpo);
    assertEquals(1, registros.size());
    assertEquals(Level.SEVERE, registros.get(0).getLevel());
    assertSame(e, registros.get(0).getThrown(), "los detalles van al log");
  }

  @Test
  void errores5xxDeJaxRsTambienSonUn500Generico() {
    for (var e :
        List.of(
            new InternalServerErrorException("pool agotado: jdbc/tramite"),
            new ServiceUnavailableException("mantenimiento interno"))) {
      var p = verificar(mapeador.toResponse(e), 500, "Error interno");
      assertEquals(GENERICO, p.detail());
    }
  }

  @Test
  void unErrorNoExcepcionTambienSeMapea() {
    var p = verificar(mapeador.toResponse(new StackOverflowError()), 500, "Error interno");
    assertEquals(GENERICO, p.detail());
  }

  @Test
  void sinCausaDeNegocioSeDevuelveLaMismaExcepcion() {
    var e = new IllegalArgumentException("x");
    assertSame(e, ErroresDelServicio.causaDeNegocio(e));
  }

  @Test
  void elProblemaSeSerializaConLosNombresDeRfc9457() {
    String json =
        JsonbBuilder.create()
            .toJson(problema(mapeador.toResponse(new DatosInvalidosException("q", "Muy larga."))));
    assertTrue(json.contains("\"type\":\"about:blank\""), json);
    assertTrue(json.contains("\"title\":\"Datos inválidos\""), json);
    assertTrue(json.contains("\"status\":400"), json);
    assertTrue(json.contains("\"detail\":\"Muy larga.\""), json);
    assertTrue(json.contains("\"campo\":\"q\""), json);
  }

  // ------------------------------------------------------------------ request bodies (Yasson)

  private static final Jsonb YASSON = JsonbBuilder.create();

  /** The exception Yasson really throws for this body and class. */
  private static JsonbException alLeer(String json, Class<?> tipo) {
    try {
      YASSON.fromJson(json, tipo);
    } catch (JsonbException e) {
      return e;
    }
    throw new AssertionError("Yasson aceptó " + json + " como " + tipo.getSimpleName());
  }

  /** How Jersey's JSON-B reader, then its entity parameter, pass it on. */
  private static List<Throwable> comoLlega(JsonbException e) {
    var procesando = new ProcessingException("Error deserializing object from entity stream.", e);
    return List.of(
        e,
        procesando,
        new BadRequestException(procesando),
        new EJBException(new RuntimeException(procesando)));
  }

  /** 400 problem, nothing internal in the body, and no log line above INFO. */
  private Problema json400(Throwable e, String titulo) {
    registros.clear();
    var p = verificar(mapeador.toResponse(e), 400, titulo);
    String cuerpo = JsonbBuilder.create().toJson(p);
    for (String interno :
        List.of(
            "Exception",
            "jakarta",
            "yasson",
            "parsson",
            "Unable",
            "Incorrect",
            "Internal",
            "token",
            "START_",
            "class ",
            "java.",
            "$",
            "ErroresDelServicioTest")) {
      assertFalse(cuerpo.contains(interno), () -> interno + " en " + cuerpo);
    }
    assertTrue(
        registros.stream().allMatch(r -> r.getLevel().intValue() <= Level.INFO.intValue()),
        () -> "un JSON mal escrito por el cliente no es un error del servidor: " + registros);
    return p;
  }

  @Test
  void cuerpoMalFormadoEs400EnCadaPeticionDeLaApi() {
    for (Class<?> tipo :
        List.of(
            ArchivoResource.BusquedaNueva.class,
            ExpedientesResource.CambioDeNivel.class,
            TareasResource.Resultado.class,
            FirmasResource.Pedido.class)) {
      for (Throwable e : comoLlega(alLeer("{\"nombre\":", tipo))) {
        var p = json400(e, "JSON mal formado");
        assertEquals(
            "El cuerpo de la petición no es un JSON bien formado: revise comillas, comas, llaves y"
                + " corchetes.",
            p.detail(),
            tipo.getSimpleName() + " " + e.getClass().getSimpleName());
        assertNull(p.campo());
      }
    }
  }

  @Test
  void otrasFormasDeJsonMalFormado() {
    for (String json :
        List.of(
            "",
            "   ",
            "no es json",
            "{\"nivel\" \"PUBLICO\"}",
            "{\"nivel\":\"PUBLICO\"",
            "[",
            "{'a':1}")) {
      var p = json400(alLeer(json, ExpedientesResource.CambioDeNivel.class), "JSON mal formado");
      assertTrue(
          p.detail().startsWith("El cuerpo de la petición no es un JSON bien formado"),
          () -> json + " → " + p.detail());
    }
  }

  @Test
  void unTextoDondeVaUnNumeroNombraElCampo() {
    for (Throwable e : comoLlega(alLeer("{\"folios\": \"muchos\"}", ExpedienteNuevo.class))) {
      var p = json400(e, "Datos inválidos");
      assertEquals("folios", p.campo());
      assertEquals(
          "El campo «folios» tiene un valor de tipo incorrecto: debe ser un número entero.",
          p.detail());
    }
  }

  @Test
  void unTextoDondeVaUnObjetoOUnaListaNombraElCampoYLoQueSeEsperaba() {
    record Caso(String json, Class<?> tipo, String campo, String esperado) {}
    for (var c :
        List.of(
            new Caso(
                "{\"firmaExterna\": \"x\"}",
                TareasResource.Resultado.class,
                "firmaExterna",
                "un objeto JSON"),
            new Caso(
                "{\"campos\": \"x\"}", TareasResource.Resultado.class, "campos", "un objeto JSON"),
            new Caso(
                "{\"tareas\": \"t-1\"}", FirmasResource.Pedido.class, "tareas", "una lista JSON"),
            new Caso(
                "{\"nombre\": {\"a\": 1}}",
                ArchivoResource.BusquedaNueva.class,
                "nombre",
                "un valor simple (texto, número o true/false)"),
            new Caso(
                "{\"firmaExterna\": {\"certificados\": 7}}",
                TareasResource.Resultado.class,
                "firmaExterna.certificados",
                "una lista JSON"))) {
      for (Throwable e : comoLlega(alLeer(c.json(), c.tipo()))) {
        var p = json400(e, "Datos inválidos");
        assertEquals(c.campo(), p.campo(), c.json());
        assertEquals(
            "El campo «"
                + c.campo()
                + "» tiene un valor de tipo incorrecto: debe ser "
                + c.esperado()
                + ".",
            p.detail());
      }
    }
  }

  @Test
  void unCuerpoQueNoEsUnObjetoEs400SinCampo() {
    var p = json400(alLeer("[1, 2]", ExpedientesResource.CambioDeNivel.class), "Datos inválidos");
    assertEquals(
        "El cuerpo de la petición no tiene la forma esperada: debe ser un objeto JSON.",
        p.detail());
    assertNull(p.campo());
    var texto =
        json400(alLeer("\"PUBLICO\"", ExpedientesResource.CambioDeNivel.class), "Datos inválidos");
    assertTrue(texto.detail().startsWith("El cuerpo de la petición no tiene la forma esperada"));
  }

  /** A bean whose getter fails: Yasson cannot write it. */
  public static class Averiada {
    public String getValor() {
      throw new IllegalStateException(INTERNO);
    }
  }

  @Test
  void unErrorDeJsonAlEscribirLaRespuestaSigueSiendoUn500() {
    Logger yasson = Logger.getLogger("org.eclipse.yasson");
    Level antes = yasson.getLevel();
    yasson.setLevel(Level.OFF); // it logs its own SEVERE line for the incomplete JSON
    JsonbException alEscribir;
    try {
      YASSON.toJson(new Averiada());
      throw new AssertionError("Yasson escribió una Averiada");
    } catch (JsonbException e) {
      alEscribir = e;
    } finally {
      yasson.setLevel(antes);
    }
    var e = new ProcessingException("Error serializing object to output stream.", alEscribir);
    assertNull(ErroresDelServicio.errorDeJson(e));
    assertEquals(GENERICO, verificar(mapeador.toResponse(e), 500, "Error interno").detail());
    assertEquals(Level.SEVERE, registros.get(0).getLevel());
  }

  @Test
  void unaJsonExceptionQueNoVieneDeLeerNoEsCulpaDelCliente() {
    var e = new ProcessingException("x", new JsonbException("Unable to deserialize property 'a'"));
    e.getCause().setStackTrace(new StackTraceElement[0]);
    e.setStackTrace(new StackTraceElement[0]);
    assertEquals(500, mapeador.toResponse(e).getStatus());
  }

  @Test
  void unaCadenaDeCausasCiclicaNoCuelgaAlMapeador() {
    var a = new RuntimeException("a");
    var b = new IllegalStateException("b", a);
    a.initCause(b); // a → b → a → …
    var e = new EJBException(new RuntimeException("envoltura", a));
    var r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> mapeador.toResponse(e));
    assertEquals(GENERICO, verificar(r, 500, "Error interno").detail());
  }

  @Test
  void unValorDesconocidoDeUnaEnumeracionSigueSiendoDatosInvalidosConSuCampo() {
    var cambio = new ExpedientesResource.CambioDeNivel();
    cambio.nivel = "SECRETO";
    cambio.motivo = "Contiene datos personales sensibles.";
    DatosInvalidosException e =
        assertThrows(
            DatosInvalidosException.class,
            () -> new ExpedientesResource().clasificar("EXP-2026-000001", cambio));
    var p = json400(e, "Datos inválidos");
    assertEquals("nivel", p.campo());
  }
}
