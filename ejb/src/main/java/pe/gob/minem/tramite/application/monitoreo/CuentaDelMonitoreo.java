package pe.gob.minem.tramite.application.monitoreo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.organizacion.Claves;
import pe.gob.minem.tramite.domain.model.monitoreo.FuenteDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * At start: the technical account that registers the expedientes of the alerts ({@value #USUARIO},
 * no password, refused by the login) exists; in demo mode, one Alertmanager and one Zabbix source
 * with the README's tokens exist; outside it, a source still holding a published demo token is
 * deactivated. After the demo seed, which seeds only an empty database.
 */
@Singleton
@Startup
@DependsOn("DatosDeDemostracion")
public class CuentaDelMonitoreo {

  private static final Logger LOG = Logger.getLogger(CuentaDelMonitoreo.class.getName());

  public static final String USUARIO = "sistema.monitoreo";

  /** The demo sources' tokens (README; demo mode only). */
  public static final Map<String, String> TOKENS_DE_DEMOSTRACION =
      Map.of(
          "alertmanager-demo", "tmon_demo_alertmanager_Tramite2026",
          "zabbix-demo", "tmon_demo_zabbix_Tramite2026");

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaRepository personas;
  @Inject FuentesDeMonitoreo fuentes;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void preparar() {
    if (personas.porUsuario(USUARIO).isEmpty()) {
      personas.guardar(
          Persona.tecnica(USUARIO, "Sistema de", "Monitoreo de TI", Claves.INUTILIZABLE));
      LOG.info("Cuenta técnica " + USUARIO + " creada (sin contraseña: no inicia sesión)");
    }
    if (demo) {
      fuentes.sembrar(
          "alertmanager-demo",
          TipoDeFuente.ALERTMANAGER,
          TOKENS_DE_DEMOSTRACION.get("alertmanager-demo"));
      fuentes.sembrar(
          "zabbix-demo", TipoDeFuente.ZABBIX, TOKENS_DE_DEMOSTRACION.get("zabbix-demo"));
      return;
    }
    var publicados = TOKENS_DE_DEMOSTRACION.values().stream().map(TokenDeFuente::sha256).toList();
    for (var f :
        em.createNamedQuery("FuenteDeMonitoreo.todas", FuenteDeMonitoreo.class).getResultList()) {
      if (f.isActiva() && publicados.contains(f.getTokenSha256())) {
        f.activar(false);
        LOG.warning(
            "Fuente de monitoreo "
                + f.getCodigo()
                + " desactivada: su token es el publicado de la demostración");
      }
    }
  }
}
