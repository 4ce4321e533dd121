package pe.gob.minem.tramite.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import pe.gob.minem.tramite.it.falla.CorreoObservado;
import pe.gob.minem.tramite.it.falla.FallaInyectada;

/** The deployments of the integration tests: the EAR exactly as {@code package} built it. */
public final class Despliegue {

  public static final String MODULO_EJB = "tramite-ejb.jar";

  private Despliegue() {}

  private static File copia;

  /**
   * {@code ear/target/tramite.ear}, as built. ShrinkWrap reads a zip lazily, so the tests deploy a
   * private copy taken once per run: a {@code mvn package} or {@code bin/tramite} running in the
   * same work tree meanwhile cannot change the EAR under them, and every IT class deploys the same
   * bytes.
   */
  public static synchronized EnterpriseArchive ear() {
    if (copia == null) {
      copia = copiar(new File(System.getProperty("it.ear", "target/tramite.ear")));
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, copia);
  }

  private static File copiar(File ear) {
    if (!ear.isFile()) {
      throw new IllegalStateException(
          "no existe " + ear.getAbsolutePath() + ": ejecute mvn verify (package construye el EAR)");
    }
    IOException ultimo = null;
    for (int intento = 0; intento < 10; intento++) {
      try {
        Path destino = Files.createTempFile("tramite-it-", ".ear");
        destino.toFile().deleteOnExit();
        Files.copy(ear.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
        try (ZipFile z = new ZipFile(destino.toFile())) { // whole and readable?
          var entradas = z.entries();
          while (entradas.hasMoreElements()) {
            try (InputStream in = z.getInputStream(entradas.nextElement())) {
              in.transferTo(OutputStream.nullOutputStream());
            }
          }
        }
        return destino.toFile();
      } catch (IOException e) { // being rewritten right now: wait and try again
        ultimo = e;
        try {
          Thread.sleep(3000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new IllegalStateException("no se pudo copiar " + ear + " íntegro", ultimo);
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
    ejb.addClass(CorreoObservado.class);
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
