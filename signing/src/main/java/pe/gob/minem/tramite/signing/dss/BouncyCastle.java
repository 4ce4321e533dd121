package pe.gob.minem.tramite.signing.dss;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JVM-wide «BC» security provider, kept to this application's own copy. DSS looks Bouncy Castle
 * up by name ({@code CertificateFactory.getInstance("X.509", "BC")}), and the registration is
 * global to the server: after a redeployment, or while a second copy of the application was
 * deployed and then removed (the ITs' fault-injection EAR), the name could point to a provider
 * whose class loader is closed, and every signature failed with {@code NoClassDefFoundError} until
 * the server restarted. Each operation makes sure the name is ours; the application takes its copy
 * away when it stops ({@link #release()}).
 */
public final class BouncyCastle {

  private BouncyCastle() {}

  /** «BC» is this application's Bouncy Castle (registered or replaced if it was not). */
  public static void ensureRegistered() {
    Provider p = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (p != null && p.getClass() == BouncyCastleProvider.class) {
      return;
    }
    synchronized (BouncyCastle.class) {
      p = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
      if (p != null && p.getClass() == BouncyCastleProvider.class) {
        return;
      }
      if (p != null) {
        Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
      }
      Security.addProvider(new BouncyCastleProvider());
    }
  }

  /** At the application's stop: its «BC» is removed, so nothing keeps its class loader in use. */
  public static void release() {
    synchronized (BouncyCastle.class) {
      Provider p = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
      if (p != null && p.getClass() == BouncyCastleProvider.class) {
        Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
      }
    }
  }
}
