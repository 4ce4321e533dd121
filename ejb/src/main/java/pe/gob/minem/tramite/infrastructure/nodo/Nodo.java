package pe.gob.minem.tramite.infrastructure.nodo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This JVM's name among the cluster's nodes, for leases: the Payara instance's name (system
 * property {@code com.sun.aas.instanceName}) and a random suffix, so that an instance restarted
 * with the same name is not mistaken for its previous life, whose leases must run out.
 */
@ApplicationScoped
public class Nodo {

  private final String id =
      System.getProperty("com.sun.aas.instanceName", "tramite")
          + "-"
          + UUID.randomUUID().toString().substring(0, 8);

  public String id() {
    return id;
  }

  /** The instance's name in a node id (what precedes its last {@code -suffix}). */
  public static String instancia(String id) {
    int guion = id.lastIndexOf('-');
    return guion < 0 ? id : id.substring(0, guion);
  }
}
