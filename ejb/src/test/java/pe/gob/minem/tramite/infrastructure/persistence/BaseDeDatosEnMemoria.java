package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * The application's persistence unit ({@code META-INF/persistence.xml}, its entities and
 * converters) on an in-memory H2 with the Flyway schema, as a local-transaction unit: enough to run
 * the repositories' queries without a server.
 */
public final class BaseDeDatosEnMemoria implements AutoCloseable {

  private final EntityManagerFactory emf;
  private final String url;

  public BaseDeDatosEnMemoria() {
    // MODE=LEGACY as bin/tramite runs H2
    url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    Flyway.configure(BaseDeDatosEnMemoria.class.getClassLoader())
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .table("flyway_historial")
        .load()
        .migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "tramite",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
  }

  /**
   * Runs the work in a transaction of a new persistence context, and commits it (rolls it back if
   * the work marked it rollback-only).
   */
  public <T> T obtener(Function<EntityManager, T> trabajo) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T resultado = trabajo.apply(em);
      if (em.getTransaction().getRollbackOnly()) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
      return resultado;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The same, for work that returns nothing. */
  public void enTransaccion(Consumer<EntityManager> trabajo) {
    obtener(
        em -> {
          trabajo.accept(em);
          return null;
        });
  }

  /** A persistence context of its own, for work that begins and commits its transactions itself. */
  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** The audit repository on {@code em}, as the portal's (which gets it injected). */
  public static pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository auditoria(
      EntityManager em) {
    var r = new JpaRegistroAuditoriaRepository();
    r.em = em;
    return r;
  }

  /**
   * A plain JDBC connection to the same database (auto-commit), to do what the portal never does.
   */
  public java.sql.Connection conexion() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(url, "sa", "");
  }

  /** A DataSource of the same database. */
  javax.sql.DataSource dataSource() {
    var ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    return ds;
  }

  @Override
  public void close() {
    emf.close();
  }
}
