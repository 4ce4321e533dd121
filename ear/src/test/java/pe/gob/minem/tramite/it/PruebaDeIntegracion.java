package pe.gob.minem.tramite.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: Arquillian runs it as a client of the deployed EAR (a black
 * box over HTTP), and each test starts once the portal answers {@code /health/ready}.
 *
 * <p>The deployment comes from the subclass an IT extends, {@link PruebaConElEar} or {@link
 * PruebaConFallasInyectadas}: Arquillian collects every {@code @Deployment} method up the class
 * hierarchy, so this class declares none and an IT declares none of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PruebaDeIntegracion {

  /** Not named esperarListo: it would hide Portal.esperarListo, which subclasses import. */
  @BeforeEach
  void portalListo() {
    Portal.esperarListo();
  }
}
