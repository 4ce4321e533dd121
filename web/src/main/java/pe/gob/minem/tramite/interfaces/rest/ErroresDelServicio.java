package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;

/**
 * Every error of the API, mapped once to a problem response: rules broken → 400 (a refused
 * signature too, titled so), too large → 413, not found → 404, not allowed → 403, conflicting state
 * (a task already done, two people at once) → 409, a service the action needs is down (the TSA) →
 * 503 with Retry-After, anything else → 500 with a generic Spanish message (the details go to the
 * log).
 */
@Provider
public class ErroresDelServicio implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErroresDelServicio.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Throwable c = causaDeNegocio(e);
    if (c instanceof ContenidoDemasiadoGrandeException x) {
      return Problema.respuesta(413, "Archivo demasiado grande", x.getMessage(), "archivos");
    }
    if (c instanceof DatosInvalidosException x) {
      return Problema.respuesta(400, "Datos inválidos", x.getMessage(), x.getCampo());
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
    LOG.log(Level.SEVERE, "Error no previsto en la API", e);
    return Problema.respuesta(
        500, "Error interno", "Ocurrió un error inesperado; no se guardó ningún cambio.", null);
  }

  /** The domain exception under container wrappers (EJBException, rollback exceptions…). */
  static Throwable causaDeNegocio(Throwable e) {
    Optional<RuntimeException> negocio = CausaDeNegocio.en(e);
    if (negocio.isPresent()) {
      return negocio.get();
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return t;
      }
    }
    return e;
  }

  /** Optimistic locks (JPA or Flowable) and unique keys broken by a concurrent request. */
  static boolean esConcurrencia(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
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
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
