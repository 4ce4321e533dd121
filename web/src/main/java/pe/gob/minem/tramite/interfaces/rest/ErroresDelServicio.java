package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.gob.minem.tramite.application.idempotencia.ClaveReutilizadaException;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;
import pe.gob.minem.tramite.interfaces.fallas.CaidaDeLaBaseDeDatos;
import pe.gob.minem.tramite.interfaces.fallas.FallaDeInfraestructura;

/**
 * Every error of the API, mapped once to a problem response: rules broken → 400 (a refused
 * signature too, titled so), an Idempotency-Key reused with another request → 422, a request body
 * that is not JSON or has a value of the wrong type → 400 saying so (logged at FINE only), too
 * large → 413, not found → 404, not allowed → 403, conflicting state (a task already done, two
 * people at once) → 409, a service the action needs is down (the TSA) → 503 with Retry-After, the
 * database unreachable → 503 with Retry-After, the document store's disk full → 507, anything else
 * → 500 with a generic Spanish message (the details go to the log).
 */
@Provider
public class ErroresDelServicio implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErroresDelServicio.class.getName());

  /** The portal's memory of database failures; a test gives its own. */
  CaidaDeLaBaseDeDatos caidas = CaidaDeLaBaseDeDatos.DEL_PORTAL;

  @Override
  public Response toResponse(Throwable e) {
    Throwable c = causaDeNegocio(e);
    if (c instanceof ContenidoDemasiadoGrandeException x) {
      return Problema.respuesta(413, "Archivo demasiado grande", x.getMessage(), "archivos");
    }
    if (c instanceof DatosInvalidosException x) {
      return Problema.respuesta(400, "Datos inválidos", x.getMessage(), x.getCampo());
    }
    if (c instanceof ClaveReutilizadaException x) {
      return Problema.respuesta(
          422, "Clave de idempotencia reutilizada", x.getMessage(), "Idempotency-Key");
    }
    if (c instanceof FirmaRechazadaException x) {
      return Problema.respuesta(400, "Firma rechazada", x.getMessage(), null);
    }
    if (c instanceof ReglaIncumplidaException x) {
      return Problema.respuesta(400, "Solicitud no válida", x.getMessage(), null);
    }
    if (c instanceof NoEncontradoException x) {
      return Problema.respuesta(404, "No encontrado", x.getMessage(), null);
    }
    if (c instanceof AccesoDenegadoException x) {
      return Problema.respuesta(403, "Acceso denegado", x.getMessage(), null);
    }
    if (c instanceof EJBAccessException) {
      return Problema.respuesta(403, "Acceso denegado", "No tiene permiso para esta acción.", null);
    }
    if (c instanceof ConflictoException x) {
      return Problema.respuesta(409, "Conflicto", x.getMessage(), null);
    }
    if (c instanceof ServicioNoDisponibleException x) {
      return Response.fromResponse(
              Problema.respuesta(503, "Servicio no disponible", x.getMessage(), null))
          .header("Retry-After", "60")
          .build();
    }
    var falla = caidas.reconocida(e);
    if (falla.isPresent()) {
      return deInfraestructura(falla.get(), e);
    }
    ErrorDeJson json = errorDeJson(e);
    if (json != null) {
      LOG.log(Level.FINE, e, () -> "Cuerpo JSON no válido: " + json.detalle());
      return Problema.respuesta(400, json.titulo(), json.detalle(), json.campo());
    }
    if (esConcurrencia(e)) {
      return Problema.respuesta(
          409,
          "Conflicto",
          "Otra persona modificó el mismo elemento al mismo tiempo. Actualice e inténtelo de nuevo.",
          null);
    }
    if (e instanceof NotFoundException) {
      return Problema.respuesta(404, "No encontrado", "El recurso solicitado no existe.", null);
    }
    if (e instanceof NotAllowedException) {
      return Problema.respuesta(405, "Método no permitido", "Método HTTP no permitido aquí.", null);
    }
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      return Problema.respuesta(
          w.getResponse().getStatus(),
          "Solicitud no válida",
          "La solicitud no es válida: revise el formato.",
          null);
    }
    var enCaida = caidas.de(e);
    if (enCaida.isPresent()) {
      return deInfraestructura(enCaida.get(), e);
    }
    LOG.log(Level.SEVERE, "Error no previsto en la API", e);
    return Problema.respuesta(
        500, "Error interno", "Ocurrió un error inesperado; no se guardó ningún cambio.", null);
  }

  /**
   * The database down (503 with Retry-After) or the store's disk full (507): said to the client in
   * Spanish, logged once per request without the stack (the cause is the machine, not the code).
   */
  static Response deInfraestructura(FallaDeInfraestructura f, Throwable e) {
    LOG.log(
        f == FallaDeInfraestructura.DISCO_LLENO ? Level.SEVERE : Level.WARNING,
        () ->
            f.titulo() + ": " + CausaDeNegocio.cadena(e).get(CausaDeNegocio.cadena(e).size() - 1));
    var r = Response.fromResponse(Problema.respuesta(f.estado(), f.titulo(), f.detalle(), null));
    if (f.reintentarEnSegundos() > 0) {
      r.header("Retry-After", Integer.toString(f.reintentarEnSegundos()));
    }
    return r.build();
  }

  /** The domain exception under container wrappers (EJBException, rollback exceptions…). */
  static Throwable causaDeNegocio(Throwable e) {
    Optional<RuntimeException> negocio = CausaDeNegocio.en(e);
    if (negocio.isPresent()) {
      return negocio.get();
    }
    for (Throwable t : CausaDeNegocio.cadena(e)) {
      if (t instanceof EJBAccessException) {
        return t;
      }
    }
    return e;
  }

  /** Optimistic locks (JPA or Flowable) and unique keys broken by a concurrent request. */
  static boolean esConcurrencia(Throwable e) {
    for (Throwable t : CausaDeNegocio.cadena(e)) {
      String n = t.getClass().getName();
      if (t instanceof OptimisticLockException
          || n.endsWith("FlowableOptimisticLockingException")
          || n.endsWith("OptimisticLockException")) {
        return true;
      }
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && s.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** What is wrong with a request body, in Spanish; {@code campo} is the JSON path when known. */
  record ErrorDeJson(String titulo, String detalle, String campo) {}

  private static final Pattern PROPIEDAD =
      Pattern.compile("^Unable to deserialize property '([\\p{L}\\p{N}_$]+)'");
  private static final Pattern ADMITIDOS = Pattern.compile("Allowed: \\[([A-Z_, ]*)\\]");
  private static final Pattern TIPO =
      Pattern.compile("into type: (?:class )?([\\w$]+(?:\\.[\\w$]+)*)");

  /**
   * The request body's JSON problem under the wrappers of Jersey and the container
   * (ProcessingException, BadRequestException, EJBException…), or null when there is none. Only an
   * error raised while reading counts ({@code fromJson} or a reader's {@code readFrom} on its
   * stack): one raised while writing a response is the server's fault and stays a 500. The texts of
   * Yasson and Parsson are only read for the field's name and the expected kind of value; none of
   * their words reach the client.
   */
  static ErrorDeJson errorDeJson(Throwable e) {
    List<Throwable> cadena = CausaDeNegocio.cadena(e);
    if (cadena.stream().noneMatch(t -> t instanceof JsonbException || t instanceof JsonException)
        || cadena.stream().noneMatch(ErroresDelServicio::alLeer)) {
      return null;
    }
    for (Throwable t : cadena) {
      if (t instanceof JsonParsingException) {
        // no line or column: Parsson's location is wrong at the end of the input
        return new ErrorDeJson(
            "JSON mal formado",
            "El cuerpo de la petición no es un JSON bien formado: revise comillas, comas, llaves y"
                + " corchetes.",
            null);
      }
    }
    List<String> ruta = new ArrayList<>();
    String ultimo = "";
    for (Throwable t : cadena) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      Matcher p = PROPIEDAD.matcher(m);
      if (p.find()) {
        ruta.add(p.group(1));
      }
      if (t instanceof JsonbException) {
        ultimo = m;
      }
    }
    String esperado = esperado(ultimo);
    if (ruta.isEmpty()) {
      return new ErrorDeJson(
          "Datos inválidos",
          "El cuerpo de la petición no tiene la forma esperada"
              + (esperado == null ? "" : ": debe ser " + esperado)
              + ".",
          null);
    }
    String campo = String.join(".", ruta);
    return new ErrorDeJson(
        "Datos inválidos",
        "El campo «"
            + campo
            + "» tiene un valor de tipo incorrecto"
            + (esperado == null ? "" : ": debe ser " + esperado)
            + ".",
        campo);
  }

  private static boolean alLeer(Throwable t) {
    for (StackTraceElement f : t.getStackTrace()) {
      if ("fromJson".equals(f.getMethodName()) || "readFrom".equals(f.getMethodName())) {
        return true;
      }
    }
    return false;
  }

  /** The kind of value Yasson wanted, from its message (innermost first), in Spanish. */
  private static String esperado(String mensaje) {
    Matcher a = ADMITIDOS.matcher(mensaje);
    String admitidos = null;
    while (a.find()) {
      admitidos = a.group(1); // the last one is the innermost
    }
    if (admitidos != null) {
      if (admitidos.contains("START_OBJECT")) {
        return "un objeto JSON";
      }
      if (admitidos.contains("START_ARRAY")) {
        return "una lista JSON";
      }
      if (admitidos.contains("VALUE_")) {
        return "un valor simple (texto, número o true/false)";
      }
    }
    Matcher t = TIPO.matcher(mensaje);
    String tipo = null;
    while (t.find()) {
      tipo = t.group(1);
    }
    if (tipo == null) {
      return null;
    }
    String simple = tipo.substring(tipo.lastIndexOf('.') + 1);
    return switch (simple) {
      case "int", "Integer", "long", "Long", "short", "Short", "byte", "Byte", "BigInteger" ->
          "un número entero";
      case "double", "Double", "float", "Float", "BigDecimal", "Number" -> "un número";
      case "boolean", "Boolean" -> "true o false";
      case "String", "char", "Character" -> "un texto";
      default -> null;
    };
  }
}
