package pe.gob.minem.tramite.it;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment for every IT class that declares the same {@code @Deployment} method.
 *
 * <p>Arquillian deploys and undeploys the EAR around each test class; on Payara that is 20–30 s a
 * class, about nine minutes of a suite of two dozen classes, spent deploying the same bytes again.
 * The ITs are black-box clients over HTTP of one portal and one database (each test makes its own
 * expedientes), so this extension keeps the EAR deployed from one class to the next while the
 * classes ask for the same deployment (the same declaring method, e.g. {@link PruebaConElEar}'s),
 * replaces it when a class asks for another one (the EAR with injected faults) and undeploys the
 * last one when the suite ends, before Arquillian stops the server.
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class DespliegueCompartido implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(DespliegueCompartido.class.getName());

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Observador.class);
  }

  /** What is deployed on the server now, across test classes (one Arquillian run per JVM). */
  private static final class Vigente {
    final String clave;
    final DeployableContainer<?> contenedor;
    final Archive<?> archivo;

    Vigente(String clave, DeployableContainer<?> contenedor, Archive<?> archivo) {
      this.clave = clave;
      this.contenedor = contenedor;
      this.archivo = archivo;
    }
  }

  private static Vigente vigente;

  public static class Observador {

    @Inject private Instance<TestClass> claseDePrueba;

    public void desplegar(@Observes EventContext<DeployDeployment> contexto) throws Exception {
      DeployDeployment evento = contexto.getEvent();
      Deployment despliegue = evento.getDeployment();
      String clave = clave(despliegue);
      synchronized (DespliegueCompartido.class) {
        if (clave != null && vigente != null && clave.equals(vigente.clave)) {
          LOG.info(() -> "despliegue compartido: " + clave + " ya está desplegado");
          despliegue.deployed();
          return;
        }
        retirarVigente();
        contexto.proceed();
        if (clave != null && despliegue.isDeployed()) {
          vigente = new Vigente(clave, evento.getDeployableContainer(), archivo(despliegue));
        }
      }
    }

    public void retirar(@Observes EventContext<UnDeployDeployment> contexto) {
      Deployment despliegue = contexto.getEvent().getDeployment();
      String clave = clave(despliegue);
      synchronized (DespliegueCompartido.class) {
        if (clave != null && vigente != null && clave.equals(vigente.clave)) {
          despliegue.undeployed(); // stays on the server for the next class
          return;
        }
      }
      contexto.proceed();
    }

    /** Before Arquillian's own AfterSuite observer stops the server (precedence 0). */
    public void alTerminar(@Observes(precedence = 100) AfterSuite evento) {
      synchronized (DespliegueCompartido.class) {
        try {
          retirarVigente();
        } catch (Exception e) {
          LOG.warning("no se pudo retirar el despliegue compartido: " + e);
        }
      }
    }

    private static void retirarVigente() throws Exception {
      if (vigente != null) {
        Vigente v = vigente;
        vigente = null;
        v.contenedor.undeploy(v.archivo);
      }
    }

    private static Archive<?> archivo(Deployment d) {
      return d.getDescription().getTestableArchive() != null
          ? d.getDescription().getTestableArchive()
          : d.getDescription().getArchive();
    }

    /**
     * The method that made the deployment ({@code Clase#metodo} of its {@code @Deployment}), or
     * null when there is no test class to ask (then nothing is shared).
     */
    private String clave(Deployment d) {
      TestClass clase = claseDePrueba.get();
      if (clase == null || !d.getDescription().isArchiveDeployment()) {
        return null;
      }
      for (Method m : clase.getMethods(org.jboss.arquillian.container.test.api.Deployment.class)) {
        return m.getDeclaringClass().getName()
            + "#"
            + m.getName()
            + "/"
            + d.getDescription().getName();
      }
      return null;
    }
  }
}
