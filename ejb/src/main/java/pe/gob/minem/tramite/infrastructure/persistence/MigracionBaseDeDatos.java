package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

  @PostConstruct
  void migrar() {
    migrarEsquema();
    try {
      RegistrosAnteriores.encadenar(dataSource);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("No se pudo encadenar la auditoría anterior", e);
    }
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
