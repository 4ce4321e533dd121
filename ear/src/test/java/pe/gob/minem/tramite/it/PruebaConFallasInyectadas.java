package pe.gob.minem.tramite.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import pe.gob.minem.tramite.it.falla.FallaInyectada;

/** An integration test against the built EAR with {@link FallaInyectada} inside its EJB module. */
abstract class PruebaConFallasInyectadas extends PruebaDeIntegracion {

  @Deployment(testable = false)
  static EnterpriseArchive despliegue() {
    return Despliegue.earConFallasInyectadas();
  }
}
