package pe.gob.minem.tramite.interfaces.salud;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import pe.gob.minem.tramite.infrastructure.persistence.MigracionBaseDeDatos;

/**
 * The web module starts after every start-up bean of the EJB module: the portal has started, and
 * another instance of the group waiting to start on the same database may go on (ADR 0043).
 */
@WebListener
public class ArranqueTerminado implements ServletContextListener {

  @EJB MigracionBaseDeDatos migracion;

  @Override
  public void contextInitialized(ServletContextEvent evento) {
    migracion.arranqueTerminado();
  }
}
