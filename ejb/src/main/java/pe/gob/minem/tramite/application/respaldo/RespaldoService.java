package pe.gob.minem.tramite.application.respaldo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.auditoria.Administradores;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.respaldo.CopiaEnLinea;

/**
 * The portal's share of {@code bin/tramite backup} (ADR 0023): on embedded H2, which the running
 * server holds, the consistent copy of the database is made here, for administrators only; the
 * script copies the rest. PostgreSQL is copied by pg_dump from the script, without the portal.
 *
 * <p>No container transaction around it: the copy runs in its own snapshot transaction on one
 * connection, and a large database outlasts a transaction's timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RespaldoService {

  private static final Logger LOG = Logger.getLogger(RespaldoService.class.getName());
  private static final AtomicBoolean EN_CURSO = new AtomicBoolean();

  @Inject Administradores administradores;
  @Inject Auditoria auditoria;
  @Inject CopiaEnLinea copiaEnLinea;

  public CopiaDeLaBaseDeDatos copiarBaseDeDatos() {
    Persona p =
        administradores.exigir("respaldar la base de datos", "RECHAZO_RESPALDO", "base-de-datos");
    String motor;
    try {
      motor = copiaEnLinea.motor();
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo consultar la base de datos", e);
    }
    if (!"H2".equalsIgnoreCase(motor)) {
      throw new ConflictoException(
          "El portal usa "
              + motor
              + ": bin/tramite backup copia esa base de datos con pg_dump, sin pasar por el"
              + " portal.");
    }
    if (!EN_CURSO.compareAndSet(false, true)) {
      throw new ConflictoException(
          "Ya se está copiando la base de datos para otro respaldo; espere a que termine.");
    }
    try {
      CopiaEnLinea.Copia c = copiaEnLinea.hacer();
      String detalle =
          c.archivo()
              + ", "
              + c.bytes()
              + " bytes en "
              + (c.fin().toEpochMilli() - c.inicio().toEpochMilli())
              + " ms";
      LOG.info("Respaldo: base de datos H2 copiada para " + p.getUsuario() + ": " + detalle);
      auditoria.registrar(p.getUsuario(), "RESPALDO", "base-de-datos", detalle);
      return new CopiaDeLaBaseDeDatos(c.archivo(), c.bytes(), c.inicio(), c.fin());
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("No se pudo copiar la base de datos H2", e);
    } finally {
      EN_CURSO.set(false);
    }
  }
}
