package pe.gob.minem.tramite.application.organizacion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/** A person's own account: changing their password, and whether they must (ADR 0017). */
@Stateless
public class CuentaService {

  @Inject PersonaActual personaActual;
  @Inject PersonaRepository personas;
  @Inject Autenticacion autenticacion;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean modoDemostracion;

  /** Hashes the new password; unit tests use a cheap one. */
  UnaryOperator<String> derivarClave = Claves::derivar;

  /**
   * Changes the caller's password. The current one is checked as a login is (one derivation, the
   * failure counts towards the lock, audited), so that a borrowed session cannot take the account.
   *
   * @param origen where the request came from, for the audit ("web desde 10.0.0.1")
   */
  public void cambiarClave(String actual, String nueva, String origen) {
    String usuario = personaActual.usuario();
    if (actual == null || actual.isEmpty()) {
      throw new DatosInvalidosException("actual", "Indique su contraseña actual.");
    }
    var verificacion = autenticacion.autenticar(usuario, actual, "cambio de contraseña; " + origen);
    if (!verificacion.valido()) {
      auditoria.registrarAparte(
          usuario, "RECHAZO_CAMBIO_CLAVE", usuario, "contraseña actual incorrecta; " + origen);
      throw new DatosInvalidosException(
          "actual",
          verificacion.motivo() != null && verificacion.motivo().startsWith("La cuenta está")
              ? verificacion.motivo()
              : "La contraseña actual no es correcta.");
    }
    if (actual.equals(nueva)) {
      throw new DatosInvalidosException(
          "nueva", "La nueva contraseña debe ser distinta de la actual.");
    }
    String problema = ReglasDeClave.problemaDe(nueva, usuario, modoDemostracion);
    if (problema != null) {
      auditoria.registrarAparte(
          usuario, "RECHAZO_CAMBIO_CLAVE", usuario, "no cumple las reglas; " + origen);
      throw new DatosInvalidosException("nueva", problema);
    }
    // loaded only now, after the check above committed its own changes to the person (a copy
    // loaded earlier in this transaction would be stale: 409 at commit)
    Persona p =
        personas
            .porUsuario(usuario)
            .orElseThrow(() -> new AccesoDenegadoException("Debe iniciar sesión."));
    if (p.ingresaConElDirectorio()) {
      // the directory's password is the directory's: a local one would shadow it (ADR 0016)
      throw new DatosInvalidosException(
          "actual",
          "Usted ingresa con la contraseña del directorio del ministerio: cámbiela allí (en su"
              + " equipo o con la mesa de ayuda de la OTI), no en el portal.");
    }
    p.cambiarClave(derivarClave.apply(nueva));
    auditoria.registrar(usuario, "CLAVE_CAMBIADA", usuario, origen);
  }

  /** Whether the person must change a password an administrator reset before anything else. */
  public boolean debeCambiarClave(String usuario) {
    return usuario != null
        && usuario.length() <= Persona.LARGO_USUARIO
        && personas.porUsuario(usuario).map(Persona::isDebeCambiarClave).orElse(false);
  }
}
