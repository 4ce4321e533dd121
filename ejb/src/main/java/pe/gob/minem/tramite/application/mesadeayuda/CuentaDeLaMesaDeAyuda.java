package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.organizacion.Claves;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * At start: the technical account that registers the tickets of the mails read from the Mesa de
 * Ayuda's mailbox ({@value #USUARIO}, no password, refused by the login) exists. After the demo
 * seed, which seeds only an empty database.
 */
@Singleton
@Startup
@DependsOn("DatosDeDemostracion")
public class CuentaDeLaMesaDeAyuda {

  private static final Logger LOG = Logger.getLogger(CuentaDeLaMesaDeAyuda.class.getName());

  public static final String USUARIO = "sistema.mesadeayuda";

  @Inject PersonaRepository personas;

  @PostConstruct
  void preparar() {
    if (personas.porUsuario(USUARIO).isEmpty()) {
      personas.guardar(
          Persona.tecnica(USUARIO, "Buzón de la", "Mesa de Ayuda", Claves.INUTILIZABLE));
      LOG.info("Cuenta técnica " + USUARIO + " creada (sin contraseña: no inicia sesión)");
    }
  }
}
