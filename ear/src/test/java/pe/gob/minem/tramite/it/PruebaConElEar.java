package pe.gob.minem.tramite.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** An integration test against the EAR exactly as {@code package} built it. */
abstract class PruebaConElEar extends PruebaDeIntegracion {

  @Deployment(testable = false)
  static EnterpriseArchive despliegue() {
    return Despliegue.ear();
  }
}
