package pe.gob.minem.tramite.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import pe.gob.minem.tramite.it.falla.FallaInyectada;

/** The deployments of the integration tests: the EAR exactly as {@code package} built it. */
public final class Despliegue {

  public static final String MODULO_EJB = "tramite-ejb.jar";

  private Despliegue() {}

  /** {@code ear/target/tramite.ear}, as built. */
  public static EnterpriseArchive ear() {
    File f = new File(System.getProperty("it.ear", "target/tramite.ear"));
    if (!f.isFile()) {
      throw new IllegalStateException(
          "no existe " + f.getAbsolutePath() + ": ejecute mvn verify (package construye el EAR)");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, f);
  }

  /**
   * The built EAR with {@link FallaInyectada} added INSIDE its EJB module, next to the code that
   * fires the events, so that its exception is thrown within the application's transactions.
   */
  public static EnterpriseArchive earConFallasInyectadas() {
    EnterpriseArchive ear = ear();
    JavaArchive ejb = ear.getAsType(JavaArchive.class, MODULO_EJB);
    if (ejb == null) {
      throw new IllegalStateException(
          "el EAR no contiene " + MODULO_EJB + ": " + ear.toString(true));
    }
    ejb.addClass(FallaInyectada.class);
    // ShrinkWrap keeps nested archives by reference; check that the class really travels
    ArchivePath clase =
        ArchivePaths.create(FallaInyectada.class.getName().replace('.', '/') + ".class");
    if (!ear.getAsType(JavaArchive.class, MODULO_EJB).contains(clase)) {
      throw new IllegalStateException(
          "FallaInyectada no quedó dentro de " + MODULO_EJB + ": " + ejb.toString(true));
    }
    return ear;
  }
}
