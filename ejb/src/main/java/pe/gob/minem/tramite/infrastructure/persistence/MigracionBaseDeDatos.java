package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database, then chains
 * the audit rows older than the chain (once).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MigracionBaseDeDatos {

  private static final Logger LOG = Logger.getLogger(MigracionBaseDeDatos.class.getName());

  @Resource(lookup = "java:app/jdbc/tramite")
  private DataSource dataSource;

  /** PostgreSQL's advisory lock key of the start-up (any constant shared by the instances). */
  private static final long CERROJO_DE_ARRANQUE = 0x54524D4954455354L;

  /** The connection that holds the start-up lock until the portal has started (PostgreSQL). */
  private Connection cerrojoDeArranque;

  @PostConstruct
  void migrar() {
    tomarCerrojoDeArranque();
    migrarEsquema();
    try {
      RegistrosAnteriores.encadenar(dataSource);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("No se pudo encadenar la auditoría anterior", e);
    }
  }

  /**
   * The instances of a group start together on one database (ADR 0043): the schema (Flyway's and
   * Flowable's), the process definitions and the seeded accounts and demo data are each created
   * once, by whichever instance starts first, while the others wait on PostgreSQL's advisory lock
   * (a session lock, released when this JVM dies). Released when the web module has started ({@link
   * #arranqueTerminado}); after ten minutes a waiting instance goes on, warned. H2 is one process's
   * database: nothing to wait for.
   */
  private void tomarCerrojoDeArranque() {
    try {
      Connection c = dataSource.getConnection();
      if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        c.close();
        return;
      }
      long hasta = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      boolean avisado = false;
      try (var st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        st.setLong(1, CERROJO_DE_ARRANQUE);
        while (true) {
          try (var rs = st.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
              break;
            }
          }
          if (System.nanoTime() > hasta) {
            LOG.warning("Otra instancia no terminó de arrancar en 10 minutos: sigo sin esperarla");
            c.close();
            return;
          }
          if (!avisado) {
            LOG.info("Otra instancia arranca sobre la misma base de datos: espero a que termine");
            avisado = true;
          }
          Thread.sleep(1000);
        }
      }
      cerrojoDeArranque = c;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "No se pudo tomar el cerrojo de arranque", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The portal has started (its web module is up): another instance may start now. */
  public void arranqueTerminado() {
    Connection c = cerrojoDeArranque;
    cerrojoDeArranque = null;
    if (c == null) {
      return;
    }
    try (c;
        var st = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      st.setLong(1, CERROJO_DE_ARRANQUE);
      st.execute();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "No se pudo soltar el cerrojo de arranque", e);
    }
  }

  @PreDestroy
  void alDetener() {
    arranqueTerminado();
  }

  private void migrarEsquema() {
    var resultado =
        Flyway.configure(MigracionBaseDeDatos.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("flyway_historial")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Esquema de base de datos al día: "
                + resultado.migrationsExecuted
                + " migraciones aplicadas, versión "
                + resultado.targetSchemaVersion);
  }
}
